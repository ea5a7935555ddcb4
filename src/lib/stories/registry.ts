import { formatNumber, formatScore, formatValue } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import { indicatorCellText } from '../site/indicator-text.ts';
import type { PageContext } from '../site/pages/context.ts';
import { figures, type FigureModel } from '../site/pages/figures.ts';
import { dollarsOrMissing, ratioWords } from '../site/pages/spending-text.ts';
import type { IndicatorInfo, SchoolDetail } from '../site/types.ts';
import type { SpendingSource } from '../spending/per-pupil.ts';

/**
 * What a story's figures and values are computed from: the same page context every page reads,
 * and the page data of a school, as its own page is built from it.
 */
export interface StoryContext {
  page: PageContext;
  school: (id: string) => SchoolDetail | undefined;
}

/** The parameters a story wrote, each already checked against its choices. */
type StoryParams = Readonly<Record<string, string>>;

/** One parameter a story may write: `year="2023-24"`. */
export interface StoryParam {
  /** What it names, in an author's words: "a school year", "a school id". */
  label: string;
  /** A parameter left out takes the default its figure or value states in its own words. */
  optional?: boolean;
  /** The values the author may write, given the parameters declared before this one. */
  choices: (ctx: StoryContext, params: StoryParams) => readonly string[];
}

/** A figure a story embeds with `::figure{name="…" …}`; null when the data has nothing to draw. */
export interface StoryFigure {
  params: Readonly<Record<string, StoryParam>>;
  build: (ctx: StoryContext, params: StoryParams) => FigureModel | null;
}

/** A value a story shows inline with `:value{metric="…" …}`: already formatted, a hidden cell in words. */
export interface StoryMetric {
  params: Readonly<Record<string, StoryParam>>;
  compute: (ctx: StoryContext, params: StoryParams) => string;
}

// ---------- parameters shared by the figures and values below ----------

const indicatorOf = (ctx: StoryContext, params: StoryParams): IndicatorInfo | undefined =>
  params['indicator'] === undefined ? undefined : ctx.page.indicator(params['indicator']);

const schoolParam: StoryParam = {
  label: 'a school id (the school_id column of data/schools.csv)',
  choices: (ctx) => ctx.page.site.schools.map((s) => s.id),
};

const indicatorParam = (accept: (indicator: IndicatorInfo) => boolean = () => true): StoryParam => ({
  label: 'an indicator id (the name of its file in content/indicators/)',
  choices: (ctx) => ctx.page.site.indicators.filter(accept).map((i) => i.id),
});

/** The one year a figure of the leading year's data can draw, said as a choice so an old year fails the check. */
const leadingYear = (year: (ctx: StoryContext, params: StoryParams) => string | null): StoryParam => ({
  label: 'a school year, like 2023-24 (this figure shows the newest year with data; leave year out to follow it)',
  optional: true,
  choices: (ctx, params) => {
    const y = year(ctx, params);
    return y === null ? [] : [y];
  },
});

const indicatorYear = leadingYear((ctx, params) => indicatorOf(ctx, params)?.currentYear ?? null);

/** A school's history of an indicator: the years it has a row, and its groups in the newest. */
const historyOf = (ctx: StoryContext, params: StoryParams) =>
  ctx.school(params['school'] ?? '')?.indicators.find((h) => h.id === params['indicator']);

// ---------- spending (a site without data/spending.csv offers no choices, so any use fails the check) ----------

const spendingYears = (ctx: StoryContext) => ctx.page.site.spending?.years ?? [];
const spendingYearParam: StoryParam = {
  label: 'a school year with spending data (leave it out for the year the spending page shows)',
  optional: true,
  choices: (ctx) => spendingYears(ctx).map((y) => y.year),
};
/** The year a spending figure or value is of: the one written, else the spending page's. */
const spendingYearOf = (ctx: StoryContext, params: StoryParams) =>
  spendingYears(ctx).find((y) => y.year === (params['year'] ?? ctx.page.site.spending?.year));
const spendingLevelParam: StoryParam = {
  label: 'a school level with spending figures that year (elementary, middle, high or combined)',
  choices: (ctx, params) => spendingYearOf(ctx, params)?.levels.map((l) => l.level) ?? [],
};
const SOURCE_CHOICES: Readonly<Record<string, SpendingSource>> = { state_local: 'stateLocal', federal: 'federal', total: 'total' };
const sourceParam: StoryParam = {
  label: 'a source of money: state_local, federal or total (leave it out for state_local)',
  optional: true,
  choices: () => Object.keys(SOURCE_CHOICES),
};
const sourceOf = (params: StoryParams): SpendingSource => SOURCE_CHOICES[params['source'] ?? 'state_local'] ?? 'stateLocal';
const dollars = (ctx: StoryContext, value: number | null | undefined) => dollarsOrMissing(ctx.page.locale, value);

// ---------- the registries: a new figure or value is one entry ----------

/**
 * The figures a story may embed, by name. A figure built from site-wide data is an entry that
 * names its parameters and calls the page figure registry (`figures.get`).
 */
export const storyFigures: Readonly<Record<string, StoryFigure>> = {
  'score-distribution': {
    params: { year: leadingYear((ctx) => ctx.page.site.site.currentYear) },
    build: (ctx) => figures.get('score-distribution')(ctx.page),
  },
  'domain-weights': { params: {}, build: (ctx) => figures.get('domain-weights')(ctx.page) },
  'indicator-distribution': {
    params: { indicator: indicatorParam((i) => i.type === 'numeric' && i.currentYear !== null), year: indicatorYear },
    build: (ctx, params) => {
      const indicator = indicatorOf(ctx, params);
      return indicator ? figures.get('indicator-distribution')(ctx.page, indicator) : null;
    },
  },
  'indicator-levels': {
    params: { indicator: indicatorParam((i) => i.type === 'categorical' && i.currentYear !== null), year: indicatorYear },
    build: (ctx, params) => {
      const indicator = indicatorOf(ctx, params);
      return indicator ? figures.get('indicator-levels')(ctx.page, indicator) : null;
    },
  },
  'spending-vs-need': {
    params: { year: leadingYear((ctx) => ctx.page.site.spending?.year ?? null) },
    build: (ctx) => figures.get('spending-vs-need')(ctx.page),
  },
  'spending-progressivity': { params: {}, build: (ctx) => figures.get('spending-progressivity')(ctx.page) },
  'spending-split': {
    params: { year: spendingYearParam, level: spendingLevelParam },
    build: (ctx, params) => figures.get('spending-split')(ctx.page, { year: spendingYearOf(ctx, params)?.year, level: params['level'] }),
  },
  'school-spending': {
    params: {
      school: {
        label: 'a school id of a school with spending data',
        choices: (ctx) => ctx.page.site.spending?.schools.map((s) => s.id) ?? [],
      },
    },
    build: (ctx, params) => {
      const school = ctx.school(params['school'] ?? '');
      return school ? figures.get('school-spending')(ctx.page, school) : null;
    },
  },
};

/** The values a story may show inline, by metric name. */
export const storyMetrics: Readonly<Record<string, StoryMetric>> = {
  /** A school's published value of an indicator, as its own page shows it: hidden and coded cells in words. */
  indicator: {
    params: {
      school: schoolParam,
      indicator: {
        label: 'an indicator id the school has data for',
        choices: (ctx, params) => ctx.school(params['school'] ?? '')?.indicators.map((h) => h.id) ?? [],
      },
      year: {
        label: 'a school year the school has this indicator for (leave it out for the newest)',
        optional: true,
        choices: (ctx, params) => historyOf(ctx, params)?.series.map((s) => s.year) ?? [],
      },
      group: {
        label: 'a student group the school reports in that year (leave it out for all students)',
        optional: true,
        choices: (ctx, params) => {
          const history = historyOf(ctx, params);
          if (!history) return [];
          // Groups are published for the school's newest year of the indicator only.
          if (params['year'] !== undefined && params['year'] !== history.year) return ['all'];
          return ['all', ...history.groups.map((g) => g.group)];
        },
      },
    },
    compute: (ctx, params) => {
      const history = historyOf(ctx, params);
      const indicator = indicatorOf(ctx, params);
      if (!history || !indicator) return t(ctx.page.locale, 'status.missing');
      const year = params['year'] ?? history.year;
      const group = params['group'] ?? 'all';
      const cell =
        group === 'all'
          ? (history.series.find((s) => s.year === year)?.cell ?? null)
          : (history.groups.find((g) => g.group === group)?.cell ?? null);
      return indicatorCellText(cell, indicator, ctx.page.locale, ctx.page.site.site.minGroupSize);
    },
  },
  /** The district median of a numeric indicator in a year: the median of the schools' published values. */
  median: {
    params: {
      indicator: indicatorParam((i) => i.type === 'numeric'),
      year: {
        label: 'a school year with a median for this indicator (leave it out for the newest)',
        optional: true,
        choices: (ctx, params) =>
          ctx.page.site.years.filter((y) => (y.indicatorMedians[params['indicator'] ?? ''] ?? null) !== null).map((y) => y.year),
      },
    },
    compute: (ctx, params) => {
      const indicator = indicatorOf(ctx, params);
      const year = params['year'] ?? indicator?.currentYear ?? '';
      const median = ctx.page.stats(year)?.indicatorMedians[indicator?.id ?? ''] ?? null;
      if (!indicator || indicator.type !== 'numeric' || median === null) return t(ctx.page.locale, 'status.missing');
      return formatValue(median, indicator.unit, ctx.page.locale, indicator.decimals);
    },
  },
  /** A school's index score in a year. */
  score: {
    params: {
      school: schoolParam,
      year: {
        label: 'a school year the school has data for (leave it out for the newest with a score)',
        optional: true,
        choices: (ctx, params) => ctx.school(params['school'] ?? '')?.trend.map((y) => y.year) ?? [],
      },
    },
    compute: (ctx, params) => {
      const trend = ctx.school(params['school'] ?? '')?.trend ?? [];
      const year = params['year'] ?? trend.findLast((y) => y.score !== null)?.year;
      const score = trend.find((y) => y.year === year)?.score ?? null;
      return score === null ? t(ctx.page.locale, 'status.insufficient_data') : formatScore(score, ctx.page.locale);
    },
  },
  /** A level's highest-need quarter against its lowest, in dollars per student: "8% more", "about the same". */
  progressivity: {
    params: { year: spendingYearParam, level: spendingLevelParam, source: sourceParam },
    compute: (ctx, params) => {
      const level = spendingYearOf(ctx, params)?.levels.find((l) => l.level === params['level']);
      return level ? ratioWords(ctx.page.locale, level.sources[sourceOf(params)].ratio) : t(ctx.page.locale, 'status.missing');
    },
  },
  /** The average spending per student of the district's schools, weighted by their students. */
  spending: {
    params: { year: spendingYearParam, source: sourceParam },
    compute: (ctx, params) => dollars(ctx, spendingYearOf(ctx, params)?.district[sourceOf(params)]),
  },
  /** A school's spending per student in a year. */
  'school-spending': {
    params: {
      school: schoolParam,
      year: {
        label: 'a school year the school has spending for (leave it out for the newest)',
        optional: true,
        choices: (ctx, params) => ctx.school(params['school'] ?? '')?.spending.map((row) => row.year) ?? [],
      },
      source: sourceParam,
    },
    compute: (ctx, params) => {
      const rows = ctx.school(params['school'] ?? '')?.spending ?? [];
      const row = params['year'] === undefined ? rows.at(-1) : rows.find((r) => r.year === params['year']);
      return dollars(ctx, row?.school[sourceOf(params)]);
    },
  },
  /** How many schools the district had in a year. */
  schools: {
    params: {
      year: {
        label: 'a school year in the data (leave it out for the year the site leads with)',
        optional: true,
        choices: (ctx) => ctx.page.site.site.years,
      },
    },
    compute: (ctx, params) =>
      formatNumber(ctx.page.stats(params['year'] ?? ctx.page.site.site.currentYear)?.schoolCount ?? 0, ctx.page.locale),
  },
};

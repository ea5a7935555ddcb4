import { formatCurrency, formatList, formatNumber, formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { LevelProgressivity } from '../../spending/progressivity.ts';
import type { SpendingStory } from '../../spending/site-spending.ts';
import type { PageContext, Table } from './context.ts';
import { figures, type FigureModel } from './figures.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import {
  dollarsOrMissing,
  levelPlural,
  levelTitle,
  needName,
  needStep,
  ratioSentence,
  ratioWords,
  slopeSentence,
} from './spending-text.ts';

export interface SpendingPage {
  layout: LayoutModel;
  heading: string;
  lede: string;
  lead: { heading: string; intro: string; findings: string[]; district: string };
  table: Table<string[]> | null;
  scatter: { heading: string; figure: FigureModel | null };
  trend: { heading: string; figure: FigureModel | null };
  split: { heading: string; levels: { intro: string; figure: FigureModel }[] };
  moreWithLess: {
    heading: string;
    intro: string;
    summary: string;
    schools: { href: string; name: string; results: string }[];
  };
  rule: { heading: string; paragraphs: string[] };
}

/** The spending page: null for a site without a spending file, which then has no such page. */
export function spendingPage(ctx: PageContext): SpendingPage | null {
  const { site, locale } = ctx;
  const story = site.spending;
  if (!story) return null;
  const year = story.years.find((y) => y.year === story.year);
  const levels = year?.levels ?? [];
  const need = needName(ctx);
  const shownYear = formatSchoolYear(story.year, locale);
  const money = (value: number | null | undefined) => dollarsOrMissing(locale, value);
  return {
    layout: layoutModel(ctx, {
      title: t(locale, 'spending.title'),
      description: t(locale, 'spending.description', { district: site.site.name }),
      current: 'spending',
    }),
    heading: t(locale, 'spending.heading'),
    lede: t(locale, 'spending.lede', { need, year: shownYear }),
    lead: {
      heading: t(locale, 'spending.lead.heading'),
      intro: t(locale, 'spending.lead.intro'),
      findings:
        levels.length === 0
          ? [
              t(locale, 'spending.noLevels', {
                floor: formatNumber(story.rule.minEnrollment, locale),
                min: formatNumber(story.rule.minSchools, locale),
              }),
            ]
          : levels.flatMap((l) => [
              ratioSentence(ctx, l.level, 'stateLocal', l.sources.stateLocal.ratio),
              ...(l.sources.stateLocal.slope ? [slopeSentence(ctx, l.level, 'stateLocal', l.sources.stateLocal.slope)] : []),
            ]),
      district: t(locale, 'spending.district', {
        year: shownYear,
        total: money(year?.district.total ?? null),
        stateLocal: money(year?.district.stateLocal ?? null),
        federal: money(year?.district.federal ?? null),
      }),
    },
    table: levelTable(ctx, story.year, levels),
    scatter: { heading: t(locale, 'spending.scatter.heading'), figure: figures.get('spending-vs-need')(ctx) },
    trend: { heading: t(locale, 'spending.trend.heading'), figure: figures.get('spending-progressivity')(ctx) },
    split: {
      heading: t(locale, 'spending.split.heading'),
      levels: levels.flatMap((l) => {
        const figure = figures.get('spending-split')(ctx, { level: l.level });
        return figure ? [{ intro: t(locale, 'spending.split.intro', { level: levelPlural(locale, l.level) }), figure }] : [];
      }),
    },
    moreWithLess: moreWithLessSection(ctx, story),
    rule: ruleSection(ctx, story),
  };
}

/** Each level's ratios by source and its state and local slope; null when no level has figures. */
function levelTable(ctx: PageContext, year: string, levels: readonly LevelProgressivity[]): SpendingPage['table'] {
  const { locale } = ctx;
  if (levels.length === 0) return null;
  const step = needStep(ctx);
  const sources = ['stateLocal', 'federal', 'total'] as const;
  return {
    heading: t(locale, 'spending.table.heading'),
    caption: t(locale, 'spending.table.caption', { year: formatSchoolYear(year, locale) }),
    columns: [
      t(locale, 'spending.table.level'),
      t(locale, 'spending.table.schools'),
      ...sources.map((source) => t(locale, 'spending.table.ratio', { source: t(locale, `spending.column.${source}`) })),
      t(locale, 'spending.table.slope', { step: step.text }),
    ],
    rows: levels.map((l) => {
      const slope = l.sources.stateLocal.slope;
      return [
        levelTitle(locale, l.level),
        formatNumber(l.schools, locale),
        ...sources.map((source) => ratioWords(locale, l.sources[source].ratio)),
        slope
          ? t(locale, 'spending.table.slopeCell', {
              amount: formatCurrency(slope.perUnit * step.size, locale),
              low: formatCurrency(slope.low * step.size, locale),
              high: formatCurrency(slope.high * step.size, locale),
            })
          : t(locale, 'status.missing'),
      ];
    }),
  };
}

/** The rule in plain words, with the figures the build ran with, and what it cannot see. */
function ruleSection(ctx: PageContext, story: SpendingStory): SpendingPage['rule'] {
  const { locale } = ctx;
  const need = needName(ctx);
  return {
    heading: t(locale, 'spending.rule.heading'),
    paragraphs: [
      t(locale, 'spending.rule.quarters', { need }),
      t(locale, 'spending.rule.slope'),
      t(locale, 'spending.rule.floor', {
        floor: formatNumber(story.rule.minEnrollment, locale),
        count: formatNumber(story.schools.filter((s) => s.belowFloor).length, locale),
        min: formatNumber(story.rule.minSchools, locale),
      }),
      t(locale, 'spending.rule.more', {
        required: formatNumber(story.rule.moreWithLess.required, locale),
        years: formatNumber(story.rule.moreWithLess.years, locale),
      }),
      t(locale, 'spending.rule.limits'),
    ],
  };
}

function moreWithLessSection(ctx: PageContext, story: SpendingStory): SpendingPage['moreWithLess'] {
  const { site, locale } = ctx;
  const found = story.moreWithLess;
  const params = {
    groups: formatList(story.rule.groups.map(ctx.groupLabel), locale),
    required: formatNumber(story.rule.moreWithLess.required, locale),
    years: formatList(
      found.years.map((y) => formatSchoolYear(y, locale)),
      locale,
    ),
  };
  const chance = formatNumber(found.expectedByChance, locale, { decimals: 1 });
  // By name, as the site's lists are: the site's schools, in order, that the rule found.
  const outcomesOf = new Map(found.schools.map((f) => [f.id, f.outcomes]));
  const listed = site.schools.filter((s) => outcomesOf.has(s.id));
  return {
    heading: t(locale, 'spending.more.heading'),
    intro: found.schools.length > 0 ? t(locale, 'spending.more.intro', params) : t(locale, 'spending.more.none', params),
    summary:
      found.tested === 0
        ? t(locale, 'spending.more.untested', { required: params.required, years: formatNumber(story.years.length, locale) })
        : `${t(locale, 'spending.more.found', {
            count: formatNumber(
              found.schools.reduce((n, s) => n + s.outcomes.length, 0),
              locale,
            ),
            tested: formatNumber(found.tested, locale),
          })} ${t(locale, 'spending.more.chance', { chance })}`,
    schools: listed.map((school) => {
      const outcomes = outcomesOf.get(school.id) ?? [];
      return {
        href: ctx.href.school(school.slug),
        name: school.name,
        results: formatList(
          outcomes.map((o) =>
            t(locale, 'spending.more.result', {
              indicator: ctx.indicator(o.indicatorId)?.shortTitle ?? o.indicatorId,
              group: ctx.groupLabel(o.group),
              years: formatList(
                o.years.map((y) => formatSchoolYear(y, locale)),
                locale,
              ),
            }),
          ),
          locale,
        ),
      };
    }),
  };
}

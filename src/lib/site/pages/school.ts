import { formatCurrency, formatNumber, formatOrdinal, formatSchoolYear, formatScore, formatSignedChange } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { formatCell } from '../format-cell.ts';
import { addressLine, schoolLocation, type SchoolLocation } from '../location.ts';
import { domainScoreNote, scoreMeaning } from '../score-text.ts';
import type { FormerName, SchoolDetail, SchoolYearDetail } from '../types.ts';
import type { Fact, PageContext, Table } from './context.ts';
import { figures, type FigureModel } from './figures.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { schoolIndicatorSections, type SchoolIndicatorSections } from './school-indicators.ts';

/** Domain scores are averages of normalized values near 0: two decimals tell schools apart. */
const DOMAIN_SCORE_DECIMALS = 2;

export interface SchoolPage {
  layout: LayoutModel;
  name: string;
  lede: {
    level: string;
    grades: string;
    address: string | null;
    /** "Formerly Lincoln Elementary (until 2019–20)": old names are what readers may search for. */
    former: string[];
    closed: string | null;
    opened: string | null;
  };
  /** The newest year's score; null for a school with no data. */
  score: {
    heading: string;
    /** Null when the school has too little data for a score this year. */
    card: { value: string; of: string | null; level: string | null; rank: string | null; change: string | null } | null;
    insufficient: string;
    meaning: string;
  } | null;
  trend: { heading: string; figure: FigureModel } | null;
  indicators: SchoolIndicatorSections | null;
  year: {
    domains: Table<{ title: string; score: string; median: string }> & { note: string };
    spending: { heading: string; items: Fact[] } | null;
    enrollment: Table<[string, string]>;
  } | null;
  location: SchoolLocation & { heading: string };
}

export function schoolPage(ctx: PageContext, school: SchoolDetail): SchoolPage {
  const { site, locale } = ctx;
  const index = site.index.title;
  const { current } = school;
  return {
    layout: layoutModel(ctx, { title: school.name, description: t(locale, 'school.description', { school: school.name, index }) }),
    name: school.name,
    lede: {
      level: t(locale, `level.${school.level}`),
      grades: t(locale, 'school.grades', { grades: school.grades }),
      address: addressLine(school, locale),
      former: school.former.map((former) => formerLine(former, locale)),
      closed: school.closed && t(locale, 'school.closed', { year: formatSchoolYear(school.closed, locale) }),
      opened: school.opened && t(locale, 'school.opened', { year: formatSchoolYear(school.opened, locale) }),
    },
    score: current && scoreSection(ctx, current),
    trend:
      school.trend.length === 0
        ? null
        : { heading: t(locale, 'school.trend.heading'), figure: figures.get('school-score-trend')(ctx, school) },
    year: current && yearSections(ctx, current),
    indicators: schoolIndicatorSections(ctx, school),
    location: { heading: t(locale, 'school.location.heading'), ...schoolLocation(school, site.districtGrid, locale) },
  };
}

function formerLine({ id, name, until }: FormerName, locale: string): string {
  const former =
    id !== null && name !== null
      ? t(locale, 'school.former.both', { name, id })
      : name !== null
        ? t(locale, 'school.former.name', { name })
        : t(locale, 'school.former.id', { id: id ?? '' });
  return until === null ? former : t(locale, 'school.former.until', { former, year: formatSchoolYear(until, locale) });
}

function scoreSection(ctx: PageContext, current: SchoolYearDetail): SchoolPage['score'] {
  const { site, locale } = ctx;
  const { method } = site.index;
  const { score } = current;
  const stats = ctx.stats(current.year);
  return {
    heading: t(locale, 'school.score.heading', { index: site.index.title, year: formatSchoolYear(current.year, locale) }),
    card:
      score.score === null
        ? null
        : {
            value: formatScore(score.score, locale),
            // Only a rescaled score has a maximum to be read against.
            of:
              method.scale.method === 'none'
                ? null
                : t(locale, 'school.score.of', { max: formatNumber(method.scale.max, locale, { decimals: 0 }) }),
            level: ctx.levelLabel(score.level) ?? null,
            rank:
              score.rank !== null && stats
                ? t(locale, 'school.rank', { rank: formatOrdinal(score.rank, locale), count: String(stats.scoredCount) })
                : null,
            change:
              score.change === null
                ? null
                : t(locale, 'school.change', { change: formatSignedChange(score.change, locale, { decimals: 1 }) }),
          },
    insufficient: t(locale, 'school.score.insufficient'),
    meaning: scoreMeaning(method, locale),
  };
}

function yearSections(ctx: PageContext, current: SchoolYearDetail): SchoolPage['year'] {
  const { site, locale } = ctx;
  const year = formatSchoolYear(current.year, locale);
  const stats = ctx.stats(current.year);
  const minGroupSize = site.site.minGroupSize;
  const decimal = (x: number | null | undefined) => (x == null ? '' : formatNumber(x, locale, { decimals: DOMAIN_SCORE_DECIMALS }));
  const { spending } = current;
  const dollars = (x: number | null) => (x === null ? t(locale, 'status.missing') : formatCurrency(x, locale));
  return {
    domains: {
      heading: t(locale, 'school.domains.heading'),
      caption: t(locale, 'school.domains.caption', { year }),
      columns: [t(locale, 'table.domain'), t(locale, 'table.domainScore'), t(locale, 'chart.districtMedian')],
      rows: current.domains.map((d) => ({
        title: ctx.domain(d.id)?.title ?? '',
        score: d.score === null ? t(locale, 'status.insufficient_data') : decimal(d.score),
        median: decimal(stats?.domainMedians[d.id]),
      })),
      note: domainScoreNote(site.index.method, locale),
    },
    spending: spending && {
      heading: t(locale, 'school.spending.heading'),
      items: [
        { term: t(locale, 'school.spending.stateLocal'), detail: dollars(spending.stateLocal) },
        { term: t(locale, 'school.spending.federal'), detail: dollars(spending.federal) },
        { term: t(locale, 'school.spending.total'), detail: dollars(spending.total) },
      ],
    },
    enrollment: {
      heading: t(locale, 'school.enrollment.heading'),
      caption: t(locale, 'school.enrollment.caption', { year }),
      columns: [t(locale, 'table.group'), t(locale, 'table.students')],
      rows: current.enrollment.map((e) => [ctx.groupLabel(e.group), formatCell(e.cell, 'count', 0, locale, minGroupSize)]),
    },
  };
}

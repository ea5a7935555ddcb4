import {
  describeBarChart,
  describeHistogramChart,
  describeTrendChart,
  renderBarChart,
  renderHistogramChart,
  renderTrendChart,
  tabulateHistogramChart,
} from '../../charts/index.ts';
import { formatNumber, formatPercent, formatSchoolYear, formatScore, formatValue, SCORE_DECIMALS } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { IndicatorInfo, SchoolDetail } from '../types.ts';
import type { PageContext } from './context.ts';
import { schoolScoreParts } from './school-why.ts';
import { schoolSpending, spendingProgressivity, spendingSplit, spendingVsNeed } from './spending-figures.ts';

/**
 * A chart as a page shows it: the SVG, the sentence stating its finding, and its data as a
 * table (the first cell of each row is the row's header). `Figure.astro` renders one.
 */
export interface FigureModel {
  svg: string;
  caption: string;
  tableCaption: string;
  columns: string[];
  rows: string[][];
}

/** The leading year's scores; null when no school has one, rather than an empty chart. */
function scoreDistribution(ctx: PageContext): FigureModel | null {
  const { site, locale } = ctx;
  const stats = ctx.stats(site.site.currentYear);
  const values = site.currentScores;
  if (values.length === 0) return null;
  const axis = t(locale, 'chart.score.axis', { index: site.index.title });
  const data = {
    values,
    xLabel: axis,
    unit: 'score' as const,
    decimals: SCORE_DECIMALS,
    ...(stats?.medianScore != null ? { referenceLine: { value: stats.medianScore, label: t(locale, 'chart.median') } } : {}),
  };
  return {
    svg: renderHistogramChart(data, { locale, idPrefix: 'home-scores' }),
    caption: describeHistogramChart(data, locale),
    tableCaption: t(locale, 'chart.histogram.table'),
    columns: [axis, t(locale, 'table.schools')],
    rows: tabulateHistogramChart(data, locale),
  };
}

function schoolScoreTrend(ctx: PageContext, school: Pick<SchoolDetail, 'name' | 'trend'>): FigureModel {
  const { site, locale } = ctx;
  const median = (year: string) => ctx.stats(year)?.medianScore ?? null;
  const data = {
    series: [
      { label: school.name, emphasis: true, points: school.trend.map((y) => ({ year: y.year, value: y.score })) },
      {
        label: t(locale, 'chart.districtMedian'),
        emphasis: false,
        points: school.trend.map((y) => ({ year: y.year, value: median(y.year) })),
      },
    ],
    yLabel: t(locale, 'chart.score.axis', { index: site.index.title }),
    unit: 'score' as const,
    decimals: SCORE_DECIMALS,
    yDomain: [site.index.method.scale.min, site.index.method.scale.max] as [number, number],
  };
  return {
    svg: renderTrendChart(data, { locale, idPrefix: 'school-trend' }),
    caption: describeTrendChart(data, locale),
    tableCaption: t(locale, 'school.trend.table'),
    columns: [t(locale, 'table.year'), school.name, t(locale, 'chart.districtMedian')],
    rows: school.trend.map((y) => {
      const m = median(y.year);
      return [
        formatSchoolYear(y.year, locale),
        y.score === null ? t(locale, 'status.insufficient_data') : formatScore(y.score, locale),
        m === null ? '' : formatScore(m, locale),
      ];
    }),
  };
}

/** The indicator's newest year with values; null when no year has one: there is nothing to draw. */
function indicatorDistribution(ctx: PageContext, indicator: IndicatorInfo): FigureModel | null {
  const { site, locale } = ctx;
  const year = indicator.currentYear;
  if (year === null || indicator.current.length === 0 || indicator.type !== 'numeric') return null;
  const median = ctx.stats(year)?.indicatorMedians[indicator.id] ?? null;
  const schoolName = new Map(site.schools.map((s) => [s.id, s.name]));
  const data = {
    values: indicator.current.map((c) => c.value),
    xLabel: indicator.shortTitle,
    unit: indicator.unit,
    decimals: indicator.decimals,
    ...(median !== null ? { referenceLine: { value: median, label: t(locale, 'chart.median') } } : {}),
  };
  return {
    svg: renderHistogramChart(data, { locale, idPrefix: `indicator-${indicator.slug}` }),
    caption: describeHistogramChart(data, locale),
    tableCaption: t(locale, 'indicator.table', { indicator: indicator.title, year: formatSchoolYear(year, locale) }),
    columns: [t(locale, 'table.school'), indicator.shortTitle],
    rows: indicator.current.map((c) => [
      schoolName.get(c.schoolId) ?? '',
      formatValue(c.value, indicator.unit, locale, indicator.decimals),
    ]),
  };
}

/**
 * A categorical indicator's levels, worst first, each with its share of the schools that have
 * a published level: levels are counted, never averaged. Null when no school has one.
 */
function indicatorLevels(ctx: PageContext, indicator: IndicatorInfo): FigureModel | null {
  const { locale } = ctx;
  if (indicator.currentYear === null || indicator.current.length === 0 || indicator.type !== 'categorical') return null;
  const total = indicator.current.length;
  const counts = indicator.levels.map((_, position) => indicator.current.filter((c) => c.value === position).length);
  const pct = (count: number) => formatPercent((count / total) * 100, locale, { decimals: 0 });
  const year = formatSchoolYear(indicator.currentYear, locale);
  const data = {
    bars: indicator.levels.map((level, i) => ({ label: level, value: ((counts[i] ?? 0) / total) * 100 })),
    xLabel: t(locale, 'indicator.levels.axis'),
    unit: 'percent' as const,
    decimals: 0,
    domain: [0, 100] as [number, number],
  };
  const parts = indicator.levels.map((level, i) =>
    t(locale, 'indicator.levels.part', { share: pct(counts[i] ?? 0), level, schools: formatNumber(counts[i] ?? 0, locale) }),
  );
  return {
    svg: renderBarChart(data, { locale, idPrefix: `indicator-${indicator.slug}` }),
    caption: t(locale, 'indicator.levels.summary', { count: formatNumber(total, locale), parts: parts.join('; ') }),
    tableCaption: t(locale, 'indicator.levels.table', { indicator: indicator.title, year }),
    columns: [t(locale, 'indicator.levels.column'), t(locale, 'table.schools'), t(locale, 'indicator.levels.axis')],
    rows: indicator.levels.map((level, i) => [level, formatNumber(counts[i] ?? 0, locale), pct(counts[i] ?? 0)]),
  };
}

function domainWeights(ctx: PageContext): FigureModel {
  const { site, locale } = ctx;
  const data = {
    bars: site.domains.map((d) => ({ label: d.title, value: d.share * 100 })),
    xLabel: t(locale, 'method.weights.axis'),
    unit: 'percent' as const,
    decimals: 0,
    domain: [0, 100] as [number, number],
  };
  return {
    svg: renderBarChart(data, { locale, idPrefix: 'method-weights' }),
    caption: describeBarChart(data, locale),
    tableCaption: t(locale, 'method.weights.table'),
    columns: [t(locale, 'table.domain'), t(locale, 'method.weights.share')],
    rows: site.domains.map((d) => [d.title, formatPercent(d.share * 100, locale, { decimals: 1 })]),
  };
}

const builders = {
  'score-distribution': scoreDistribution,
  'school-score-trend': schoolScoreTrend,
  'school-score-parts': schoolScoreParts,
  'indicator-distribution': indicatorDistribution,
  'indicator-levels': indicatorLevels,
  'domain-weights': domainWeights,
  'spending-vs-need': spendingVsNeed,
  'spending-progressivity': spendingProgressivity,
  'spending-split': spendingSplit,
  'school-spending': schoolSpending,
};

export type FigureName = keyof typeof builders;

/**
 * Every named figure the site can draw. Pages, and later markdown stories (`::figure{name=…}`),
 * ask for a figure by name, so the same chart is built the same way wherever it appears.
 */
export const figures = {
  names: (): FigureName[] => Object.keys(builders) as FigureName[],
  has: (name: string): name is FigureName => Object.hasOwn(builders, name),
  get: <N extends FigureName>(name: N): (typeof builders)[N] => builders[name],
};

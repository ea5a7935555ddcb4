import * as Plot from '@observablehq/plot';
import { median } from 'd3';
import type { Unit } from '../data/schemas.ts';
import { formatSchoolYear } from '../format/date.ts';
import { formatValue } from '../format/value.ts';
import { t } from '../i18n/t.ts';
import { plotFrame } from './dom.ts';
import { finalizeSvg } from './finalize.ts';
import { spreadLabels } from './labels.ts';
import { coveringDomain, leftMargin, niceDomain, valueAxis, type Domain } from './scale.ts';
import { LINE_HEIGHT, wrapLines } from './text.ts';
import { COMPARISON, COMPARISON_STYLES, EMPHASIS, FONT_SIZE, HALO } from './theme.ts';
import type { ChartOptions } from './types.ts';

interface TrendPoint {
  /** A school year like 2023-24. */
  year: string;
  /** null where the year has no value: the line breaks there rather than bridging the gap. */
  value: number | null;
}

interface TrendSeries {
  label: string;
  points: readonly TrendPoint[];
  /** The school itself (one series): solid, thick and dotted; the others are dashed comparisons. */
  emphasis: boolean;
}

export interface TrendData {
  series: readonly TrendSeries[];
  yLabel: string;
  unit: Unit;
  decimals: number;
  /** A fixed y-axis, like [0, 100] for scores; widened to any value outside it. */
  yDomain?: Domain;
  /** The chart's finding, where the default one (a score's rise or fall) does not fit what is drawn. */
  description?: string;
}

const HEIGHT = 300;
const MARGIN = { top: 24, right: 168, bottom: 36 };
/** Space between a line's last point and its label. */
const LABEL_GAP = 10;
/** At most this many year labels on the axis; more would crowd into each other. */
const MAX_YEAR_TICKS = 8;
/** A comparison that moves less than this share of the y-axis "stayed near" its median. */
const STEADY_SHARE = 0.05;

interface Present {
  year: string;
  value: number;
}

function present(series: TrendSeries): Present[] {
  return series.points.flatMap(({ year, value }) => (value === null ? [] : [{ year, value }]));
}

function trendDomain(data: TrendData): Domain {
  const values = data.series.flatMap((series) => present(series).map((point) => point.value));
  return data.yDomain ? coveringDomain(data.yDomain, values, 5) : niceDomain(values, 5);
}

/** The series the chart is about: the emphasized one, else the first. */
function mainSeries(series: readonly TrendSeries[]): TrendSeries {
  const main = series.find((s) => s.emphasis) ?? series[0];
  if (!main) throw new Error('Trend chart: needs at least one series');
  return main;
}

/** The school solid, thick and with round dots; each comparison dashed, with its own dash and dot shape. */
function seriesMarks(series: TrendSeries, comparisonIndex: number): Plot.Markish[] {
  const comparison = COMPARISON_STYLES[comparisonIndex % COMPARISON_STYLES.length] ?? COMPARISON_STYLES[0];
  const colour = series.emphasis ? EMPHASIS : COMPARISON;
  const line = series.emphasis ? { stroke: colour, strokeWidth: 3 } : { stroke: colour, strokeWidth: 2, strokeDasharray: comparison.dash };
  // Dots also show a year that gaps leave without a line segment.
  const dots = series.emphasis ? { r: 4.5, symbol: 'circle' } : { r: 3.5, symbol: comparison.symbol };
  return [
    Plot.line(series.points, { x: 'year', y: 'value', ...line }),
    Plot.dot(present(series), { x: 'year', y: 'value', fill: colour, stroke: HALO, strokeWidth: 1.5, ...dots }),
  ];
}

/**
 * Direct labels at each line's last value, nudged apart so they never overlap: the label,
 * not a colour legend, says which line is which.
 */
function endLabels(series: readonly TrendSeries[], [low, high]: Domain): Plot.Markish[] {
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const toPixels = (value: number): number => MARGIN.top + ((high - value) / (high - low)) * plotHeight;
  const ends = series.flatMap((s) => {
    const last = present(s).at(-1);
    return last ? [{ series: s, last }] : [];
  });
  const texts = ends.map(({ series: s }) => wrapLines(s.label, MARGIN.right - LABEL_GAP).join('\n'));
  const placed = spreadLabels(
    ends.map(({ last }, index) => ({
      position: toPixels(last.value),
      size: (texts[index] ?? '').split('\n').length * LINE_HEIGHT,
    })),
    MARGIN.top,
    HEIGHT - MARGIN.bottom,
  );
  return ends.map(({ series: s, last }, index) =>
    Plot.text([last], {
      x: 'year',
      y: 'value',
      text: () => texts[index] ?? s.label,
      dx: LABEL_GAP,
      dy: (placed[index] ?? toPixels(last.value)) - toPixels(last.value),
      textAnchor: 'start',
      lineHeight: LINE_HEIGHT / FONT_SIZE,
      fill: s.emphasis ? EMPHASIS : COMPARISON,
      fontWeight: s.emphasis ? 'bold' : 'normal',
    }),
  );
}

/** A school's values over school years against comparisons such as the district median. */
export function renderTrendChart(data: TrendData, { locale, idPrefix }: ChartOptions): string {
  const { series, yLabel, unit } = data;
  const main = mainSeries(series);
  const years = [...new Set(series.flatMap((s) => s.points.map((point) => point.year)))].sort();
  const every = Math.ceil(years.length / MAX_YEAR_TICKS);
  const yDomain = trendDomain(data);
  const yAxis = valueAxis(yDomain, 5, unit, locale);
  const marginLeft = leftMargin(yAxis.ticks.map(yAxis.tickFormat));
  // Comparisons first, so the school's line is drawn on top of them.
  const comparisons = series.filter((s) => s !== main);
  const ordered = [...comparisons, main];

  const svg = Plot.plot({
    ...plotFrame(HEIGHT),
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft,
    x: {
      type: 'point',
      domain: years,
      // Count from the latest year, so the year readers care most about is always labelled.
      ticks: years.filter((_, index) => (years.length - 1 - index) % every === 0),
      tickFormat: (year: string) => formatSchoolYear(year, locale),
      label: null,
      padding: 0.3,
    },
    y: {
      domain: yDomain,
      ...yAxis,
      label: yLabel,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: marginLeft - 4,
      grid: true,
    },
    marks: [
      ...comparisons.flatMap((s, index) => seriesMarks(s, index)),
      // Past the comparisons' styles, so an unemphasized main series still looks like no other.
      ...seriesMarks(main, comparisons.length),
      ...endLabels(ordered, yDomain),
    ],
  });
  return finalizeSvg(svg, { idPrefix, title: data.description ?? describeTrendChart(data, locale) });
}

function describeMain(series: TrendSeries, format: (value: number) => string, locale: string): string {
  const points = present(series);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return t(locale, 'chart.trend.empty', { series: series.label });
  if (first === last) {
    return t(locale, 'chart.trend.single', {
      series: series.label,
      value: format(first.value),
      year: formatSchoolYear(first.year, locale),
    });
  }
  const params = {
    series: series.label,
    first: format(first.value),
    firstYear: formatSchoolYear(first.year, locale),
    lastYear: formatSchoolYear(last.year, locale),
  };
  const lastText = format(last.value);
  // Compare what the reader sees: a change hidden by rounding reads as no change.
  if (lastText === params.first) return t(locale, 'chart.trend.same', params);
  return t(locale, last.value > first.value ? 'chart.trend.rose' : 'chart.trend.fell', { ...params, last: lastText });
}

function describeComparison(series: TrendSeries, data: TrendData, locale: string): string | undefined {
  const values = present(series).map((point) => point.value);
  const first = values[0];
  const last = values.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const [low, high] = trendDomain(data);
  if (Math.max(...values) - Math.min(...values) <= STEADY_SHARE * (high - low)) {
    return t(locale, 'chart.trend.comparison.steady', {
      series: series.label,
      value: formatValue(median(values) ?? first, data.unit, locale, 0),
    });
  }
  const format = (value: number): string => formatValue(value, data.unit, locale, data.decimals);
  const params = { series: series.label, first: format(first), last: format(last) };
  if (params.first === params.last) return t(locale, 'chart.trend.comparison.same', { series: series.label, value: params.first });
  return t(locale, last > first ? 'chart.trend.comparison.rose' : 'chart.trend.comparison.fell', params);
}

/**
 * "Lakeview Elementary's score rose from 41.0 in 2020–21 to 55.3 in 2024–25. District median
 * stayed near 50." The second sentence is about the first comparison that has values.
 */
export function describeTrendChart(data: TrendData, locale: string): string {
  const main = mainSeries(data.series);
  const format = (value: number): string => formatValue(value, data.unit, locale, data.decimals);
  const comparison = data.series
    .filter((s) => s !== main)
    .map((s) => describeComparison(s, data, locale))
    .find((sentence) => sentence !== undefined);
  return [describeMain(main, format, locale), comparison].filter((s) => s !== undefined).join(' ');
}

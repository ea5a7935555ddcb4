import * as Plot from '@observablehq/plot';
import { bisectLeft, quantileSorted, ticks } from 'd3';
import type { Unit } from '../data/schemas.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import { formatValue } from '../format/value.ts';
import { t } from '../i18n/t.ts';
import { binValues } from './bins.ts';
import { plotFrame } from './dom.ts';
import { finalizeSvg } from './finalize.ts';
import { labelledRule, RULE_ROW } from './rules.ts';
import { leftMargin, niceDomain, valueAxis } from './scale.ts';
import { COMPARISON, EMPHASIS, MUTED } from './theme.ts';
import type { ChartOptions, LabelledValue } from './types.ts';

export interface HistogramData {
  /** One value per school. */
  values: readonly number[];
  xLabel: string;
  unit: Unit;
  decimals: number;
  /** This school's value: a solid rule. */
  marker?: LabelledValue;
  /** The district median or another reference: a dashed rule. */
  referenceLine?: LabelledValue;
}

const BIN_COUNT = 20;
/** Ticks wanted on the x-axis; the domain is rounded to them so the bins start and end on a tick. */
const X_TICKS = 8;
const HEIGHT = 280;

/** The chart's x-domain and bins: one computation for the SVG and for its data table. */
function histogramBins({ values, marker, referenceLine }: HistogramData) {
  const rules = [referenceLine, marker].filter((rule) => rule !== undefined);
  const domain = niceDomain([...values, ...rules.map((rule) => rule.value)], X_TICKS);
  return { rules, domain, bins: binValues(values, domain, BIN_COUNT) };
}

/** The histogram's data as table rows: each bin's range and how many schools are in it. */
export function tabulateHistogramChart(data: HistogramData, locale: string): [range: string, count: string][] {
  const { bins } = histogramBins(data);
  const format = (value: number): string => formatValue(value, data.unit, locale, data.decimals);
  return bins.map((b, i) => [
    t(locale, i === bins.length - 1 ? 'chart.histogram.range_last' : 'chart.histogram.range', { low: format(b.x0), high: format(b.x1) }),
    formatNumber(b.count, locale),
  ]);
}

/** How many schools fall in each range of the measure, with optional labelled rules. */
export function renderHistogramChart(data: HistogramData, { locale, idPrefix }: ChartOptions): string {
  const { xLabel, unit, decimals, marker, referenceLine } = data;
  const { rules, domain, bins } = histogramBins(data);
  const xAxis = valueAxis(domain, X_TICKS, unit, locale);
  const maxCount = Math.max(1, ...bins.map((bin) => bin.count));
  // Counts of schools are whole: no tick at 0.5 schools.
  const yTicks = ticks(0, maxCount, 5).filter(Number.isInteger);
  const yTickFormat = (count: number): string => formatNumber(count, locale);
  const marginLeft = leftMargin(yTicks.map(yTickFormat));
  const context = { domain, unit, decimals, locale };

  const svg = Plot.plot({
    ...plotFrame(HEIGHT),
    marginTop: 12 + rules.length * RULE_ROW,
    marginRight: 24,
    marginBottom: 48,
    marginLeft,
    x: { domain, ...xAxis, label: xLabel, labelAnchor: 'center', labelArrow: 'none', labelOffset: 40 },
    y: {
      domain: [0, Math.max(maxCount, yTicks.at(-1) ?? 0)],
      ticks: yTicks,
      tickFormat: yTickFormat,
      label: t(locale, 'chart.histogram.y_label'),
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: marginLeft - 4,
      grid: true,
    },
    marks: [
      Plot.rectY(bins, { x1: 'x0', x2: 'x1', y: 'count', fill: MUTED, insetLeft: 0.5, insetRight: 0.5 }),
      Plot.ruleY([0]),
      ...(referenceLine ? labelledRule(referenceLine, { colour: COMPARISON, dashed: true, row: 0 }, context) : []),
      ...(marker ? labelledRule(marker, { colour: EMPHASIS, dashed: false, row: rules.length - 1 }, context) : []),
    ],
  });
  return finalizeSvg(svg, { idPrefix, title: describeHistogramChart(data, locale) });
}

/** "Half of the 58 schools are between 31.2 and 64.0; the median is 47.5." and where the marker sits. */
export function describeHistogramChart(data: HistogramData, locale: string): string {
  const { unit, decimals, marker } = data;
  const sorted = [...data.values].sort((a, b) => a - b);
  const format = (value: number): string => formatValue(value, unit, locale, decimals);
  const first = sorted[0];
  if (first === undefined) return t(locale, 'chart.histogram.empty');
  const sentences = [
    sorted.length === 1
      ? t(locale, 'chart.histogram.single', { value: format(first) })
      : t(locale, 'chart.histogram.summary', {
          count: formatNumber(sorted.length, locale),
          low: format(quantileSorted(sorted, 0.25) ?? first),
          high: format(quantileSorted(sorted, 0.75) ?? first),
          median: format(quantileSorted(sorted, 0.5) ?? first),
        }),
  ];
  if (marker) {
    const share = (bisectLeft(sorted, marker.value) / sorted.length) * 100;
    sentences.push(
      t(locale, 'chart.histogram.marker', {
        label: marker.label,
        value: format(marker.value),
        share: formatPercent(share, locale),
      }),
    );
  }
  return sentences.join(' ');
}

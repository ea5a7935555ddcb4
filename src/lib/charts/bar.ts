import * as Plot from '@observablehq/plot';
import type { Unit } from '../data/schemas.ts';
import { formatNumber } from '../format/number.ts';
import { formatValue } from '../format/value.ts';
import { t } from '../i18n/t.ts';
import { plotFrame } from './dom.ts';
import { finalizeSvg } from './finalize.ts';
import { labelledRule, RULE_ROW } from './rules.ts';
import { coveringDomain, niceDomain, valueAxis, type Domain } from './scale.ts';
import { LINE_HEIGHT, textWidth, wrapLines } from './text.ts';
import { COMPARISON, EMPHASIS, HALO, MUTED } from './theme.ts';
import type { ChartOptions, LabelledValue } from './types.ts';

interface Bar {
  label: string;
  value: number;
  /** Drawn darker, with its label and value in bold. */
  emphasis?: boolean;
}

export interface BarData {
  /** Drawn top to bottom in this order. */
  bars: readonly Bar[];
  xLabel: string;
  unit: Unit;
  decimals: number;
  /** A fixed x-axis, like [0, 100] for scores; widened to any value outside it. */
  domain?: Domain;
  /** A dashed, labelled rule, such as the district median. */
  referenceValue?: LabelledValue;
}

/** Height of a row whose label fits on one line; rows grow with wrapped labels. */
const ROW_HEIGHT = 32;
const MARGIN_BOTTOM = 48;
/** Bar labels wider than this wrap rather than squeeze the bars. */
const MAX_LABEL_WIDTH = 200;
const GAP = 8;
/** Dollar ticks ("$12,000") are wide: fewer of them, so they never run into each other. */
const DOLLAR_TICKS = 3;

interface Row extends Bar {
  index: number;
  /** The label, wrapped to fit the margin. */
  lines: string[];
  /** The formatted value. */
  text: string;
}

/**
 * Horizontal bars, each with its value written at its end, so no reader has to estimate
 * a length against the axis. Bars are placed by index, so two bars may share a label.
 */
export function renderBarChart(data: BarData, { locale, idPrefix }: ChartOptions): string {
  const { bars, xLabel, unit, decimals, referenceValue } = data;
  const format = (value: number): string => formatValue(value, unit, locale, decimals);
  const rows: Row[] = bars.map((bar, index) => ({
    ...bar,
    index,
    lines: wrapLines(bar.label, MAX_LABEL_WIDTH),
    text: format(bar.value),
  }));
  const values = [...bars.map((bar) => bar.value), ...(referenceValue ? [referenceValue.value] : [])];
  const domain = data.domain ? coveringDomain(data.domain, values, 5) : niceDomain([0, ...values], 5);
  const labelWidth = Math.max(0, ...rows.flatMap((row) => row.lines.map(textWidth)));
  // Values are written past the ends of bars; insets keep room for them inside the axis.
  const valueWidth = (sign: 1 | -1): number =>
    Math.max(0, ...rows.filter((row) => Math.sign(row.value) === sign).map((row) => textWidth(row.text) + GAP));
  const marginTop = referenceValue ? 12 + RULE_ROW : 12;
  const maxLines = Math.max(1, ...rows.map((row) => row.lines.length));
  const rowHeight = Math.max(ROW_HEIGHT, ROW_HEIGHT + (maxLines - 1) * LINE_HEIGHT);

  // A halo keeps a value legible where the reference rule crosses it.
  const valueText = {
    x: 'value',
    y: 'index',
    text: 'text',
    fill: 'currentColor',
    stroke: HALO,
    strokeWidth: 4,
    paintOrder: 'stroke',
  } as const;
  // Emphasis shows in weight as well as colour; each weight and side of zero is its own mark.
  const groups = (emphasis: boolean): Row[] => rows.filter((row) => Boolean(row.emphasis) === emphasis);
  const labelMarks = [false, true].flatMap((emphasis) => {
    const fontWeight = emphasis ? 'bold' : 'normal';
    const group = groups(emphasis);
    return [
      Plot.axisY(
        group.map((row) => row.index),
        { tickSize: 0, tickPadding: GAP, tickFormat: (index: number) => rows[index]?.lines.join('\n') ?? '', fontWeight, label: null },
      ),
      Plot.text(
        group.filter((row) => row.value >= 0),
        { ...valueText, dx: GAP / 2, textAnchor: 'start', fontWeight },
      ),
      Plot.text(
        group.filter((row) => row.value < 0),
        { ...valueText, dx: -GAP / 2, textAnchor: 'end', fontWeight },
      ),
    ];
  });

  const svg = Plot.plot({
    ...plotFrame(Math.round(marginTop + MARGIN_BOTTOM + Math.max(1, rows.length) * rowHeight)),
    marginTop,
    marginRight: GAP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: GAP * 2 + labelWidth,
    x: {
      domain,
      ...valueAxis(domain, unit === 'dollars' ? DOLLAR_TICKS : 5, unit, locale),
      insetLeft: valueWidth(-1),
      insetRight: valueWidth(1),
      label: xLabel,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 40,
      grid: true,
    },
    y: { type: 'band', domain: rows.map((row) => row.index), padding: 0.25 },
    marks: [
      Plot.barX(rows, { x: 'value', y: 'index', fill: (row: Row) => (row.emphasis ? EMPHASIS : MUTED) }),
      Plot.ruleX([0]),
      ...(referenceValue
        ? labelledRule(referenceValue, { colour: COMPARISON, dashed: true, row: 0 }, { domain, unit, decimals, locale })
        : []),
      ...labelMarks,
    ],
  });
  return finalizeSvg(svg, { idPrefix, title: describeBarChart(data, locale) });
}

/** "Highest: Opportunity (72.0); lowest: Systems (12.5)." */
export function describeBarChart(data: BarData, locale: string): string {
  const { bars, unit, decimals } = data;
  const format = (value: number): string => formatValue(value, unit, locale, decimals);
  // The first of equal bars wins, so the sentence follows the chart's order.
  const high = bars.reduce<Bar | undefined>((best, bar) => (best && best.value >= bar.value ? best : bar), undefined);
  const low = bars.reduce<Bar | undefined>((best, bar) => (best && best.value <= bar.value ? best : bar), undefined);
  if (!high || !low) return t(locale, 'chart.bar.empty');
  if (bars.length === 1) return t(locale, 'chart.bar.single', { label: high.label, value: format(high.value) });
  if (format(high.value) === format(low.value)) {
    return t(locale, 'chart.bar.equal', { count: formatNumber(bars.length, locale), value: format(high.value) });
  }
  return t(locale, 'chart.bar.summary', {
    high: high.label,
    highValue: format(high.value),
    low: low.label,
    lowValue: format(low.value),
  });
}

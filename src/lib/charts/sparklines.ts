import * as Plot from '@observablehq/plot';
import type { Unit } from '../data/schemas.ts';
import { formatSchoolYear } from '../format/date.ts';
import { formatValue } from '../format/value.ts';
import { t } from '../i18n/t.ts';
import { plotFrame } from './dom.ts';
import { finalizeSvg } from './finalize.ts';
import { LINE_HEIGHT, textWidth, wrapLines } from './text.ts';
import { COMPARISON, DASH, EMPHASIS, HALO } from './theme.ts';
import type { ChartOptions } from './types.ts';

interface SparkPoint {
  year: string;
  /** null where the year has no value: the line breaks rather than bridging the gap. */
  value: number | null;
}

interface SparkRow {
  label: string;
  unit: Unit;
  decimals: number;
  /** Which way is better, when the measure has one: the sentence says whether a change is good news. */
  direction: 'higher_is_better' | 'lower_is_better' | null;
  school: readonly SparkPoint[];
  comparison: readonly SparkPoint[];
  /** The newest value as the page words it (a coded range, or why it is hidden). */
  lastText: string;
}

export interface SparklinesData {
  /** The whole figure's subject, such as a domain: the chart's accessible name starts with it. */
  label: string;
  years: readonly string[];
  rows: readonly SparkRow[];
}

const ROW_HEIGHT = 44;
const MARGIN = { top: 8, bottom: 28 };
const MAX_LABEL_WIDTH = 190;
const GAP = 8;
/** The band of each row its line may use, so neighbouring rows never touch. */
const BAND = { top: 0.18, bottom: 0.82 };

interface Drawn {
  row: number;
  year: string;
  y: number | null;
  value: number | null;
}

/**
 * Small multiples: one row per measure, the school solid and the district median dashed, each
 * row on its own scale (units differ), so a row shows the shape of a series; its newest value
 * is written at its end and every value is in the figure's table. One figure for a group of
 * measures keeps a page to a few charts, however many years and measures it has.
 */
export function renderSparklines(data: SparklinesData, { locale, idPrefix }: ChartOptions): string {
  const { rows, years } = data;
  const lines = rows.map((row) => wrapLines(row.label, MAX_LABEL_WIDTH));
  const labelWidth = Math.max(0, ...lines.flatMap((l) => l.map(textWidth)));
  const valueWidth = Math.max(0, ...rows.map((row) => textWidth(row.lastText)));
  const rowHeight = Math.max(ROW_HEIGHT, Math.max(1, ...lines.map((l) => l.length)) * LINE_HEIGHT + GAP);
  const drawn = (pick: (row: SparkRow) => readonly SparkPoint[]): Drawn[] =>
    rows.flatMap((row, index) => {
      const values = [...row.school, ...row.comparison].flatMap((p) => (p.value === null ? [] : [p.value]));
      const low = Math.min(...values);
      const high = Math.max(...values);
      // A flat row sits mid-band; higher values sit higher, as on any chart.
      const place = (v: number): number => index + BAND.bottom - (high === low ? 0.5 : (v - low) / (high - low)) * (BAND.bottom - BAND.top);
      return pick(row).map((p) => ({ row: index, year: p.year, value: p.value, y: p.value === null ? null : place(p.value) }));
    });
  const school = drawn((row) => row.school);
  const comparison = drawn((row) => row.comparison);
  const lastOfRow = rows.flatMap((row, index) => {
    const last = school.filter((d) => d.row === index && d.y !== null).at(-1);
    return [{ row: index, text: row.lastText, y: last?.y ?? index + 0.5 }];
  });

  const svg = Plot.plot({
    ...plotFrame(Math.round(MARGIN.top + MARGIN.bottom + Math.max(1, rows.length) * rowHeight)),
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    marginLeft: labelWidth + GAP * 2,
    marginRight: valueWidth + GAP * 2,
    x: { type: 'point', domain: years, tickFormat: (year: string) => formatSchoolYear(year, locale), label: null, padding: 0.2 },
    y: { domain: [rows.length, 0], axis: null },
    marks: [
      Plot.text(
        rows.map((_, index) => index),
        {
          frameAnchor: 'left',
          y: (index: number) => index + 0.5,
          text: (index: number) => lines[index]?.join('\n') ?? '',
          dx: -(labelWidth + GAP),
          textAnchor: 'start',
          lineHeight: LINE_HEIGHT / 12,
          fill: 'currentColor',
        },
      ),
      Plot.line(comparison, { x: 'year', y: 'y', z: 'row', stroke: COMPARISON, strokeWidth: 1.5, strokeDasharray: DASH }),
      Plot.line(school, { x: 'year', y: 'y', z: 'row', stroke: EMPHASIS, strokeWidth: 2.5 }),
      Plot.dot(
        school.filter((d) => d.y !== null),
        { x: 'year', y: 'y', r: 3, fill: EMPHASIS, stroke: HALO, strokeWidth: 1 },
      ),
      Plot.text(lastOfRow, {
        frameAnchor: 'right',
        y: 'y',
        text: 'text',
        dx: valueWidth + GAP,
        textAnchor: 'end',
        fill: EMPHASIS,
        fontWeight: 'bold',
        fontVariant: 'tabular-nums',
      }),
    ],
  });
  return finalizeSvg(svg, { idPrefix, title: t(locale, 'chart.sparklines.label', { domain: data.label }) });
}

/** One clause per measure: "Chronic absenteeism rose from 12.0% in 2020–21 to 15.2% in 2024–25 (worse)". */
export function describeSparklines(data: SparklinesData, locale: string): string {
  const parts = data.rows.map((row) => {
    const present = row.school.flatMap((p) => (p.value === null ? [] : [{ year: p.year, value: p.value }]));
    const format = (v: number) => formatValue(v, row.unit, locale, row.decimals);
    const first = present[0];
    const last = present.at(-1);
    if (!first || !last) return t(locale, 'chart.sparklines.none', { indicator: row.label });
    if (first === last) {
      return t(locale, 'chart.sparklines.single', {
        indicator: row.label,
        value: format(first.value),
        year: formatSchoolYear(first.year, locale),
      });
    }
    const params = { indicator: row.label, firstYear: formatSchoolYear(first.year, locale), lastYear: formatSchoolYear(last.year, locale) };
    // What the reader sees decides: a change hidden by rounding reads as no change.
    if (format(first.value) === format(last.value)) return t(locale, 'chart.sparklines.same', { ...params, value: format(last.value) });
    const rose = last.value > first.value;
    const clause = t(locale, rose ? 'chart.sparklines.rose' : 'chart.sparklines.fell', {
      ...params,
      first: format(first.value),
      last: format(last.value),
    });
    if (row.direction === null) return clause;
    const better = rose === (row.direction === 'higher_is_better');
    return `${clause} ${t(locale, better ? 'judgement.better' : 'judgement.worse')}`;
  });
  return t(locale, 'chart.sparklines.summary', { parts: parts.join('; ') });
}

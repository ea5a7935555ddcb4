import { nice, precisionFixed, ticks } from 'd3';
import type { Unit } from '../data/schemas.ts';
import { formatNumber } from '../format/number.ts';
import { formatValue } from '../format/value.ts';
import { textWidth } from './text.ts';

export type Domain = readonly [number, number];

/** A rounded domain covering the values; a single value gets room on both sides. */
export function niceDomain(values: Iterable<number>, count: number): Domain {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low > high) return [0, 1];
  if (low === high) return niceDomain([low - 1, high + 1], count);
  const [niceLow, niceHigh] = nice(low, high, count);
  return [niceLow, niceHigh];
}

/**
 * A caller's fixed domain (0–100 for scores), widened, to round numbers, to any value
 * outside it: a value drawn off the chart, or clipped away, would mislead.
 */
export function coveringDomain(domain: Domain, values: readonly number[], count: number): Domain {
  const outside = values.filter((value) => value < domain[0] || value > domain[1]);
  return outside.length === 0 ? domain : niceDomain([...domain, ...outside], count);
}

export interface Axis {
  ticks: number[];
  tickFormat: (value: number) => string;
}

/**
 * Ticks and their labels through the site's formatters, with as many decimals as the tick
 * step needs. Percent and dollars carry their sign on each tick; other units are named by
 * the axis label, so ticks stay short.
 */
export function valueAxis([low, high]: Domain, count: number, unit: Unit, locale: string): Axis {
  const values = ticks(low, high, count);
  const step = (values[1] ?? high) - (values[0] ?? low);
  const decimals = step > 0 ? precisionFixed(step) : 0;
  const tickFormat =
    unit === 'percent' || unit === 'dollars'
      ? (value: number) => formatValue(value, unit, locale, decimals)
      : (value: number) => formatNumber(value, locale, { decimals });
  return { ticks: values, tickFormat };
}

/** Gap between a tick label and its axis line, and room for the rotated axis label. */
const TICK_SPACE = 12;
const LABEL_SPACE = 22;

/** A left margin that fits the widest tick label and the rotated axis label beside it. */
export function leftMargin(labels: readonly string[]): number {
  return Math.max(0, ...labels.map(textWidth)) + TICK_SPACE + LABEL_SPACE;
}

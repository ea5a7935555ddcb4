import { bin } from 'd3';
import type { Domain } from './scale.ts';

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

/**
 * Counts values into `count` equal bins across the domain, empty bins included, so the
 * chart's size is the same for 100 schools as for 100,000.
 */
export function binValues(values: readonly number[], [low, high]: Domain, count: number): Bin[] {
  const width = (high - low) / count;
  // Inner thresholds only: ones at the domain's ends would add an empty first bin and a zero-width last one.
  const thresholds = Array.from({ length: count - 1 }, (_, index) => low + (index + 1) * width);
  return bin()
    .domain([low, high])
    .thresholds(thresholds)(values)
    .map((b) => ({ x0: b.x0 ?? low, x1: b.x1 ?? high, count: b.length }));
}

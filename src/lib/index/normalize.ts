import type { IndexMethod, Normalization } from './method.ts';
import { percentRanksInc } from './percentile-rank.ts';
import type { Direction } from './types.ts';

/**
 * Puts values measured in different units on one footing. Only present values take part:
 * a missing value stays null and is not counted in N, the mean or the extremes.
 */
export function normalizeValues(values: readonly (number | null)[], normalization: Normalization): (number | null)[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return values.map(() => null);
  const transform = normalizerFor(present, normalization);
  return values.map((v) => (v === null ? null : transform(v)));
}

function normalizerFor(present: readonly number[], normalization: Normalization): (v: number) => number {
  switch (normalization) {
    case 'none':
      return (v) => v;
    case 'zscore':
      return zscoreNormalizer(present);
    case 'minmax':
      return minmaxNormalizer(present);
    case 'percentile':
      return percentileNormalizer(present);
  }
}

/** Lowest and highest value, without spreading a long list into Math.min's arguments. */
function extremes(present: readonly number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of present) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

function zscoreNormalizer(present: readonly number[]): (v: number) => number {
  const { min, max } = extremes(present);
  // Equal values have no spread; testing it directly avoids dividing float noise by float noise.
  if (min === max) return () => 0;
  // Summing in sorted order makes the mean, and so every z-score, independent of school order.
  // A typed array sorts numbers natively, many times faster than with a comparator; it puts
  // −0 before 0, which no sum can tell apart.
  const ascending = Float64Array.from(present).sort();
  const n = ascending.length;
  const mean = ascending.reduce((sum, v) => sum + v, 0) / n;
  const squaredDeviations = ascending.map((v) => (v - mean) ** 2).sort();
  // Population SD (divide by N): the schools are the whole population, not a sample of it.
  const sd = Math.sqrt(squaredDeviations.reduce((sum, d) => sum + d, 0) / n);
  return (v) => (v - mean) / sd;
}

function minmaxNormalizer(present: readonly number[]): (v: number) => number {
  const { min, max } = extremes(present);
  // All alike: no school is higher or lower than another, so all sit in the middle.
  if (max === min) return () => 0.5;
  return (v) => (v - min) / (max - min);
}

function percentileNormalizer(present: readonly number[]): (v: number) => number {
  const ranks = new Map<number, number>();
  const percentiles = percentRanksInc(present);
  present.forEach((v, i) => ranks.set(v, percentiles[i] as number));
  return (v) => ranks.get(v) as number;
}

/**
 * Whether an indicator points against the index and must be flipped: in a need index a
 * higher attendance rate means less need; in a performance index a higher chronic
 * absence rate means worse results.
 */
export function pointsAgainstIndex(direction: Direction, orientation: IndexMethod['orientation']): boolean {
  return orientation === 'need' ? direction === 'higher_is_better' : direction === 'lower_is_better';
}

/**
 * Flips a normalized value within its own range: percentiles and min-max shares mirror
 * around 0.5 (1 − v, which keeps ties tied, unlike ranking the negated values), z-scores and
 * raw values around 0.
 */
export function flipNormalized(v: number, normalization: Normalization): number {
  if (normalization === 'percentile' || normalization === 'minmax') return 1 - v;
  // `0 - v` rather than `-v`, so a 0 stays 0 and not −0.
  return 0 - v;
}

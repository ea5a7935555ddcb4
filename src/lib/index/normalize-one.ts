import type { Normalization } from './method.ts';
import { countBelowInSorted } from './percentile-rank.ts';

/**
 * One school's value normalized against the other schools of its group, as `normalizeValues`
 * would put it if only that school's value changed, in O(log N) instead of O(N log N). The
 * others' values are summed once, so the mean and SD are not summed in the engine's sorted
 * order: a z-score can differ from the engine's in its last bits. For estimates only.
 */
export type NormalizeOne = (own: number | null, value: number, normalization: Normalization) => number;

interface GroupSums {
  ascending: Float64Array;
  /** Sums of the values less `shift` and of their squares: without the shift, squares of large values cancel. */
  shift: number;
  sum: number;
  squares: number;
}

/** `own` is the school's value in `values` (null if it has none), taken out before `value` goes in. */
export function normalizeOneAgainst(values: readonly (number | null)[]): NormalizeOne {
  const sums = groupSums(values.filter((v): v is number => v !== null));
  return (own, value, normalization) => normalizeWith(sums, own, value, normalization);
}

function groupSums(present: readonly number[]): GroupSums {
  const ascending = Float64Array.from(present).sort();
  const shift = present.length === 0 ? 0 : present.reduce((a, b) => a + b, 0) / present.length;
  let sum = 0;
  let squares = 0;
  for (const v of ascending) {
    sum += v - shift;
    squares += (v - shift) ** 2;
  }
  return { ascending, shift, sum, squares };
}

function normalizeWith(sums: GroupSums, own: number | null, value: number, normalization: Normalization): number {
  if (normalization === 'none') return value;
  const { ascending } = sums;
  const others = ascending.length - (own === null ? 0 : 1);
  // Taking out `own` from the ends: a tie at the end leaves its twin next to it.
  const lowest = Math.min(value, (own !== null && own === ascending[0] ? ascending[1] : ascending[0]) ?? value);
  const highest = Math.max(value, (own !== null && own === ascending.at(-1) ? ascending.at(-2) : ascending.at(-1)) ?? value);
  if (normalization === 'percentile') {
    if (others === 0) return 1;
    return (countBelowInSorted(ascending, value) - (own !== null && own < value ? 1 : 0)) / others;
  }
  if (normalization === 'minmax') return lowest === highest ? 0.5 : (value - lowest) / (highest - lowest);
  if (lowest === highest) return 0;
  const n = others + 1;
  const offOwn = own === null ? 0 : own - sums.shift;
  const off = value - sums.shift;
  const meanOff = (sums.sum - offOwn + off) / n;
  const variance = (sums.squares - offOwn ** 2 + off ** 2) / n - meanOff ** 2;
  return variance > 0 ? (off - meanOff) / Math.sqrt(variance) : 0;
}

/**
 * PERCENTRANK.INC as spreadsheets compute it for a value that is in the list: the number of
 * values strictly below it divided by N − 1. Ties share the rank of their lowest position,
 * so they all get the same percentile. A list of one value ranks it at 1.
 */

/** Index of the first element of `ascending` that is not below `x` = how many are below. */
export function countBelowInSorted(ascending: Float64Array, x: number): number {
  let lo = 0;
  let hi = ascending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ascending[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each value, how many values of the list are strictly below it. O(N log N). */
export function countsStrictlyBelow(values: readonly number[]): number[] {
  // Natively sorted numbers; −0 and 0 may swap places, and neither is below the other.
  const ascending = Float64Array.from(values).sort();
  return values.map((x) => countBelowInSorted(ascending, x));
}

function rankFromCount(countBelow: number, n: number): number {
  return n === 1 ? 1 : countBelow / (n - 1);
}

/** PERCENTRANK.INC(values, x) for an `x` taken from `values`. */
export function percentRankInc(values: readonly number[], x: number): number {
  if (values.length === 0) throw new Error('percentRankInc needs at least one value');
  const below = values.reduce((count, v) => (v < x ? count + 1 : count), 0);
  return rankFromCount(below, values.length);
}

/** PERCENTRANK.INC of every value against the whole list, in the list's order. */
export function percentRanksInc(values: readonly number[]): number[] {
  return countsStrictlyBelow(values).map((below) => rankFromCount(below, values.length));
}

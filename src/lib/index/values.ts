/**
 * What counts as a value. Anything else (null, undefined, NaN, ±Infinity) is missing: it is
 * left out of every count and mean and is never read as zero.
 */
export function usableNumber(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

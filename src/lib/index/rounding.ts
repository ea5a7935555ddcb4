/**
 * Rounding as spreadsheets' ROUND does it: halves go away from zero (2.5 → 3, −2.5 → −3),
 * which is what published indexes (CDC/ATSDR SVI among them) were computed with.
 */

/** Beyond this the scaled value has no fractional digits a double can hold. */
const LARGEST_EXACT_SCALED = 1e15;

/**
 * Rounds half away from zero. `1.005` is stored as 1.00499999999999989…, so scaling it
 * gives 100.49999999999999; reading the scaled value back at 15 significant digits first
 * drops that representation noise, the way a spreadsheet shows 1.005 and rounds it to 1.01.
 */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const factor = 10 ** digits;
  const scaled = Math.abs(x) * factor;
  if (scaled >= LARGEST_EXACT_SCALED) return x;
  const rounded = Math.round(Number(scaled.toPrecision(15))) / factor;
  // `+ 0` turns a rounded −0 into 0, so −0.00001 rounds to the same 0 as 0.00001.
  return (x < 0 ? -rounded : rounded) + 0;
}

/** Rounds when the method asks for a number of decimal places; `null` keeps the value. */
export function roundTo(x: number, digits: number | null): number {
  return digits === null ? x : roundHalfAwayFromZero(x, digits);
}

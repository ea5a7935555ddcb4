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
  const rounded = roundScaled(scaled) / factor;
  // `+ 0` turns a rounded −0 into 0, so −0.00001 rounds to the same 0 as 0.00001.
  return (x < 0 ? -rounded : rounded) + 0;
}

/**
 * Below this, reading a value back at 15 significant digits moves it by less than 1e-9, so
 * it can change which whole number is nearest only within that distance of a half.
 */
const LARGEST_FAST_SCALED = 1e6;
const NEAR_HALF = 1e-6;

/**
 * Math.round of `scaled` read back at 15 significant digits. toPrecision is slow, and it
 * can only matter when `scaled` is all but on a half, so elsewhere the value rounds as it is:
 * the result is the same to the bit, and the engine rounds every school's value at every stage.
 */
function roundScaled(scaled: number): number {
  if (scaled < LARGEST_FAST_SCALED && Math.abs(scaled - Math.floor(scaled) - 0.5) > NEAR_HALF) return Math.round(scaled);
  return Math.round(Number(scaled.toPrecision(15)));
}

/** Rounds when the method asks for a number of decimal places; `null` keeps the value. */
export function roundTo(x: number, digits: number | null): number {
  return digits === null ? x : roundHalfAwayFromZero(x, digits);
}

import { numberFormat } from './intl-cache.ts';

export interface DecimalsOption {
  /** Digits after the decimal point, always shown, so a column of values lines up. */
  decimals?: number;
}

const MINUS = '\u2212';

function fixed(decimals: number): Intl.NumberFormatOptions {
  return { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
}

/**
 * Formats through Intl, with the typographic minus sign (screen readers say "minus", and it
 * is as wide as the plus). A non-finite value is a bug upstream: fail the build, not show "NaN".
 */
export function render(format: Intl.NumberFormat, value: number, what: string, input: number | Intl.StringNumericLiteral = value): string {
  if (!Number.isFinite(value)) throw new Error(`${what}: expected a finite number, got ${value}`);
  return format
    .formatToParts(input)
    .map((part) => (part.type === 'minusSign' ? MINUS : part.value))
    .join('');
}

/** A plain number: 1,234 or 12.3. `decimals` defaults to 0. */
export function formatNumber(value: number, locale: string, { decimals = 0 }: DecimalsOption = {}): string {
  // 'negative' drops the sign of a value that rounds to zero: never "−0".
  return render(numberFormat(locale, { ...fixed(decimals), signDisplay: 'negative' }), value, 'formatNumber');
}

/** A value in percent points: 45 → "45%", 12.34 with 1 decimal → "12.3%". `decimals` defaults to 0. */
export function formatPercent(value: number, locale: string, { decimals = 0 }: DecimalsOption = {}): string {
  const format = numberFormat(locale, { style: 'percent', ...fixed(decimals), signDisplay: 'negative' });
  // Intl wants a fraction; shifting the decimal string (12.345 → "12.345e-2") avoids the
  // binary error of value / 100 tipping a value at a rounding boundary the wrong way.
  // (Already exponential text, like 1e-7, is too small or large for that error to show.)
  const text = String(value);
  const fraction = text.includes('e') ? value / 100 : (`${text}e-2` as Intl.StringNumericLiteral);
  return render(format, value, 'formatPercent', fraction);
}

/** US dollars in whole dollars: "$9,876". */
export function formatCurrency(value: number, locale: string): string {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', ...fixed(0), signDisplay: 'negative' };
  return render(numberFormat(locale, options), value, 'formatCurrency');
}

/** How many decimals a score is shown with: what its parts, as shown, must add up to. */
export const SCORE_DECIMALS = 1;

/** An index or domain score on its 0–100 scale, with one decimal. */
export function formatScore(score: number, locale: string): string {
  return formatNumber(score, locale, { decimals: SCORE_DECIMALS });
}

/** A change with its sign: "+2.5", "−1.0", and "0.0" when it rounds to zero. `decimals` defaults to 1. */
export function formatSignedChange(delta: number, locale: string, { decimals = 1 }: DecimalsOption = {}): string {
  const format = numberFormat(locale, { ...fixed(decimals), signDisplay: 'exceptZero' });
  return render(format, delta, 'formatSignedChange');
}

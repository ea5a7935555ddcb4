/**
 * NC's number spellings: pandas wrote some integer columns as floats (`2018.0`, `209.0`,
 * a ZIP `27713.0`), `ec_pupils` writes thousands as `1,224`, and some fractions carry
 * binary-float noise (`0.5429999999999999`, cleaned when the value is written).
 */

/** A plain decimal number, with an optional thousands separator in groups of three. */
export function readNumber(text: string): number | null {
  const s = text.trim();
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return null;
  return Number(s.replaceAll(',', ''));
}

/** A whole number, also when written as a float (`209.0`). */
export function readWhole(text: string): number | null {
  const n = readNumber(text);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** NC's `year` is the calendar year a school year ends in: 2019 (or `2019.0`) is 2018-19. */
export function schoolYearOf(text: string): string | null {
  const year = readWhole(text);
  if (year === null || year < 1900 || year > 2999) return null;
  return `${year - 1}-${String(year % 100).padStart(2, '0')}`;
}

/** A ZIP code: five digits, also when written as a float (`27713.0`), or ZIP+4. */
export function zipOf(text: string): string | null {
  const s = text.trim().replace(/\.0$/, '');
  return /^\d{5}(-\d{4})?$/.test(s) ? s : null;
}

import { z } from 'zod';

/**
 * Zod schemas for single CSV cells. Every cell arrives as text; these accept what real
 * exports write where the meaning is unambiguous ("1,234", "45%", "$9,876", surrounding
 * spaces) and reject the rest with an `expected` phrase a data clerk understands.
 */

const trimmed = z.string().transform((s) => s.trim());

/** Blank (null), or text `accepts` takes; `what` says what was expected, blank included. */
const optionalCell = (accepts: (text: string) => boolean, what: string) =>
  trimmed.transform((s, ctx) => {
    if (s === '') return null;
    if (!accepts(s)) {
      ctx.addIssue({ code: 'custom', message: what });
      return z.NEVER;
    }
    return s;
  });

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const idExpected = (what: string) => `${what} made of letters, digits, "-", "_" or "." (no spaces)`;

/** An identifier is text, never a number: `010303` keeps its leading zero. */
export const idCell = (what: string) => trimmed.pipe(z.string().regex(ID_PATTERN, { error: idExpected(what) }));

/** Blank, or an identifier as `idCell` reads it. */
export const optionalIdCell = (what: string) => optionalCell((s) => ID_PATTERN.test(s), `${idExpected(what)}, or a blank cell`);

export const textCell = (what: string) => trimmed.pipe(z.string().min(1, { error: what }));

export const optionalTextCell = trimmed.transform((s) => (s === '' ? null : s));

/** School years are written `2023-24`: the second part is the year after the first. */
const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{2})$/;
function isConsecutiveSchoolYear(value: string): boolean {
  const m = SCHOOL_YEAR_PATTERN.exec(value);
  return m !== null && (Number(m[1]) + 1) % 100 === Number(m[2]);
}
export const SchoolYearSchema = z.string().refine(isConsecutiveSchoolYear, {
  error: 'a school year written like 2023-24 (the second part is the year after the first)',
});
export const schoolYearCell = trimmed.pipe(SchoolYearSchema);

/** Removes thousands separators and a leading currency sign or a trailing percent sign. */
function numericText(raw: string, allow: { percent?: boolean; dollars?: boolean }): string | null {
  let s = raw.trim();
  if (allow.dollars && s.startsWith('$')) s = s.slice(1);
  else if (allow.dollars && s.startsWith('-$')) s = `-${s.slice(2)}`;
  if (allow.percent && s.endsWith('%')) s = s.slice(0, -1).trim();
  // A comma is a thousands separator only in groups of three: "1,234" yes, "1,2" no.
  if (s.includes(',')) {
    if (!/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null;
    s = s.replaceAll(',', '');
  }
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(s) ? s : null;
}

interface NumberOptions {
  what: string;
  whole?: boolean;
  min?: number;
  max?: number;
  percent?: boolean;
  dollars?: boolean;
  hint?: string;
}

/** A number cell; blank becomes null (the row's schema decides whether blank is allowed). */
export function numberCell(options: NumberOptions) {
  return z.string().transform((raw, ctx) => {
    if (raw.trim() === '') return null;
    const text = numericText(raw, options);
    const value = text === null ? Number.NaN : Number(text);
    const inRange =
      Number.isFinite(value) &&
      (!options.whole || Number.isInteger(value)) &&
      (options.min === undefined || value >= options.min) &&
      (options.max === undefined || value <= options.max);
    if (!inRange) {
      ctx.addIssue({ code: 'custom', message: options.what, params: { hint: options.hint } });
      return z.NEVER;
    }
    return value;
  });
}

export const countCell = (what = 'a whole number of students like 12 (no letters, no minus sign)') =>
  numberCell({ what, whole: true, min: 0, hint: 'counts are whole numbers like 12 or 1,234.' });

export const optionalSchoolYearCell = optionalCell(isConsecutiveSchoolYear, 'a school year written like 2023-24, or a blank cell');

/** Blank, or text of a fixed shape (a ZIP code). */
export const optionalPatternCell = (pattern: RegExp, what: string) => optionalCell((s) => pattern.test(s), what);

function isWebAddress(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    return new URL(text).hostname.includes('.');
  } catch {
    return false;
  }
}

/** Blank, or a web address a link may point to: http(s) only, so no `javascript:` ever becomes a link. */
export const optionalWebAddressCell = optionalCell(
  isWebAddress,
  'a web address starting with https:// (or http://), like https://www.district.org/alder, or a blank cell',
);

import type { CellStatus } from '../../data/schemas.ts';
import { readNumber } from '../nc-dpi/values.ts';
import type { Mask, YearRule } from './schema.ts';

/** A source cell read as a number or as one of the mapping's masking codes. */
export type ReadCell =
  | { kind: 'number'; value: number }
  | { kind: 'mask'; status: Exclude<CellStatus, 'ok'>; bound: number | null; reason: string | null }
  | { kind: 'blank' }
  | { kind: 'bad' };

/**
 * Numbers as exports write them: `1,224`, `45.2%`, `$9,876`. Masking codes are matched
 * trimmed and whatever their case, so `Above 95%` and `above 95%` are the same code.
 */
export function readCell(raw: string, masks: Readonly<Record<string, Mask>>): ReadCell {
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  const mask = Object.entries(masks).find(([code]) => sameCode(code, text))?.[1];
  if (mask)
    return { kind: 'mask', status: mask.status, bound: mask.bound ?? null, reason: mask.reason ?? `written "${text}" in the source` };
  const value = readNumber(text.replace(/^\$/, '').replace(/%$/, ''));
  return value === null ? { kind: 'bad' } : { kind: 'number', value };
}

/** Whether a cell is a code: whatever its case, and as a number (`1.0` is the code `1`). */
export function sameCode(code: string, text: string): boolean {
  const [a, b] = [code.trim(), text.trim()];
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const [x, y] = [readNumber(a), readNumber(b)];
  return x !== null && x === y;
}

/** What a masking code list looks like in an error message: `a number, or one of "*", "<5"`. */
export function expectedNumber(masks: Readonly<Record<string, Mask>>): string {
  const codes = Object.keys(masks);
  return codes.length === 0
    ? 'a number like 12 or 45.2, or a blank cell'
    : `a number like 12 or 45.2, a blank cell, or one of the masking codes ${codes.map((code) => JSON.stringify(code)).join(', ')}`;
}

/** `2018-19` from a year as the rule says it is written, or null when it is not a year. */
export function schoolYearFrom(text: string, format: YearRule['format']): string | null {
  const s = text.trim();
  if (format === 'school_year') {
    const match = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/.exec(s);
    if (!match) return null;
    const start = Number(match[1]);
    const end = Number(match[2]);
    const endYear = match[2]?.length === 2 ? Math.floor(start / 100) * 100 + end + (end < start % 100 ? 100 : 0) : end;
    return endYear === start + 1 ? `${start}-${String(endYear % 100).padStart(2, '0')}` : null;
  }
  const year = readNumber(s);
  if (year === null || !Number.isInteger(year) || year < 1900 || year > 2999) return null;
  const start = format === 'end_year' ? year - 1 : year;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

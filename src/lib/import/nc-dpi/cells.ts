import type { DataIssue } from '../../errors.ts';
import type { ImportReport } from '../report.ts';
import type { SourceRow, SourceTable } from '../rows.ts';
import { MASKS, type Mask } from './codes.ts';
import { readNumber, readWhole } from './values.ts';

/** Thrown by a cell reader; the row is left out and the issue reported. */
export class UnmappedValue extends Error {
  readonly issue: DataIssue;
  constructor(issue: DataIssue) {
    super(issue.expected);
    this.issue = issue;
  }
}

/** Scales NC writes percentages on: `pct` columns of some files are fractions from 0 to 1. */
export type PercentScale = 'fraction' | 'percent';

/**
 * Reads one row's cells by meaning. A blank cell is null; a cell that is not what the
 * column should hold throws with the file, line, column, value and what was expected.
 */
export function cellsOf(table: SourceTable, row: SourceRow) {
  const raw = (column: string) => row.cells[column] ?? '';
  const fail = (column: string, expected: string, hint?: string): never => {
    throw new UnmappedValue({
      file: table.file,
      line: row.line,
      column,
      value: raw(column),
      expected,
      ...(hint ? { hint } : {}),
    });
  };
  const read = (column: string, parse: (text: string) => number | null, expected: string): number | null => {
    if (raw(column).trim() === '') return null;
    return parse(raw(column)) ?? fail(column, expected);
  };
  return {
    line: row.line,
    text: (column: string) => raw(column).trim(),
    fail,
    number: (column: string) => read(column, readNumber, 'a number like 12.5 or a blank cell'),
    count: (column: string) => read(column, readWhole, 'a whole number like 12, 1,224 or 12.0, or a blank cell'),
    /** A percentage from 0 to 100, whichever scale the file writes it on. */
    percent: (column: string, scale: PercentScale) => {
      const value = read(column, readNumber, 'a number or a blank cell');
      if (value === null) return null;
      const max = scale === 'fraction' ? 1 : 100;
      if (value < 0 || value > max)
        fail(column, scale === 'fraction' ? 'a fraction from 0 to 1 (this file writes 45% as 0.45)' : 'a percentage from 0 to 100');
      return scale === 'fraction' ? value * 100 : value;
    },
    /** A masking code; `codes` are those the column may hold (0 or blank: not masked). */
    mask: (column: string, codes: readonly string[]): Mask | null => {
      const text = raw(column).trim();
      const code = text === '' ? '0' : String(readWhole(text) ?? text);
      if (code === '0') return null;
      const mask = codes.includes(code) ? MASKS[code] : undefined;
      return mask ?? fail(column, `a masking code: blank, 0 or ${codes.join(', ')} (see rcd_code_desc.csv)`);
    },
  };
}

export type Cells = ReturnType<typeof cellsOf>;

/** The first of a column's names (they change between years) that the file has; else fatal. */
export function columnOf(table: SourceTable, names: readonly string[], report: ImportReport): string | null {
  const found = names.find((name) => table.columns.includes(name));
  if (found === undefined)
    report.fatal.add({ file: table.file, line: 1, expected: `a column named ${names.map((n) => `"${n}"`).join(' or ')}` });
  return found ?? null;
}

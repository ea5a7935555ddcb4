import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { IssueCollector } from '../errors.ts';
import type { TableColumns } from './schemas.ts';

/** A validated CSV row with the line it came from, for cross-row errors. */
export interface Located<T> {
  line: number;
  row: T;
}

/**
 * Parses one CSV table and validates every row with `schema`, reporting each problem with
 * the file, line and column. Real exports' quirks are handled here: a UTF-8 byte order
 * mark, CRLF line ends, quoted commas and blank trailing lines. An optional column the header
 * lacks reads as a column of blank cells; a missing required column or an unknown name is an error.
 */
export function parseCsvTable<S extends z.ZodType, R = z.output<S>>(
  text: string,
  file: string,
  schema: S,
  columns: TableColumns,
  issues: IssueCollector,
  /** Turns a valid row into what is kept, or undefined to keep nothing (having reported why). */
  keep: (row: z.output<S>, line: number) => R | undefined = (row) => row as R,
): Located<R>[] {
  const located: Located<R>[] = [];
  let names: string[] | null = null;
  const readRow = (record: string[], line: number): void => {
    if (names === null) {
      names = readHeader(record, file, columns, issues);
      return;
    }
    if (names.length === 0) return;
  const valid = validateRow(record, line, names, columns.columns, file, schema, issues);
    const row = valid === undefined ? undefined : keep(valid, line);
    if (row !== undefined) located.push({ line, row });
  };
  try {
    // Each row is validated as it is read and then dropped, so a large table is never held
    // twice, as text cells and as validated values.
    parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        readRow(record, context.lines);
        return undefined;
      },
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    issues.add({
      file,
      ...(line === undefined ? {} : { line }),
      expected: 'text a CSV reader can read (every opening quote closed, one row per line)',
      hint: `the reader stopped with: ${(error as Error).message}`,
    });
    return [];
  }
  if (names === null) issues.add({ file, expected: `a header row with the columns ${required(columns).join(', ')}` });
  return located;
}

function required({ columns, optional }: TableColumns): string[] {
  return columns.filter((column) => !optional.includes(column));
}

/** The header's column names, or none (after reporting why) when they are not the table's. */
function readHeader(record: string[], file: string, table: TableColumns, issues: IssueCollector): string[] {
  const names = record.map((name) => name.trim());
  const missing = required(table).filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !table.columns.includes(name));
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  for (const column of missing) issues.add({ file, line: 1, column, expected: `a column named "${column}"` });
  for (const name of unknown)
    issues.add({ file, line: 1, column: name, value: name, expected: `only the columns ${table.columns.join(', ')} (of which ${table.optional.join(', ') || 'none'} may be left out)` });
  for (const name of repeated) issues.add({ file, line: 1, column: name, value: name, expected: 'each column once' });
  return missing.length > 0 || unknown.length > 0 || repeated.length > 0 ? [] : names;
}

/** A row's validated value, or undefined after reporting every problem of its cells. */
function validateRow<S extends z.ZodType>(
  record: string[],
  line: number,
  names: readonly string[],
  columns: readonly string[],
  file: string,
  schema: S,
  issues: IssueCollector,
): z.output<S> | undefined {
  if (record.length !== names.length) {
    issues.add({
      file,
      line,
      value: record.join(','),
      expected: `${names.length} cells, one per column (found ${record.length}; a comma inside a value needs quotes)`,
    });
    return undefined;
  }
  // A column the file leaves out is read as blank (only optional ones may be: see readHeader).
  const cells = Object.fromEntries(columns.map((column) => [column, record[names.indexOf(column)] ?? '']));
  const result = schema.safeParse(cells);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const column = String(issue.path[0] ?? '');
    const hint = (issue as { params?: { hint?: string } }).params?.hint;
    issues.add({
      file,
      line,
      ...(column ? { column, value: cells[column] ?? '' } : {}),
      expected: issue.message,
      ...(hint ? { hint } : {}),
    });
  }
  return undefined;
}

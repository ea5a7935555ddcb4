import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { DataIssue, IssueCollector } from '../errors.ts';
import type { TableColumns } from './schemas.ts';

/** A validated CSV row with the line it came from, for cross-row errors. */
export interface Located<T> {
  line: number;
  row: T;
}

/**
 * Told of each row that was rejected: a cell of it as written, by column name, and the first
 * problem reported for the row, so rows of other files that name it can be folded under it.
 */
export type OnRejected = (cell: (column: string) => string | undefined, cause: DataIssue) => void;

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
  onRejected?: OnRejected,
): Located<R>[] {
  const located: Located<R>[] = [];
  let names: string[] | null = null;
  const readRow = (record: string[], line: number): void => {
    if (names === null) {
      names = readHeader(record, file, columns, issues);
      return;
    }
    const header = names;
    if (header.length === 0) return;
    const valid = validateRow(record, line, header, columns.columns, file, schema, issues);
    // By position even when the row has too many or too few cells: the cells before a stray
    // comma, such as an id in the first column, are still the ones named.
    if (!valid.ok) onRejected?.((column) => record[header.indexOf(column)], valid.cause);
    const row = valid.ok ? keep(valid.row, line) : undefined;
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
  // A first line with none of the columns is not a header at all (another file, random bytes,
  // UTF-16): one problem, not one per column.
  if (!table.columns.some((column) => names.includes(column))) {
    issues.add({
      file,
      line: 1,
      value: record.join(','),
      expected: `a header row with the columns ${required(table).join(', ')}`,
      hint: 'the first line names none of them: check that this is the right file, saved as CSV in UTF-8.',
    });
    return [];
  }
  const missing = required(table).filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !table.columns.includes(name));
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  for (const column of missing) issues.add({ file, line: 1, column, expected: `a column named "${column}"` });
  for (const name of unknown)
    issues.add({ file, line: 1, column: name, value: name, expected: `only the columns ${table.columns.join(', ')} (of which ${table.optional.join(', ') || 'none'} may be left out)` });
  for (const name of repeated) issues.add({ file, line: 1, column: name, value: name, expected: 'each column once' });
  return missing.length > 0 || unknown.length > 0 || repeated.length > 0 ? [] : names;
}

type Validated<T> = { ok: true; row: T } | { ok: false; cause: DataIssue };

/** A row's validated value, or the first of the problems of its cells, after reporting every one. */
function validateRow<S extends z.ZodType>(
  record: string[],
  line: number,
  names: readonly string[],
  columns: readonly string[],
  file: string,
  schema: S,
  issues: IssueCollector,
): Validated<z.output<S>> {
  if (record.length !== names.length) {
    const cause = {
      file,
      line,
      value: record.join(','),
      expected: `${names.length} cells, one per column (found ${record.length}; a comma inside a value needs quotes)`,
    };
    issues.add(cause);
    return { ok: false, cause };
  }
  // A column the file leaves out is read as blank (only optional ones may be: see readHeader).
  const cells = Object.fromEntries(columns.map((column) => [column, record[names.indexOf(column)] ?? '']));
  const result = schema.safeParse(cells);
  if (result.success) return { ok: true, row: result.data };
  const problems = result.error.issues.map((issue): DataIssue => {
    const column = String(issue.path[0] ?? '');
    const hint = (issue as { params?: { hint?: string } }).params?.hint;
    return { file, line, ...(column ? { column, value: cells[column] ?? '' } : {}), expected: issue.message, ...(hint ? { hint } : {}) };
  });
  for (const problem of problems) issues.add(problem);
  return { ok: false, cause: problems[0] as DataIssue };
}

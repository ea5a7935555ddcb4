import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { IssueCollector } from '../errors.ts';

/** A validated CSV row with the line it came from, for cross-row errors. */
export interface Located<T> {
  line: number;
  row: T;
}

/**
 * Parses one CSV table and validates every row with `schema`, reporting each problem with
 * the file, line and column. Real exports' quirks are handled here: a UTF-8 byte order
 * mark, CRLF line ends, quoted commas and blank trailing lines.
 */
export function parseCsvTable<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  columns: readonly string[],
  issues: IssueCollector,
): Located<z.output<S>>[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it was read; the typings do not say so.
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
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
  const [header, ...rows] = records;
  if (!header) {
    issues.add({ file, expected: `a header row with the columns ${columns.join(', ')}` });
    return [];
  }
  const names = header.record.map((name) => name.trim());
  const missing = columns.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !columns.includes(name));
  for (const column of missing) issues.add({ file, line: 1, column, expected: `a column named "${column}"` });
  for (const name of unknown)
    issues.add({ file, line: 1, column: name, value: name, expected: `only the columns ${columns.join(', ')}` });
  if (missing.length > 0 || unknown.length > 0) return [];

  const located: Located<z.output<S>>[] = [];
  for (const { record, info } of rows) {
    const line = info.lines;
    if (record.length !== names.length) {
      issues.add({
        file,
        line,
        value: record.join(','),
        expected: `${names.length} cells, one per column (found ${record.length}; a comma inside a value needs quotes)`,
      });
      continue;
    }
    const cells = Object.fromEntries(names.map((name, i) => [name, record[i] ?? '']));
    const result = schema.safeParse(cells);
    if (result.success) {
      located.push({ line, row: result.data });
      continue;
    }
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
  }
  return located;
}

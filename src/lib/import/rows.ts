import { parse } from 'csv-parse/sync';
import type { ImportReport } from './report.ts';

/** One data row of a source file, by column name, with its 1-based line (the header is line 1). */
export interface SourceRow {
  line: number;
  cells: Readonly<Record<string, string>>;
}

/** A mapped row with the source line it came from, for issues found later (duplicates). */
export interface FromSource<T> {
  file: string;
  line: number;
  row: T;
}

export interface SourceTable {
  /** The file's path inside the source folder, as issues name it: `SRC_2019/rcd_inc2.csv`. */
  file: string;
  columns: readonly string[];
  rows: SourceRow[];
}

/**
 * Reads a source CSV into rows by column name. Every cell stays text: ids like `010303`
 * must keep their zeros, so numbers are read later, column by column, by whoever knows
 * the column's meaning. A file the CSV reader cannot read at all is fatal.
 */
export function readRows(text: string, file: string, report: ImportReport): SourceTable | null {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it was read; the typings do not say so.
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    report.fatal.add({ file, expected: 'a CSV file a reader can read', hint: `the reader stopped with: ${(error as Error).message}` });
    return null;
  }
  const [header, ...body] = records;
  if (!header) {
    report.fatal.add({ file, expected: 'a header row' });
    return null;
  }
  const columns = header.record.map((name) => name.trim());
  const rows: SourceRow[] = [];
  for (const { record, info } of body) {
    if (record.length !== columns.length) {
      report.issues.add({
        file,
        line: info.lines,
        value: record.join(','),
        expected: `${columns.length} cells, one per column (found ${record.length})`,
      });
      continue;
    }
    rows.push({ line: info.lines, cells: Object.fromEntries(columns.map((name, i) => [name, record[i] ?? ''])) });
  }
  return { file, columns, rows };
}

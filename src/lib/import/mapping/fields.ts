import type { SourceRow } from '../rows.ts';
import type { ImportReport } from '../report.ts';
import type { Field } from './schema.ts';

/** The source column a field reads, if any: what an error names and what must be in the header. */
export function columnOf(field: Field): string | null {
  if (typeof field === 'string') return field;
  if ('join' in field) return field.join.join(' + ');
  return 'column' in field ? field.column : null;
}

/** Every column a field reads, each of which must be in the file's header. */
export function columnsOf(field: Field): string[] {
  if (typeof field === 'string') return [field];
  if ('join' in field) return field.join;
  return 'column' in field ? [field.column] : [];
}

/**
 * A field's text for one row; a code missing from the field's `map` is an issue at its cell
 * and gives null, so the row is left out with every reason reported.
 */
export function fieldValue(field: Field, row: SourceRow, file: string, report: ImportReport): string | null {
  if (typeof field === 'string') return (row.cells[field] ?? '').trim();
  if ('value' in field) return field.value;
  if ('join' in field)
    return field.join
      .map((column) => (row.cells[column] ?? '').trim())
      .filter(Boolean)
      .join(field.separator);
  const raw = (row.cells[field.column] ?? '').trim();
  if (field.keep !== undefined && raw !== '') {
    const kept = new RegExp(field.keep).exec(raw)?.[1];
    if (kept === undefined) {
      report.issues.add({ file, line: row.line, column: field.column, value: raw, expected: `a cell matching ${field.keep}` });
      return null;
    }
    return mapped(field, kept, row, file, report);
  }
  return mapped(field, raw, row, file, report);
}

function mapped(field: Extract<Field, { column: string }>, raw: string, row: SourceRow, file: string, report: ImportReport): string | null {
  if (field.map === undefined) return raw;
  const mapped = Object.entries(field.map).find(([code]) => code.trim().toLowerCase() === raw.toLowerCase())?.[1];
  if (mapped !== undefined) return mapped;
  report.issues.add({
    file,
    line: row.line,
    column: field.column,
    value: raw,
    expected: `one of the codes the mapping translates: ${Object.keys(field.map)
      .map((code) => JSON.stringify(code))
      .join(', ')}`,
  });
  return null;
}

import type { SourceRow } from '../rows.ts';
import type { ImportReport } from '../report.ts';
import { readNumber } from '../nc-dpi/values.ts';
import { columnOf, columnsOf, fieldValue } from './fields.ts';
import type { DirectoryField } from './schema.ts';

/** School order of the grades a `from_counts` rule may name; "3K" is pre-kindergarten too. */
const ORDER = ['PK', 'K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
const gradeName = (grade: string) => (grade.toUpperCase() === '3K' ? 'PK' : grade.toUpperCase());

/** The span from the lowest to the highest grade with students, like K-5, or '' when none has any. */
function gradesFromCounts(columns: Readonly<Record<string, string>>, row: SourceRow): string {
  const enrolled = Object.entries(columns)
    .filter(([, column]) => (readNumber(row.cells[column] ?? '') ?? 0) > 0)
    .map(([grade]) => ORDER.indexOf(gradeName(grade)))
    .filter((index) => index >= 0)
    .sort((a, b) => a - b);
  const [first, last] = [enrolled[0], enrolled.at(-1)];
  if (first === undefined || last === undefined) return '';
  return first === last ? (ORDER[first] ?? '') : `${ORDER[first]}-${ORDER[last]}`;
}

/** Up to grade 5 elementary, 6 to 8 middle, 9 to 12 high, any other span combined. */
function levelFromGrades(grades: string): string {
  const ends = grades.split('-').map((grade) => ORDER.indexOf(grade));
  const first = ends[0] ?? -1;
  const last = ends[1] ?? first;
  if (first < 0 || last < 0) return '';
  const [five, six, eight, nine] = [ORDER.indexOf('5'), ORDER.indexOf('6'), ORDER.indexOf('8'), ORDER.indexOf('9')];
  if (last <= five) return 'elementary';
  if (first >= six && last <= eight) return 'middle';
  if (first >= nine) return 'high';
  return 'combined';
}

/** A span like `P2:05` in the site's spelling (`PK-05`), its ends translated; the site's schema checks it. */
function gradeSpan(field: Extract<DirectoryField, { span: string }>, row: SourceRow): string {
  const raw = (row.cells[field.span] ?? '').trim();
  if (raw === '') return '';
  return raw
    .split(field.separator)
    .map((end) => field.ends[end.trim()] ?? end.trim())
    .join('-');
}

/** The source column a directory field reads, for errors; a derived field names its rule. */
export function directoryColumn(key: string, field: DirectoryField): string | null {
  if (typeof field === 'string') return field;
  if ('from_counts' in field) return `the grade columns (${Object.values(field.from_counts).join(', ')})`;
  if ('from_grades' in field) return `${key}, from the grades`;
  if ('from_years' in field) return `${key}, from the directory's years`;
  if ('span' in field) return field.span;
  return columnOf(field);
}

/** The columns a directory field reads, all of which must be in the file's header. */
export function directoryColumnsRead(field: DirectoryField): string[] {
  if (typeof field === 'string') return [field];
  if ('from_counts' in field) return Object.values(field.from_counts);
  if ('from_grades' in field || 'from_years' in field) return [];
  if ('span' in field) return [field.span];
  return columnsOf(field);
}

/** A directory row's cells by schools.csv column, or null for a cell already reported as unreadable. */
export function directoryCells(
  fields: Readonly<Record<string, DirectoryField | undefined>>,
  row: SourceRow,
  file: string,
  report: ImportReport,
): Record<string, string | null> {
  const cells: Record<string, string | null> = {};
  for (const [key, field] of Object.entries(fields)) {
    // The level follows from the grades, below; opened and closed from every year's rows, when the site is written.
    if (field === undefined || (typeof field === 'object' && ('from_grades' in field || 'from_years' in field))) continue;
    if (typeof field === 'string') {
      cells[key] = fieldValue(field, row, file, report);
      continue;
    }
    if ('from_counts' in field) cells[key] = gradesFromCounts(field.from_counts, row);
    else if ('span' in field) cells[key] = gradeSpan(field, row);
    else cells[key] = fieldValue(field, row, file, report);
  }
  for (const [key, field] of Object.entries(fields))
    if (field !== undefined && typeof field === 'object' && 'from_grades' in field) cells[key] = levelFromGrades(cells.grades ?? '');
  return cells;
}

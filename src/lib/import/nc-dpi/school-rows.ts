import type { StudentGroupId } from '../../data/groups.ts';
import type { ReferenceKind } from '../../data/schemas.ts';
import type { ImportReport } from '../report.ts';
import type { FromSource, SourceTable } from '../rows.ts';
import { cellsOf, UnmappedValue, type Cells } from './cells.ts';
import { SUBGROUPS, UNMATCHED_SUBGROUPS } from './codes.ts';
import { schoolYearOf } from './values.ts';

/** Which rows of a year's files belong to the import. */
export interface Scope {
  /** The LEA number, like `920`. */
  district: string;
  /** The school year of the folder the file is in (SRC_2019 → 2018-19). */
  year: string;
  /** The district's schools listed in that year's directory. */
  schools: ReadonlySet<string>;
}

export interface SchoolKey {
  school_year: string;
  school_id: string;
  student_group: StudentGroupId;
}

/** A mapped row of the district's, the state's or the nation's own average rather than a school's. */
export type Mapped<T> = FromSource<T> & { reference?: ReferenceKind };

/** The district's own LEA row, the state's and the nation's: the averages NCDPI publishes beside the schools. */
function referenceOf(code: string, district: string): ReferenceKind | null {
  if (code === `${district}LEA`) return 'district';
  if (code === 'NC-SEA') return 'state';
  if (code === 'NATION') return 'nation';
  return null;
}

/**
 * Why a row of another agency is left out. A charter's code is its county number, a
 * letter and 000 (`92K000` in Wake County): charters are their own LEAs, not the district's.
 */
export function otherAgency(code: string, district: string): string | null {
  if (/^\d{3}LEA$/.test(code) || code === 'NC-SEA' || code === 'NATION')
    return 'district, state and nation rows (the project publishes schools only)';
  if (code.startsWith(district) && /^\d{6}$/.test(code)) return null;
  if (/^\d{2}[A-Z]\d{3}$/.test(code) && code.startsWith(district.slice(0, 2)))
    return "charter schools in the district's county (charters are their own LEA, not part of the district)";
  return "other districts' schools";
}

/**
 * Calls `map` for each row about one of the district's schools in the folder's year, with
 * the row's school, year and student group. With `references`, the district's, the state's
 * and the nation's rows are mapped too, marked with their kind. Rows of other agencies,
 * earlier years and groups the project has no name for are counted as skipped; a row with a
 * value that cannot be mapped is reported and left out.
 */
export function mapSchoolRows<T>(
  table: SourceTable,
  scope: Scope,
  report: ImportReport,
  map: (cells: Cells, key: SchoolKey) => T | null,
  groupColumn?: string,
  references = false,
): Mapped<T>[] {
  const out: Mapped<T>[] = [];
  for (const row of table.rows) {
    const cells = cellsOf(table, row);
    try {
      const year = schoolYearOf(cells.text('year')) ?? cells.fail('year', 'a year like 2019 or 2019.0');
      if (year !== scope.year) {
        report.leaveOut(table.file, `rows of other years than the folder's ${scope.year} (stray earlier rows)`);
        continue;
      }
      const school = cells.text('agency_code');
      const reference = references ? referenceOf(school, scope.district) : null;
      const other = reference === null ? otherAgency(school, scope.district) : null;
      if (other !== null) {
        report.leaveOut(table.file, other);
        continue;
      }
      if (reference === null && !scope.schools.has(school))
        cells.fail('agency_code', `a school of LEA ${scope.district} listed in that year's rcd_location.csv`);
      const group = groupColumn === undefined ? 'all' : groupOf(cells, groupColumn, table.file, report);
      if (group === null) continue;
      const mapped = map(cells, { school_year: year, school_id: school, student_group: group });
      if (mapped !== null) out.push({ file: table.file, line: row.line, row: mapped, ...(reference === null ? {} : { reference }) });
    } catch (error) {
      if (!(error instanceof UnmappedValue)) throw error;
      report.issues.add(error.issue);
    }
  }
  return out;
}

function groupOf(cells: Cells, column: string, file: string, report: ImportReport): StudentGroupId | null {
  const code = cells.text(column).toUpperCase();
  const group = SUBGROUPS[code];
  if (group) return group;
  const unmatched = UNMATCHED_SUBGROUPS[code];
  if (unmatched) {
    report.leaveOut(file, `subgroup ${code} (${unmatched}): the project has no such student group`);
    return null;
  }
  return cells.fail(column, `an NC subgroup code: ${[...Object.keys(SUBGROUPS), ...Object.keys(UNMATCHED_SUBGROUPS)].join(', ')}`);
}

import type { DataIssue, IssueCollector } from '../errors.ts';
import type { Located } from './csv.ts';
import { rowKey, type RowKeyParts } from './keys.ts';
import { isOpen } from './schools.ts';
import type { SchoolRow } from './schemas.ts';

/** What the rows of the other tables are checked against: the schools of data/schools.csv. */
export interface SchoolList {
  byId: ReadonlyMap<string, SchoolRow>;
  /** The first problem of each rejected row, by the school_id written in it. */
  rejected: ReadonlyMap<string, DataIssue>;
  /** The first problem of a schools.csv that gave no school at all (unreadable, no header, every row rejected). */
  unusable: DataIssue | undefined;
}

/**
 * Every row names a listed school, in a year it was open, once per key; returns the years the
 * rows cover. A row whose school was rejected is not checked against it: it is counted under
 * the school's own problem, which is the one to fix.
 */
export function checkSchoolYearRows(
  tables: readonly (readonly [file: string, rows: readonly Located<RowKeyParts>[]])[],
  schools: SchoolList,
  issues: IssueCollector,
): Set<string> {
  const years = new Set<string>();
  const knockOn = new Map<DataIssue, Map<string, number>>();
  for (const [file, rows] of tables) {
    const seen = new Map<string, number>();
    for (const { line, row } of rows) {
      years.add(row.school_year);
      const cause = schools.unusable ?? schools.rejected.get(row.school_id);
      if (cause && !schools.byId.has(row.school_id)) countUnder(knockOn, cause, file);
      else checkSchool(file, line, row, schools.byId, issues);
      const key = rowKey(row);
      const first = seen.get(key);
      if (first !== undefined) issues.add({ file, line, value: key, expected: `one row per ${describeKey(file)}; line ${first} has the same` });
      else seen.set(key, line);
    }
  }
  for (const [cause, counts] of knockOn) issues.fold(cause, [...counts].map(([file, count]) => ({ file, count })));
  return years;
}

function countUnder(knockOn: Map<DataIssue, Map<string, number>>, cause: DataIssue, file: string): void {
  let counts = knockOn.get(cause);
  if (!counts) knockOn.set(cause, (counts = new Map()));
  counts.set(file, (counts.get(file) ?? 0) + 1);
}

function checkSchool(file: string, line: number, row: RowKeyParts, byId: ReadonlyMap<string, SchoolRow>, issues: IssueCollector): void {
  const school = byId.get(row.school_id);
  if (!school) {
    issues.add({ file, line, column: 'school_id', value: row.school_id, expected: 'a school_id listed in data/schools.csv' });
  } else if (!isOpen(school, row.school_year)) {
    issues.add({
      file,
      line,
      column: 'school_year',
      value: row.school_year,
      expected: `a year when ${school.name} was open (${school.opened ?? 'before the data'} to ${school.closed ?? 'now'})`,
    });
  }
}

function describeKey(file: string): string {
  if (file.endsWith('enrollment.csv')) return 'school year, school and student group';
  if (file.endsWith('measures.csv')) return 'school year, school, indicator and student group';
  return 'school year and school';
}

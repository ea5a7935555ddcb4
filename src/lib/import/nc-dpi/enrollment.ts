import type { StudentGroupId } from '../../data/groups.ts';
import type { ImportReport } from '../report.ts';
import type { SourceTable } from '../rows.ts';
import { mapSchoolRows, type Scope } from './school-rows.ts';

export type EnrollmentOut = {
  school_year: string;
  school_id: string;
  student_group: StudentGroupId;
  count: number;
};

/** `ec_pupils.csv` columns are `<race> male` and `<race> female`. */
const RACES: readonly [string, StudentGroupId][] = [
  ['indian', 'american_indian'],
  ['asian', 'asian'],
  ['hispanic', 'hispanic'],
  ['black', 'black'],
  ['white', 'white'],
  ['pacific island', 'pacific_islander'],
  ['two or more', 'multiracial'],
];
const SEXES = ['male', 'female'] as const;

/**
 * Enrollment by race and by sex from `ec_pupils.csv`, which counts each race × sex cell.
 * `total` (written `1,224` above a thousand) must be the cells' sum, or the row is reported.
 */
export function mapEnrollment(table: SourceTable, scope: Scope, report: ImportReport) {
  const missing = [...RACES.flatMap(([race]) => SEXES.map((sex) => `${race} ${sex}`)), 'total'].filter(
    (column) => !table.columns.includes(column),
  );
  for (const column of missing) report.fatal.add({ file: table.file, line: 1, expected: `a column named "${column}"` });
  if (missing.length > 0) return [];
  return mapSchoolRows(table, scope, report, (cells, key) => {
    const count = (column: string) => cells.count(column) ?? cells.fail(column, 'a count of students (this file has no masked cells)');
    const byRace = RACES.map(([race, group]) => [group, count(`${race} male`) + count(`${race} female`)] as const);
    const bySex = SEXES.map((sex) => [sex, RACES.reduce((sum, [race]) => sum + count(`${race} ${sex}`), 0)] as const);
    const total = count('total');
    const sum = byRace.reduce((s, [, n]) => s + n, 0);
    if (total !== sum) cells.fail('total', `the sum of the row's race and sex counts (${sum})`);
    return [['all', total] as const, ...byRace, ...bySex].map(([group, n]): EnrollmentOut => ({ ...key, student_group: group, count: n }));
  });
}

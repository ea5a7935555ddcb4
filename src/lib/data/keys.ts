/** The columns that identify a row of the district's tables, in the order keys are written. */
export interface RowKeyParts {
  school_year: string;
  school_id: string;
  indicator_id?: string;
  student_group?: string;
}

/**
 * One text key per row: school year, school, then indicator and student group where the table
 * has them (`2023-24 0101 chronic_absenteeism all`). Every lookup and duplicate check uses it,
 * so two tables' keys for the same school year always agree. Error messages quote it as is.
 */
export function rowKey({ school_year, school_id, indicator_id, student_group }: RowKeyParts): string {
  return [school_year, school_id, indicator_id, student_group].filter((part) => part !== undefined).join(' ');
}

/**
 * One key for a year, indicator and group across all of a district's schools: a district's
 * published average and the schools' cells it adds up are matched by it.
 */
export function districtKey({ school_year, indicator_id, student_group }: { school_year: string; indicator_id: string; student_group: string }): string {
  return `${school_year} ${indicator_id} ${student_group}`;
}

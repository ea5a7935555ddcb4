import type { IssueCollector } from '../errors.ts';
import { findSlugClashes } from '../site/slug.ts';
import type { Located } from './csv.ts';
import type { SchoolRow } from './schemas.ts';

/** Whether a school operated in a school year, by its opened and closed years. */
export function isOpen(school: SchoolRow, year: string): boolean {
  return (school.opened === null || year >= school.opened) && (school.closed === null || year <= school.closed);
}

/** Unique ids whose addresses do not clash, and consistent years and coordinates; returns schools by id. */
export function checkSchools(schools: Located<SchoolRow>[], issues: IssueCollector): Map<string, SchoolRow> {
  const file = 'data/schools.csv';
  const byId = new Map<string, SchoolRow>();
  const lineOf = new Map<string, number>();
  for (const { line, row } of schools) {
    const first = lineOf.get(row.school_id);
    if (first !== undefined) {
      issues.add({ file, line, column: 'school_id', value: row.school_id, expected: `a school_id not used before (line ${first} has it)` });
      continue;
    }
    if (row.opened !== null && row.closed !== null && row.closed < row.opened)
      issues.add({ file, line, column: 'closed', value: row.closed, expected: `a year no earlier than opened (${row.opened})` });
    if ((row.latitude === null) !== (row.longitude === null))
      issues.add({ file, line, column: row.latitude === null ? 'latitude' : 'longitude', value: '', expected: 'both latitude and longitude, or neither' });
    byId.set(row.school_id, row);
    lineOf.set(row.school_id, line);
  }
  for (const [first, second, slug] of findSlugClashes([...byId.keys()]))
    issues.add({
      file,
      line: lineOf.get(second) ?? 0,
      column: 'school_id',
      value: second,
      expected: `a school_id whose page address differs from ${first}'s (ids that differ only by case or punctuation both become /schools/${slug}/)`,
    });
  return byId;
}

import type { IssueCollector } from '../errors.ts';
import { slugify } from '../site/slug.ts';
import type { Located } from './csv.ts';
import type { SchoolList } from './school-rows.ts';
import type { SchoolAliasRow } from './schemas.ts';

const FILE = 'data/school_aliases.csv';

/**
 * Each alias names a listed school, and each former id keeps its own page address: an old id's
 * address becomes a page that sends readers on to the school, so it may not be a current
 * school's address or another former id's. An alias of a school whose row was rejected is not
 * checked against it: the school's own problem is the one to fix.
 */
export function checkAliases(aliases: readonly Located<SchoolAliasRow>[], schools: SchoolList, issues: IssueCollector): void {
  const currentBySlug = new Map([...schools.byId.keys()].map((id) => [slugify(id), id]));
  const formerBySlug = new Map<string, { id: string; line: number }>();
  for (const { line, row } of aliases) {
    const rejected = schools.unusable !== undefined || schools.rejected.has(row.school_id);
    if (!schools.byId.has(row.school_id) && !rejected)
      issues.add({ file: FILE, line, column: 'school_id', value: row.school_id, expected: 'a school_id listed in data/schools.csv' });
    if (row.former_id === null) continue;
    const slug = slugify(row.former_id);
    const current = currentBySlug.get(slug);
    const earlier = formerBySlug.get(slug);
    if (current !== undefined)
      issues.add({
        file: FILE,
        line,
        column: 'former_id',
        value: row.former_id,
        expected:
          current === row.former_id
            ? `an id no school has now (${current} is a school in data/schools.csv)`
            : `an id whose page address differs from school ${current}'s (both would be /schools/${slug}/)`,
      });
    else if (earlier !== undefined)
      issues.add({
        file: FILE,
        line,
        column: 'former_id',
        value: row.former_id,
        expected: `a former id given once (line ${earlier.line} has ${earlier.id}, which has the same page address /schools/${slug}/)`,
      });
    else formerBySlug.set(slug, { id: row.former_id, line });
  }
}

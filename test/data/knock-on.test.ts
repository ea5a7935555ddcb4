import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteFiles } from '../../src/lib/data/site-files.ts';
import { appendLine, issuesOf, replaceLine, tinySiteWith } from './site-fixture.ts';

const OTHER_TABLES = ['data/enrollment.csv', 'data/measures.csv', 'data/spending.csv'];
const SCHOOLS = 'data/schools.csv';
const ALDER = '0101,D1,Alder Elementary,elementary,K-5,1 Alder Way,Riverside,02134,38.50000,-121.50000,North,,';

/** The data rows of each of the other tables, or of those that name one school. */
function rowsOf(files: ReadonlyMap<string, string>, schoolId?: string): { file: string; count: number }[] {
  return OTHER_TABLES.map((file) => {
    const rows = (files.get(file) ?? '').trim().split('\n').slice(1);
    return { file, count: rows.filter((row) => schoolId === undefined || row.split(',')[1] === schoolId).length };
  });
}

/** Deterministic bytes: the same "random" file on every run and machine. */
function seededBytes(seed: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('a problem that stops other rows from being checked is told once, under its cause', () => {
  it('one bad schools.csv row: one problem, counting the rows elsewhere that name the school', () => {
    const files = tinySiteWith({ [SCHOOLS]: replaceLine(2, ALDER.replace('K-5', 'K5')) });
    expect(issuesOf(files)).toEqual([
      {
        file: SCHOOLS,
        line: 2,
        column: 'grades',
        value: 'K5',
        expected: 'grades like K-5, 9-12, 8 or "PK, K-5" (grades PK, K and 1 to 12; a span is written first-last)',
        knockOn: rowsOf(files, '0101'),
      },
    ]);
    // The fixture has rows of Alder in every table, so the counts say something.
    expect(rowsOf(files, '0101').every(({ count }) => count > 0)).toBe(true);
  });

  it('a row with a stray comma is still known by its id; an id listed nowhere is still reported', () => {
    const files = tinySiteWith({
      [SCHOOLS]: replaceLine(2, ALDER.replace('1 Alder Way', '1, Alder Way')),
      'data/spending.csv': appendLine('2023-24,0199,300,9800'),
    });
    expect(issuesOf(files)).toMatchObject([
      { file: SCHOOLS, line: 2, expected: expect.stringContaining('13 cells'), knockOn: rowsOf(files, '0101') },
      { file: 'data/spending.csv', line: 7, column: 'school_id', value: '0199', expected: 'a school_id listed in data/schools.csv' },
    ]);
  });

  it('a schools.csv whose every row is rejected: no school_id is checked, one note per table under the first problem', () => {
    const files = tinySiteWith({
      [SCHOOLS]: (text) => text.replace(/,(K-5|6-8|9-12),/g, ',K to 5,'),
      'data/spending.csv': appendLine('2023-24,0199,300,9800'),
    });
    const issues = issuesOf(files);
    expect(issues.map((issue) => [issue.line, issue.column])).toEqual([
      [2, 'grades'],
      [3, 'grades'],
      [4, 'grades'],
    ]);
    expect(issues[0]?.knockOn).toEqual(rowsOf(files));
  });

  it('a schools.csv without its header: one problem for the header, not one per column', () => {
    const files = tinySiteWith({ [SCHOOLS]: (text) => text.split('\n').slice(1).join('\n') });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ file: SCHOOLS, line: 1, value: ALDER, expected: expect.stringContaining('a header row with the columns school_id,') }),
    ]);
    expect(issuesOf(files)[0]?.knockOn).toEqual(rowsOf(files));
  });

  it('random bytes as the demo district\'s schools.csv: a handful of problems, every other row counted once', () => {
    const demo = new Map(loadSiteFiles(join(import.meta.dirname, '..', '..')));
    const everyRow = rowsOf(demo).reduce((sum, { count }) => sum + count, 0);
    expect(everyRow).toBeGreaterThan(30_000);
    for (const seed of [1, 2, 3]) {
      const issues = issuesOf(new Map(demo).set(SCHOOLS, seededBytes(seed, 20_000).toString('utf8')));
      expect(issues.length, `seed ${String(seed)}`).toBeLessThanOrEqual(5);
      expect(issues.every((issue) => issue.file === SCHOOLS)).toBe(true);
      const counted = issues.flatMap((issue) => issue.knockOn ?? []).reduce((sum, { count }) => sum + count, 0);
      expect(counted).toBe(everyRow);
    }
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { EnrollmentCellsSchema, SchoolAliasRowSchema, SchoolRowSchema, TABLE_COLUMNS } from '../../src/lib/data/schemas.ts';
import { issuesIn, issuesOf, parseTiny, replaceLine, tinySiteWith, withoutDataFile } from './site-fixture.ts';

const SCHOOLS = 'data/schools.csv';

describe('a directory without addresses, coordinates or contacts', () => {
  const header = 'school_id,district_id,name,level,grades';
  const bare = () =>
    [header, '0101,D1,Alder Elementary,elementary,K-5', '0102,D1,Birch Middle,middle,6-8', '0103,D1,Cedar High,high,9-12', ''].join('\n');

  it('reads a schools.csv that has only the required columns, as if the others were blank', () => {
    const { schools } = parseTiny({ [SCHOOLS]: bare });
    expect(schools[0]).toMatchObject({ address: null, city: null, zip: null, latitude: null, phone: null, website: null, region: null });
  });

  it('still refuses an unknown column, and a missing required one', () => {
    const files = tinySiteWith({ [SCHOOLS]: (text) => replaceLine(1, 'school_id,district_id,name,level,grade,address')(text) });
    expect(issuesIn(SCHOOLS, files)).toMatchObject([
      { file: SCHOOLS, line: 1, column: 'grades', expected: 'a column named "grades"' },
      { file: SCHOOLS, line: 1, column: 'grade', value: 'grade', expected: expect.stringContaining('may be left out') },
    ]);
  });

  it('reads phone and website where the directory has them, and refuses a website that is not http(s)', () => {
    const withContacts = (website: string) => () =>
      [`${header},phone,website`, `0101,D1,Alder Elementary,elementary,K-5,(555) 010-2000,${website}`, '0102,D1,Birch Middle,middle,6-8,,', '0103,D1,Cedar High,high,9-12,,', ''].join('\n');
    expect(parseTiny({ [SCHOOLS]: withContacts('https://alder.example.org/') }).schools[0]).toMatchObject({
      phone: '(555) 010-2000',
      website: 'https://alder.example.org/',
    });
    for (const website of ['javascript:alert(1)', 'www.alder.example.org', 'ftp://alder.example.org'])
      expect(issuesIn(SCHOOLS, tinySiteWith({ [SCHOOLS]: withContacts(website) }))).toMatchObject([
        { file: SCHOOLS, line: 2, column: 'website', value: website, expected: expect.stringContaining('https://') },
      ]);
  });

  it('declares as optional only columns whose every cell may be blank', () => {
    const shapes: Record<string, Record<string, { safeParse: (value: string) => { success: boolean } }>> = {
      schools: SchoolRowSchema.shape,
      enrollment: EnrollmentCellsSchema.shape,
      school_aliases: SchoolAliasRowSchema.shape,
    };
    for (const [table, { optional }] of Object.entries(TABLE_COLUMNS))
      for (const column of optional) expect(shapes[table]?.[column]?.safeParse('').success, `${table}.${column}`).toBe(true);
  });
});

describe('optional files stay optional', () => {
  it('a district without spending data has no data/spending.csv', () => {
    expect(parseTiny(withoutDataFile('spending.csv')).spending).toEqual([]);
  });

  it('a district without former names has no data/school_aliases.csv', () => {
    expect(parseTiny(withoutDataFile('school_aliases.csv')).aliases).toEqual([]);
  });

  it('but a file the manifest lists must exist, and the required files always', () => {
    expect(issuesOf(tinySiteWith({ 'data/spending.csv': () => null }))).toMatchObject([
      { file: 'data/manifest.json', value: 'data/spending.csv', expected: 'only files that exist in data/' },
    ]);
    expect(issuesOf(tinySiteWith({ 'data/enrollment.csv': () => null }))).toContainEqual(
      expect.objectContaining({ file: 'data/enrollment.csv', expected: 'this file to exist' }),
    );
  });
});

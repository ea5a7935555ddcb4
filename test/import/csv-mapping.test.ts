import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeSiteFrom } from '../../scripts/build-site.ts';
import { formatIssue, IssueCollector } from '../../src/lib/errors.ts';
import { readMapping } from '../../src/lib/import/mapping/read-mapping.ts';
import { CSV_FIXTURE, importFixture, tableLines } from './csv-mapping-fixture.ts';

const messages = (result: ReturnType<typeof importFixture>) => result.report.issues.issues.map(formatIssue);
const fatal = (result: ReturnType<typeof importFixture>) => result.report.fatal.issues.map(formatIssue);

describe('the CSV importer on a hand-written wide file and a long file', () => {
  const result = importFixture();

  it("writes the directory of the district's schools, levels mapped and grades in the site's spelling", () => {
    expect(tableLines(result, 'schools')).toEqual([
      '100,01,Alpha Elementary,elementary,K-5,,,,,,,,,,',
      '101,01,Beta Middle,middle,6-8,,,,,,,,,,',
    ]);
  });

  it('reads the year from the file name and from a column, values scaled and masks turned into statuses', () => {
    expect(tableLines(result, 'measures')).toEqual([
      '2018-19,100,chronic_absenteeism,all,20,400,,ok,',
      '2018-19,100,chronic_absenteeism,english_learner,,,,suppressed,"written ""n<10"" in the source"',
      '2018-19,100,ell_share,all,,,12.5,ok,',
      // 0.45 is a fraction: 45%.
      '2018-19,100,poverty_share,all,,,45,ok,',
      '2018-19,101,chronic_absenteeism,all,30,300,,ok,',
      '2018-19,101,ell_share,all,,,,suppressed,fewer than 10 students',
      '2018-19,101,poverty_share,all,,,95,coded_high,"written ""Above 95%"" in the source"',
    ]);
    expect(tableLines(result, 'enrollment')).toEqual(['2018-19,100,all,400,ok,', '2018-19,101,all,300,ok,']);
  });

  it("writes the district's own row as references, never as a school", () => {
    expect(tableLines(result, 'references')).toEqual([
      '2018-19,district,chronic_absenteeism,all,50,700,,ok,',
      '2018-19,district,ell_share,all,,,11,ok,',
      '2018-19,district,poverty_share,all,,,50,ok,',
    ]);
  });

  it('reports a value it cannot read at its file, line and column, and counts the rows left out by design', () => {
    expect(messages(result)).toEqual([
      'long.csv line 6, column "Absent": got "abc", expected a number like 12 or 45.2, a blank cell, or one of the masking codes "*", "n<10", "Above 95%".',
    ]);
    expect(Object.fromEntries(result.report.skipped)).toEqual({
      'wide_2019.csv: rows whose District is not 01': 1,
      'long.csv: rows of the group "GIFTED" (Group), which the mapping does not name': 1,
    });
  });

  it('writes the manifest with the --published date and the starter content with a placeholder explanation', () => {
    const manifest = JSON.parse(result.files.get('data/manifest.json') ?? '{}') as {
      published: string;
      files: { path: string; licence: string }[];
    };
    expect(manifest.published).toBe('2019-09-01');
    expect(manifest.files.map((file) => file.path)).toEqual(['schools.csv', 'enrollment.csv', 'measures.csv', 'references.csv']);
    expect(manifest.files.every((file) => file.licence === 'Public records')).toBe(true);
    expect([...result.files.keys()].filter((path) => path.startsWith('content/indicators/')).sort()).toEqual([
      'content/indicators/chronic_absenteeism.md',
      'content/indicators/ell_share.md',
      'content/indicators/poverty_share.md',
    ]);
    expect(result.files.get('content/indicators/ell_share.md')).toContain('PLACEHOLDER: replace this paragraph');
    expect(result.files.get('content/indicators/ell_share.md')).toContain('scored: false');
  });

  it('gives a site folder the site check reads without a problem', () => {
    const site = mkdtempSync(join(tmpdir(), 'csv-import-'));
    try {
      for (const [path, text] of result.files) {
        mkdirSync(dirname(join(site, path)), { recursive: true });
        writeFileSync(join(site, path), text);
      }
      const { site: data } = computeSiteFrom(site);
      expect(data.site.years).toEqual(['2018-19']);
      expect(data.schools.length).toBe(2);
      expect(data.indicators.map((indicator) => indicator.id).sort()).toEqual(['chronic_absenteeism', 'ell_share', 'poverty_share']);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('gives byte-identical files for the same inputs', () => {
    expect([...importFixture().files]).toEqual([...result.files]);
  });
});

describe('the CSV importer on problems', () => {
  it('names a code the mapping does not translate, with the codes it expected, and leaves the school out', () => {
    const result = importFixture({ 'wide_2019.csv': (text) => text.replace('01,100,Alpha Elementary,E,', '01,100,Alpha Elementary,X,') });
    expect(messages(result)).toContain(
      'wide_2019.csv line 2, column "Level": got "X", expected one of the codes the mapping translates: "E", "M", "H".',
    );
    expect(tableLines(result, 'schools').map((line) => line.split(',')[0])).toEqual(['101']);
    expect(result.report.skipped.get('long.csv: rows of schools no directory file lists')).toBe(2);
  });

  it("reports a directory value the site would refuse with the site's own words, at the source column", () => {
    const result = importFixture({ 'wide_2019.csv': (text) => text.replace(',K-5,', ',K-15,') });
    expect(messages(result)).toContain(
      'wide_2019.csv line 2, column "Grades": got "K-15", expected grades like K-5, 9-12, 8 or "PK, K-5" (grades PK, K and 1 to 12; a span is written first-last).',
    );
  });

  it('reports an unreadable year, a numerator above its denominator and a duplicate row, all in one run', () => {
    const result = importFixture({
      'long.csv': (text) =>
        `${text.replace('2018-19,101,All,30,300', '2018-20,101,All,30,300').replace('2018-19,100,All,20,400', '2018-19,100,All,500,400')}2018-19,999,All,50,700\n`,
    });
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        'long.csv line 2, column "Absent": got "500", expected a numerator no larger than the denominator (400).',
        'long.csv line 5, column "School Year": got "2018-20", expected a school year like 2018-19.',
        'long.csv line 8: expected one row per school year, school, indicator and group (long.csv line 7 has the same).',
      ]),
    );
  });

  it('writes nothing when a column the mapping names is not in the file, naming every missing column', () => {
    const result = importFixture({ 'long.csv': (text) => text.replace('Absent', 'Absences').replace('Group', 'Subgroup') });
    expect(result.files.size).toBe(0);
    expect(fatal(result)).toEqual([
      'long.csv line 1, column "Group": expected a column named "Group", as the mapping says (the header has 5 columns).',
      'long.csv line 1, column "Absent": expected a column named "Absent", as the mapping says (the header has 5 columns).',
    ]);
  });

  it('writes nothing without a valid --published date', () => {
    const result = importFixture({}, 'today');
    expect(result.files.size).toBe(0);
    expect(fatal(result)).toEqual([
      '--published: got "today", expected the date the source files were published, written like 2024-09-01.',
    ]);
  });

  it('names a mapping key that is wrong at its line, and a misspelt key', () => {
    const issues = new IssueCollector();
    const text = readFileSync(join(CSV_FIXTURE, 'mapping.yaml'), 'utf8')
      .replace('format: end_year', 'format: end')
      .replace('district_id:', 'districtid:');
    expect(readMapping(text, 'mapping.yaml', issues)).toBeNull();
    const lines = text.split('\n');
    const found = issues.issues.map((issue) => [issue.column, issue.line]);
    expect(found).toContainEqual(['files.0.year', lines.findIndex((line) => line.includes('format: end')) + 1]);
    expect(found.map(([column]) => column)).toContain('districtid');
  });

  it('names an indicator or a domain the mapping uses without declaring it', () => {
    const issues = new IssueCollector();
    const text = readFileSync(join(CSV_FIXTURE, 'mapping.yaml'), 'utf8')
      .replace('indicator: ell_share,', 'indicator: ell_rate,')
      .replace('domain: climate,', 'domain: school_climate,');
    expect(readMapping(text, 'mapping.yaml', issues)).toBeNull();
    expect(issues.issues.map((issue) => [issue.column, issue.value, issue.expected])).toEqual([
      ['indicators.2.domain', 'school_climate', 'one of the domains listed under "domains": needs, climate'],
      [
        'files.0.values.1.indicator',
        'ell_rate',
        'one of the indicators listed under "indicators": poverty_share, ell_share, chronic_absenteeism',
      ],
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../src/lib/errors.ts';
import { importCsv } from '../../src/lib/import/mapping/import.ts';
import { readMapping } from '../../src/lib/import/mapping/read-mapping.ts';
import { importExcerpt } from './nc-dpi-fixture.ts';

const EXCERPT = join(import.meta.dirname, '..', 'fixtures', 'nc-dpi-excerpt');
type Rows = Record<string, string>[];
const rowsOf = (text: string): Rows => parse(text, { columns: true, bom: true }) as Rows;

// The committed mapping, unchanged, over the excerpt: every path it names is inside the excerpt.
const fatal = new IssueCollector();
const mapping = readMapping(
  readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'wake', 'mapping.yaml'), 'utf8'),
  'mapping.yaml',
  fatal,
);
if (mapping === null) throw new Error(JSON.stringify(fatal.issues));
const mapped = importCsv(mapping, new Map(mapping.files.map((file) => [file.path, readFileSync(join(EXCERPT, file.path), 'utf8')])), {
  published: '2020-06-12',
});
const coded = importExcerpt();

const table = (files: Map<string, string>, name: string): Rows => rowsOf(files.get(`data/${name}.csv`) ?? '');

/** A table's rows in the coded importer's columns, sorted: the two importers order groups differently. */
function compared(name: string) {
  const codedRows = table(coded.files, name);
  const columns = Object.keys(codedRows[0] ?? {});
  const line = (row: Record<string, string>) => columns.map((column) => row[column] ?? '').join(',');
  const codedLines = codedRows.map(line).sort();
  const mappedLines = table(mapped.files, name).map(line).sort();
  return {
    onlyCoded: codedLines.filter((l) => !mappedLines.includes(l)),
    onlyMapped: mappedLines.filter((l) => !codedLines.includes(l)),
  };
}

/** A raw cell of the excerpt: the row of `file` whose cells include every one of `where`. */
function raw(file: string, where: Record<string, string>, column: string): string {
  const row = rowsOf(readFileSync(join(EXCERPT, file), 'utf8')).find((r) => Object.entries(where).every(([k, v]) => r[k] === v));
  if (row?.[column] === undefined) throw new Error(`no ${column} in ${file} for ${JSON.stringify(where)}`);
  return row[column];
}
const measure = (year: string, school: string, indicator: string, group = 'all') =>
  table(mapped.files, 'measures').find(
    (m) => m.school_year === year && m.school_id === school && m.indicator_id === indicator && m.student_group === group,
  );
const count = (year: string, school: string, group: string) =>
  table(mapped.files, 'enrollment').find((m) => m.school_year === year && m.school_id === school && m.student_group === group)?.count;

describe('the Wake example mapping against the coded NC importer, on the NC excerpt', () => {
  it('imports without a fatal problem, refusing the same values', () => {
    expect(mapped.report.fatal.issues).toEqual([]);
    expect(coded.report.fatal.issues).toEqual([]);
    // The coded importer also refuses rcd_eq's 920124, which the mapping leaves out as a school no directory lists.
    const at = (issues: { file: string; line?: number }[]) => issues.map((issue) => `${issue.file}:${issue.line}`);
    expect(at(mapped.report.issues.issues)).toEqual(at(coded.report.issues.issues).filter((place) => place !== 'SRC_2019/rcd_eq.csv:3'));
  });

  it('gives the same directory, measures, references, enrollment and spending, in the columns the coded importer writes', () => {
    for (const name of ['schools', 'measures', 'references', 'enrollment', 'spending']) {
      expect(compared(name), name).toEqual({ onlyCoded: [], onlyMapped: [] });
      expect(table(mapped.files, name).length, name).toBe(table(coded.files, name).length);
      expect(table(mapped.files, name).length, name).toBeGreaterThan(0);
    }
    // What a mapping adds from the asm_option column, and the opening year from the directories' years.
    expect(measure('2018-19', '920324', 'achievement_score')?.reason).toBe(
      'alternative school: NCDPI gives it no achievement score (asm_option Y)',
    );
    expect(table(mapped.files, 'schools').find((school) => school.school_id === '920315')?.opened).toBe('2018-19');
  });

  it('writes the columns the coded importer leaves out, and rows in their own order (MAPPING.md, 1 and 2)', () => {
    // The current columns: phone and website (blank) and enrollment's status (ok) and reason (blank).
    expect(table(mapped.files, 'schools').every((row) => row.phone === '' && row.website === '')).toBe(true);
    expect(table(mapped.files, 'enrollment').every((row) => row.status === 'ok' && row.reason === '')).toBe(true);
    const header = (files: Map<string, string>, name: string) => files.get(`data/${name}.csv`)?.split('\n')[0];
    expect(header(mapped.files, 'measures')).toBe(header(coded.files, 'measures'));
    expect(mapped.files.get('data/measures.csv')).not.toBe(coded.files.get('data/measures.csv'));
  });

  it('writes its own manifest, over the same tables (MAPPING.md, 3)', () => {
    const data = (files: Map<string, string>) => [...files.keys()].filter((path) => path.startsWith('data/')).sort();
    expect(data(mapped.files)).toEqual(data(coded.files));
    expect(mapped.files.get('data/manifest.json')).not.toBe(coded.files.get('data/manifest.json'));
  });

  it("gives three schools' numbers as the excerpt has them", () => {
    // 920304 Adams Elementary, 2018-19: counts added up across sexes, a rate's two counts, a letter grade.
    const pupils = (column: string) => Number(raw('SRC_2019/ec_pupils.csv', { agency_code: '920304' }, column).replace(',', ''));
    expect(count('2018-19', '920304', 'asian')).toBe(String(pupils('asian male') + pupils('asian female')));
    expect(count('2018-19', '920304', 'all')).toBe(String(pupils('total')));
    const absent = { agency_code: '920304', subgroup: 'ALL' };
    expect(measure('2018-19', '920304', 'chronic_absenteeism')).toMatchObject({
      numerator: raw('SRC_2019/rcd_chronic_absent.csv', absent, 'Count'),
      denominator: raw('SRC_2019/rcd_chronic_absent.csv', absent, 'den'),
      status: 'ok',
    });
    expect(measure('2018-19', '920304', 'performance_grade')?.value).toBe(raw('SRC_2019/rcd_acc_spg2.csv', absent, 'spg_grade'));
    expect(measure('2018-19', '920304', 'achievement_score')?.value).toBe(raw('SRC_2019/rcd_acc_spg2.csv', absent, 'ach_score'));
    // 920386 Crossroads FLEX, 2018-19: pct_eds masked 2.0, and a graduation rate masked 1.0 that keeps its cohort.
    expect(raw('SRC_2019/rcd_acc_eds.csv', { agency_code: '920386' }, 'pct_eds_masking')).toBe('2.0');
    expect(measure('2018-19', '920386', 'econ_disadv_share')).toMatchObject({ value: '5', status: 'coded_low' });
    const male = { agency_code: '920386', cgr_type: 'STD', subgroup: 'MALE' };
    expect(raw('SRC_2019/rcd_acc_cgr.csv', male, 'masking')).toBe('1.0');
    expect(measure('2018-19', '920386', 'graduation_rate', 'male')).toMatchObject({
      value: '95',
      denominator: raw('SRC_2019/rcd_acc_cgr.csv', male, 'den'),
      status: 'coded_high',
    });
    // 920324 Longview, 2017-18: suspensions of Hispanic students under mask code 3, the school's own shown.
    const hispanic = { agency_code: '920324', subgroup: 'HI7' };
    expect(raw('SRC_2018/rcd_inc2.csv', hispanic, 'sts_mask_code')).toBe('3');
    expect(measure('2017-18', '920324', 'short_term_suspensions', 'hispanic')).toMatchObject({ value: '', status: 'suppressed' });
    expect(measure('2017-18', '920324', 'short_term_suspensions')?.value).toBe(
      raw('SRC_2018/rcd_inc2.csv', { agency_code: '920324', subgroup: 'ALL' }, 'sts_per1000'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatIssue, IssueCollector } from '../../src/lib/errors.ts';
import { importCsv } from '../../src/lib/import/mapping/import.ts';
import { readMapping } from '../../src/lib/import/mapping/read-mapping.ts';
import { tableLines } from './csv-mapping-fixture.ts';

// One statewide file in NC's manner: ids that start with the district's number, masks in sibling columns.
const STATE = `year,id,span,zip,boys,girls,pct,den,masking
2019,920001,P2:05,27511.0,10,12,40.5,22,
2019,920002,09:13,27603,5,6,95.0,11,1.0
2019,920003,KG:08,27604.0,7,8,12.0,15,0
2019,930001,KG:05,27000,1,1,50.0,2,
2019,920LEA,,,,,33.3,999,
`;

const MAPPING = `site: { name: S, short_name: S, need_measure: rate }
source: { title: T, publisher: P, licence: L, version: '1' }
district_id: '920'
files:
  - path: state.csv
    year: { column: year, format: end_year }
    school_id: id
    filters: [{ column: id, matches: '^920(\\d{3}|LEA)$' }]
    references: [{ column: id, equals: [920LEA], reference: district }]
    directory:
      name: id
      level: { value: combined }
      grades: { span: span, separator: ':', ends: { P2: PK, '13': '12' } }
      zip: { column: zip, keep: '^(\\d{5})(\\.0)?$' }
    values:
      - as: count
        column: { sum: [boys, girls] }
      - { as: spending, federal: den, state_local: { sum: [pct, den] } }
      - as: value
        indicator: rate
        column: pct
        scale: percent
        denominator: den
        masks: { '1': { status: coded_high, bound: 95 }, '3': { status: suppressed } }
        mask_column: { column: masking, unmasked: ['0'] }
domains: [{ id: d, title: D, weight: 1 }]
indicators: [{ id: rate, title: R, domain: d, kind: context, unit: percent, direction: lower_is_better, source: state.csv }]
`;

function run(edit: (text: string) => string = (text) => text, mapping = MAPPING) {
  const fatal = new IssueCollector();
  const read = readMapping(mapping, 'mapping.yaml', fatal);
  if (read === null) return { fatal: fatal.issues.map(formatIssue), result: null };
  return { fatal: [], result: importCsv(read, new Map([['state.csv', edit(STATE)]]), { published: '2020-01-01' }) };
}

describe('mapping fields for statewide files with masks in sibling columns', () => {
  const { result } = run();
  if (result === null) throw new Error('the mapping does not read');

  it("keeps the ids a pattern matches, the district's row as a reference, and counts the others", () => {
    expect(tableLines(result, 'schools').map((line) => line.split(',')[0])).toEqual(['920001', '920002', '920003']);
    expect(tableLines(result, 'references')).toEqual(['2018-19,district,rate,all,,999,33.3,ok,']);
    expect(result.report.skipped.get('state.csv: rows whose id is not matching ^920(\\d{3}|LEA)$')).toBe(1);
  });

  it('reads a grade span with its own separator and translated ends, and the kept part of a ZIP', () => {
    expect(tableLines(result, 'schools').map((line) => line.split(',').slice(4, 8).join(','))).toEqual([
      'PK-5,,,27511',
      '9-12,,,27603',
      'K-8,,,27604',
    ]);
  });

  it('writes spending per pupil, a sum of columns, to spending.csv', () => {
    expect(tableLines(result, 'spending')).toEqual(['2018-19,920001,22,62.5', '2018-19,920002,11,106', '2018-19,920003,15,27']);
  });

  it('adds a count up across columns', () => {
    expect(tableLines(result, 'enrollment')).toEqual([
      '2018-19,920001,all,22,ok,',
      '2018-19,920002,all,11,ok,',
      '2018-19,920003,all,15,ok,',
    ]);
  });

  it('reads the mask from its sibling column, 1.0 as the code 1, 0 as shown, and keeps the denominator of a coded range', () => {
    expect(tableLines(result, 'measures')).toEqual([
      '2018-19,920001,rate,all,,22,40.5,ok,',
      '2018-19,920002,rate,all,,11,95,coded_high,"written ""1.0"" in the source"',
      '2018-19,920003,rate,all,,15,12,ok,',
    ]);
  });

  it('names a masking code the mapping does not list, a ZIP the pattern does not match and an unreadable part of a sum', () => {
    const { result: bad } = run((text) => text.replace('12.0,15,0', '12.0,15,7').replace('27511.0', '2751').replace(',10,12,', ',*,12,'));
    expect(bad?.report.issues.issues.map(formatIssue)).toEqual([
      'state.csv line 2, column "zip": got "2751", expected a cell matching ^(\\d{5})(\\.0)?$.',
      'state.csv line 2, column "boys": got "*", expected a number like 12 or 45.2, or a blank cell.',
      'state.csv line 4, column "masking": got "7", expected a blank cell or a masking code: "0", "1", "3".',
    ]);
  });

  it('refuses a pattern that does not compile and a sum of one column, at their lines', () => {
    const mapping = MAPPING.replace("'^920(\\d{3}|LEA)$'", "'^920(('").replace('sum: [boys, girls]', 'sum: [boys]');
    expect(run(undefined, mapping).fatal).toEqual([
      'mapping.yaml line 8, column "files.0.filters.0.matches": got "^920((", expected a regular expression, like ^920\\d{3}$.',
      'mapping.yaml line 17, column "files.0.values.0.column.sum": got "[\\"boys\\"]", expected two or more columns to add up.',
    ]);
  });
});

// Two years of a directory and a score file: a school opens, another closes, one has a blank score and says why.
const YEARS_MAPPING = `site: { name: S, short_name: S, need_measure: score }
source: { title: T, publisher: P, licence: L, version: '1' }
district_id: '1'
files:
  - path: schools.csv
    year: { column: year, format: end_year }
    school_id: id
    directory:
      name: id
      level: { value: elementary }
      grades: { value: K-5 }
      address: { join: [street, street2], separator: ' / ' }
      opened: { from_years: true }
      closed: { from_years: true }
    values:
      - { as: value, indicator: score, column: score, missing_reason: { column: alt, equals: ['Y'], reason: an alternative school } }
domains: [{ id: d, title: D, weight: 1 }]
indicators: [{ id: score, title: R, domain: d, kind: outcome, unit: score, direction: higher_is_better, source: schools.csv }]
`;
const YEARS = `year,id,street,street2,score,alt
2018,a,1 Main St,,50,N
2018,b,2 Main St,,60,N
2019,b,2 Main St,Suite 4,,Y
2019,c,3 Main St,,,N
`;

describe('mapping fields for directories over several years', () => {
  const fatal = new IssueCollector();
  const mapping = readMapping(YEARS_MAPPING, 'mapping.yaml', fatal);
  if (mapping === null) throw new Error(JSON.stringify(fatal.issues));
  const result = importCsv(mapping, new Map([['schools.csv', YEARS]]), { published: '2020-01-01' });

  it("writes the year a school opened or closed from the years the directory lists it, and joins an address's lines", () => {
    expect(tableLines(result, 'schools')).toEqual([
      'a,1,a,elementary,K-5,1 Main St,,,,,,,,,2017-18',
      'b,1,b,elementary,K-5,2 Main St / Suite 4,,,,,,,,,',
      'c,1,c,elementary,K-5,3 Main St,,,,,,,,2018-19,',
    ]);
  });

  it('gives a blank value the reason its row says, and no other', () => {
    expect(tableLines(result, 'measures').filter((line) => line.startsWith('2018-19'))).toEqual([
      '2018-19,b,score,all,,,,missing,an alternative school',
      '2018-19,c,score,all,,,,missing,',
    ]);
  });
});

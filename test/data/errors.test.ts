import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/errors.ts';
import { appendLine, issuesOf, parseTiny, replaceLine, tinySiteWith } from './site-fixture.ts';

const MEASURES = 'data/measures.csv';
const measureLine = (n: number, line: string) => tinySiteWith({ [MEASURES]: replaceLine(n, line) });

describe('bad CSV input names the file, line, column, value and what was expected', () => {
  it('a count with letters', () => {
    const [issue, ...rest] = issuesOf(measureLine(2, '2022-23,0101,absent,all,30,12a,,,'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: MEASURES, line: 2, column: 'denominator', value: '12a' });
    expect(formatIssue(issue!)).toBe(
      'data/measures.csv line 2, column "denominator": got "12a", expected a whole number like 240 (the count of students the rate is out of), or a blank cell. Hint: counts are whole numbers like 12 or 1,234.',
    );
  });

  it('a negative count', () => {
    const files = tinySiteWith({ 'data/enrollment.csv': replaceLine(3, '2022-23,0101,asian,-6') });
    expect(issuesOf(files)).toMatchObject([{ file: 'data/enrollment.csv', line: 3, column: 'count', value: '-6' }]);
  });

  it('a numerator larger than its denominator', () => {
    expect(issuesOf(measureLine(2, '2022-23,0101,absent,all,301,300,,,'))).toMatchObject([
      { file: MEASURES, line: 2, column: 'numerator', value: '301', expected: 'a numerator no larger than the denominator (300)' },
    ]);
  });

  it('a school year out of pattern', () => {
    const issues = issuesOf(
      tinySiteWith({ [MEASURES]: (text) => replaceLine(3, '2022-2023,0101,absent,asian,1,6,,,')(replaceLine(2, '2022-24,0101,absent,all,30,300,,,')(text)) }),
    );
    expect(issues).toMatchObject([
      { line: 2, column: 'school_year', value: '2022-24' },
      { line: 3, column: 'school_year', value: '2022-2023' },
    ]);
    expect(issues[0]?.expected).toContain('2023-24');
  });

  it('a duplicate key, pointing at the first occurrence', () => {
    expect(issuesOf(tinySiteWith({ [MEASURES]: appendLine('2022-23,0101,absent,all,31,300,,,') }))).toMatchObject([
      { file: MEASURES, line: 18, value: '2022-23 0101 absent all', expected: expect.stringContaining('line 2 has the same') },
    ]);
  });

  it('an unknown school id and an unknown indicator id', () => {
    const files = tinySiteWith({
      [MEASURES]: (text) => appendLine('2023-24,0199,absent,all,1,20,,,')(appendLine('2023-24,0101,attendance,all,1,20,,,')(text)),
    });
    expect(issuesOf(files)).toMatchObject([
      { line: 18, column: 'indicator_id', value: 'attendance', expected: 'an indicator id that has a file in content/indicators/' },
      { line: 19, column: 'school_id', value: '0199', expected: 'a school_id listed in data/schools.csv' },
    ]);
  });

  it('a year when the school was not open', () => {
    const files = tinySiteWith({ [MEASURES]: appendLine('2022-23,0103,absent,all,90,900,,,') });
    expect(issuesOf(files)).toMatchObject([{ line: 18, column: 'school_year', value: '2022-23' }]);
  });

  it('a masking code in a number column, with a hint to use the status column', () => {
    const [issue] = issuesOf(measureLine(5, '2022-23,0101,poverty,all,,,*,,'));
    expect(issue).toMatchObject({ line: 5, column: 'value', value: '*' });
    expect(issue?.hint).toContain('"status" column');
  });

  it('a percentage above 100', () => {
    expect(issuesOf(measureLine(5, '2022-23,0101,poverty,all,,,160,,'))).toMatchObject([
      { line: 5, column: 'value', value: '160', expected: expect.stringContaining('from 0 to 100') },
    ]);
  });

  it('an ambiguous thousands separator', () => {
    expect(issuesOf(tinySiteWith({ 'data/enrollment.csv': replaceLine(2, '2022-23,0101,all,"3,00"') }))).toMatchObject([
      { file: 'data/enrollment.csv', line: 2, column: 'count', value: '3,00' },
    ]);
  });

  it('a missing column and an unknown column in the header', () => {
    const files = tinySiteWith({ 'data/spending.csv': replaceLine(1, 'school_year,school_id,federal,state') });
    expect(issuesOf(files)).toMatchObject([
      { file: 'data/spending.csv', line: 1, column: 'state_local' },
      { file: 'data/spending.csv', line: 1, column: 'state', value: 'state' },
    ]);
  });

  it('a row with too many cells (an unquoted comma)', () => {
    expect(issuesOf(tinySiteWith({ 'data/spending.csv': replaceLine(3, '2022-23,0102,500,9,900') }))).toMatchObject([
      { file: 'data/spending.csv', line: 3, expected: '4 cells, one per column (found 5; a comma inside a value needs quotes)' },
    ]);
  });

  it('a status with a value, and an ok row without one', () => {
    const files = tinySiteWith({
      [MEASURES]: (text) => replaceLine(4, '2022-23,0101,proficient,all,,,,ok,')(replaceLine(5, '2022-23,0101,poverty,all,,,60,missing,')(text)),
    });
    expect(issuesOf(files)).toMatchObject([
      { line: 4, column: 'value', expected: expect.stringContaining('when the status is ok') },
      { line: 5, column: 'value', expected: expect.stringContaining('when the status is missing') },
    ]);
  });

  it('duplicate school ids, and ids that differ only by case', () => {
    const files = tinySiteWith({
      'data/schools.csv': (text) =>
        appendLine('0101,D1,Copy,elementary,K-5,9 Road,Riverside,02134,,,,,')(
          appendLine('A7,D1,Upper,elementary,K-5,9 Road,Riverside,02134,,,,,')(appendLine('a7,D1,Lower,elementary,K-5,9 Road,Riverside,02134,,,,,')(text)),
        ),
    });
    expect(issuesOf(files)).toMatchObject([
      { file: 'data/schools.csv', line: 7, column: 'school_id', value: '0101', expected: expect.stringContaining('line 2') },
      { file: 'data/schools.csv', line: 6, column: 'school_id', value: 'A7', expected: expect.stringContaining('/schools/a7/') },
    ]);
  });

  it('reports every problem of every file in one run', () => {
    const files = tinySiteWith({
      [MEASURES]: replaceLine(2, '2022-23,0101,absent,all,30,12a,,,'),
      'data/enrollment.csv': replaceLine(3, '2022-23,0101,asian,-6'),
      'content/indicators/absent.md': (text) => text.replace('weight: 1', 'weight: 0'),
    });
    expect(issuesOf(files).map((i) => i.file).sort()).toEqual(['content/indicators/absent.md', 'data/enrollment.csv', MEASURES]);
  });
});

describe('real exports\' encoding quirks are accepted where unambiguous', () => {
  it('a byte order mark, CRLF line ends, quoted commas, "1,234", "45%" and "$9,876"', () => {
    const raw = parseTiny({
      'data/schools.csv': (text) => `\uFEFF${text.replace('Alder Elementary', '"Alder, Elementary"').replaceAll('\n', '\r\n')}`,
      'data/enrollment.csv': replaceLine(4, '2022-23,0102,all,"1,234"'),
      [MEASURES]: replaceLine(5, '2022-23,0101,poverty,all,,,45%,,'),
      'data/spending.csv': replaceLine(2, '2022-23,0101,800,"$9,876"'),
    });
    expect(raw.schools[0]).toMatchObject({ school_id: '0101', name: 'Alder, Elementary', zip: '02134' });
    expect(raw.enrollment.find((e) => e.school_id === '0102' && e.school_year === '2022-23')?.count).toBe(1234);
    expect(raw.measures.find((m) => m.school_id === '0101' && m.indicator_id === 'poverty')?.value).toBe(45);
    expect(raw.spending[0]?.state_local).toBe(9876);
  });

  it('keeps ids as text: leading zeros survive', () => {
    expect(parseTiny().schools.map((s) => s.school_id)).toEqual(['0101', '0102', '0103']);
  });
});

describe('bad front matter names the file, the line of the key and the key', () => {
  it('a weight that is not a positive number', () => {
    for (const weight of ['0', '-1', 'heavy']) {
      const files = tinySiteWith({ 'content/indicators/absent.md': (text) => text.replace('weight: 1', `weight: ${weight}`) });
      expect(issuesOf(files)).toMatchObject([
        { file: 'content/indicators/absent.md', line: 8, column: 'weight', expected: 'a weight that is a positive number, like 1 or 0.25' },
      ]);
    }
  });

  it('an indicator in a domain that does not exist', () => {
    const files = tinySiteWith({ 'content/indicators/absent.md': (text) => text.replace('domain: outcomes', 'domain: outcome') });
    expect(issuesOf(files)).toMatchObject([{ file: 'content/indicators/absent.md', column: 'domain', value: 'outcome' }]);
  });

  it('a nested key of the index method', () => {
    const files = tinySiteWith({ 'content/index.md': (text) => text.replace('min_coverage: 0.5', 'min_coverage: 1.5') });
    expect(issuesOf(files)).toMatchObject([{ file: 'content/index.md', line: 5, column: 'domains.min_coverage', value: '1.5' }]);
  });

  it('an indicator without its explanation', () => {
    const files = tinySiteWith({ 'content/indicators/absent.md': (text) => text.replace('Share of students absent often.', '') });
    expect(issuesOf(files)).toMatchObject([{ file: 'content/indicators/absent.md', expected: expect.stringContaining('plain-language explanation') }]);
  });

  it('refuses a spending group that is not a student group, and says which are', () => {
    const files = tinySiteWith({
      'content/site.md': (text) => text.replace('need_measure: poverty', 'need_measure: poverty\nspending:\n  groups: [econ_disadv, low_income]'),
    });
    expect(issuesOf(files)).toMatchObject([
      { file: 'content/site.md', column: 'spending.groups', value: 'low_income', expected: expect.stringMatching(/^a student group: all, /) },
    ]);
  });

  it('a need measure that is an outcome', () => {
    const files = tinySiteWith({ 'content/site.md': (text) => text.replace('need_measure: poverty', 'need_measure: absent') });
    expect(issuesOf(files)).toMatchObject([{ file: 'content/site.md', column: 'need_measure', value: 'absent' }]);
  });

  it('a current year that is not in the data', () => {
    const files = tinySiteWith({ 'content/site.md': (text) => text.replace('need_measure: poverty', 'need_measure: poverty\ncurrent_year: 2019-20') });
    expect(issuesOf(files)).toMatchObject([
      { file: 'content/site.md', column: 'current_year', value: '2019-20', expected: expect.stringContaining('2022-23, 2023-24') },
    ]);
  });

  it('a data file missing from the manifest', () => {
    const files = tinySiteWith({ 'data/extra.csv': () => 'a,b\n1,2\n' });
    expect(issuesOf(files)).toMatchObject([{ file: 'data/manifest.json', value: 'data/extra.csv' }]);
  });
});

describe('zod\'s generic messages are reworded for a clerk', () => {
  it('an unknown key, at its own line', () => {
    const files = tinySiteWith({ 'content/indicators/absent.md': (text) => text.replace('weight: 1', 'weight: 1\ncolour: red') });
    expect(issuesOf(files)).toMatchObject([
      { file: 'content/indicators/absent.md', line: 9, column: 'colour', expected: 'only the keys this file takes: "colour" is not one of them (check the spelling)' },
    ]);
  });

  it('a missing key, and a key of the wrong type', () => {
    const files = tinySiteWith({ 'content/site.md': (text) => text.replace('short_name: Tiny\n', '').replace('name: Tiny Test District', 'name: 5') });
    expect(issuesOf(files)).toMatchObject([
      { file: 'content/site.md', line: 2, column: 'name', value: '5', expected: 'text' },
      { file: 'content/site.md', column: 'short_name', expected: 'this key, which is required' },
    ]);
  });
});

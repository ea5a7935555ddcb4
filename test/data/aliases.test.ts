import { describe, expect, it } from 'vitest';
import { appendLine, issuesOf, parseTiny, tinySiteWith } from './site-fixture.ts';

const ALIASES = 'data/school_aliases.csv';

describe("schools' former ids and names", () => {
  it('reads them for the school they belong to', () => {
    expect(parseTiny().aliases).toEqual([{ school_id: '0101', former_id: '0091', former_name: 'Alder Grammar School', until: '2021-22' }]);
  });

  it('refuses what would mislead a reader or share a page address, naming line, column and value', () => {
    const files = tinySiteWith({
      [ALIASES]: (text) =>
        [
          '0999,0098,Gone School,',
          '0102,0101,,',
          '0102,,,2020-21',
          '0103,A_7,,',
          '0102,a-7,,',
          '0102,,Birch School,2020',
        ].reduce((all, line) => appendLine(line)(all), text),
    });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ file: ALIASES, line: 5, column: 'former_id', value: '', expected: expect.stringContaining('a former id or a former name') }),
      expect.objectContaining({ file: ALIASES, line: 8, column: 'until', value: '2020', expected: expect.stringContaining('2023-24') }),
      { file: ALIASES, line: 3, column: 'school_id', value: '0999', expected: 'a school_id listed in data/schools.csv' },
      { file: ALIASES, line: 4, column: 'former_id', value: '0101', expected: 'an id no school has now (0101 is a school in data/schools.csv)' },
      {
        file: ALIASES,
        line: 7,
        column: 'former_id',
        value: 'a-7',
        expected: 'a former id given once (line 6 has A_7, which has the same page address /schools/a-7/)',
      },
    ]);
  });

  it("refuses a former id whose address is a current school's", () => {
    const files = tinySiteWith({ [ALIASES]: appendLine('0102,0101.,,') });
    expect(issuesOf(files)).toMatchObject([
      { file: ALIASES, line: 3, column: 'former_id', value: '0101.', expected: "an id whose page address differs from school 0101's (both would be /schools/0101/)" },
    ]);
  });
});

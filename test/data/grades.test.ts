import { describe, expect, it } from 'vitest';
import { gradesCell } from '../../src/lib/data/grades.ts';
import { issuesIn, tinySiteWith } from './site-fixture.ts';

const SCHOOLS = 'data/schools.csv';

describe('grades as real directories write them', () => {
  it.each([
    ['PK, K-5', 'PK, K-5'],
    ['PK,K-5', 'PK, K-5'],
    ['pk , k - 5', 'PK, K-5'],
    ['8', '8'],
    ['K-8', 'K-8'],
    ['9-12', '9-12'],
    ['K', 'K'],
    ['PK-K, 3-5', 'PK-K, 3-5'],
    ['3-5, PK-K', 'PK-K, 3-5'],
    ['KG-05', 'K-5'],
    ['6-6', '6'],
  ])('reads %j as %j', (written, canonical) => {
    expect(gradesCell.parse(written)).toBe(canonical);
  });

  it.each([['5-K'], ['12-9']])('refuses the span %j, whose end comes before its start', (written) => {
    const result = gradesCell.safeParse(written);
    expect(result.error?.issues[0]?.message).toContain(`"${written}" ends before it starts`);
  });

  it.each([[''], ['K-13'], ['K-5-8'], ['grade 3'], ['K-'], ['K-5, 4-8']])('refuses %j', (written) => {
    expect(gradesCell.safeParse(written).success).toBe(false);
  });

  it('names the file, line, column and value of a backwards span', () => {
    const files = tinySiteWith({ [SCHOOLS]: (text) => text.replace('elementary,K-5,', 'elementary,5-K,') });
    expect(issuesIn(SCHOOLS, files)).toMatchObject([
      { file: SCHOOLS, line: 2, column: 'grades', value: '5-K', expected: expect.stringContaining('last grade comes after its first') },
    ]);
  });
});

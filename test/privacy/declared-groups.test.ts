import { describe, expect, it } from 'vitest';
import { groupVocabulary } from '../../src/lib/data/groups.ts';
import { attackDataset } from '../../src/lib/privacy/check.ts';
import { primarySuppression, suppressDataset } from '../../src/lib/privacy/suppress.ts';
import { schoolPage } from '../../src/lib/site/pages/school.ts';
import { appendLine, issuesOf, parseTiny, tinySiteWith } from '../data/site-fixture.ts';
import { tinyPages } from '../site/pages/fixture.ts';

const UNION = `student_groups:
  - id: asian_pacific_islander
    label: { en: Asian or Pacific Islander }
    union_of: [asian, pacific_islander]
  - id: nonbinary
    label: { en: Nonbinary }
    family: gender`;

const declare = (yaml: string) => (text: string) => text.replace('need_measure: poverty', `need_measure: poverty\n${yaml}`);

/**
 * Cedar High (900 students, 2023-24) as a source publishes it: Asian 30, Pacific Islander 4,
 * and "Asian or Pacific Islander" 34 beside them. 34 − 30 gives the 4 back.
 */
const cedar = {
  'content/site.md': declare(UNION),
  'data/enrollment.csv': (text: string) =>
    ['2023-24,0103,asian,30', '2023-24,0103,pacific_islander,4', '2023-24,0103,asian_pacific_islander,34'].reduce(
      (all, line) => appendLine(line)(all),
      text,
    ),
};

describe('declared student groups', () => {
  it('puts a union beside its family: its members add up to it, and it stands for them in the sum to all students', () => {
    const { relations, ids } = groupVocabulary([
      { id: 'asian_pacific_islander', label: { en: 'x' }, union_of: ['asian', 'pacific_islander'] },
      { id: 'nonbinary', label: { en: 'y' }, family: 'gender' },
    ]);
    expect(ids).toContain('nonbinary');
    expect(relations).toContainEqual({ total: 'all', parts: ['female', 'male', 'nonbinary'] });
    expect(relations).toContainEqual({ total: 'asian_pacific_islander', parts: ['asian', 'pacific_islander'] });
    expect(relations).toContainEqual({
      total: 'all',
      parts: ['asian_pacific_islander', 'american_indian', 'black', 'hispanic', 'multiracial', 'white'],
    });
  });

  it('are accepted in the data and named by their own label on the school page', () => {
    const { ctx, schools } = tinyPages(cedar);
    const rows = schoolPage(ctx, schools.get('0103')!).attendance.table?.rows;
    expect(rows?.map((row) => row[0])).toEqual([
      'All students',
      'Asian',
      'Native Hawaiian or Pacific Islander',
      'Asian or Pacific Islander',
    ]);
  });

  it('hide a member that the union minus the other member would give back', () => {
    const raw = parseTiny(cedar);
    // Primary suppression alone hides the 4 and leaves 34 and 30 in sight: the union gives the 4 back.
    const pinned = attackDataset(primarySuppression(raw)).flatMap((r) => r.pinned);
    expect(pinned).toContainEqual(
      expect.objectContaining({ cell: expect.stringContaining('enrollment of pacific_islander'), range: [4, 4] }),
    );
    const published = suppressDataset(raw);
    expect(attackDataset(published).flatMap((r) => r.pinned)).toEqual([]);
    const cedarCells = published.enrollment.filter((e) => e.school_id === '0103' && e.school_year === '2023-24');
    // The union stays in sight; its two members are hidden together, 34 students between them.
    expect(cedarCells.map((e) => [e.student_group, e.status])).toEqual([
      ['all', 'ok'],
      ['asian', 'suppressed'],
      ['pacific_islander', 'suppressed'],
      ['asian_pacific_islander', 'ok'],
    ]);
  });

  it('are refused, naming the key, when a union spans families, a label is missing or an id is taken', () => {
    const files = tinySiteWith({
      'content/site.md': declare(`student_groups:
  - id: asian
    label: { en: Asian again }
    family: race_ethnicity
  - id: mixed
    label: { fr: Mixte }
    union_of: [asian, female]`),
    });
    expect(issuesOf(files)).toMatchObject([
      { file: 'content/site.md', line: 8, column: 'student_groups.0.id', value: 'asian' },
      { file: 'content/site.md', line: 12, column: 'student_groups.1.label', expected: 'a label in en' },
      { file: 'content/site.md', line: 13, column: 'student_groups.1.union_of', value: 'asian, female' },
    ]);
  });

  it('leave a group the site did not declare an error, listing the codes it has', () => {
    const files = tinySiteWith({ 'data/enrollment.csv': appendLine('2023-24,0103,nonbinary,12') });
    expect(issuesOf(files)).toMatchObject([
      {
        file: 'data/enrollment.csv',
        line: 9,
        column: 'student_group',
        value: 'nonbinary',
        expected: expect.stringContaining('econ_disadv'),
      },
    ]);
  });
});

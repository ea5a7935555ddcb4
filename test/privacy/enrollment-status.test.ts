import { describe, expect, it } from 'vitest';
import { attackDataset } from '../../src/lib/privacy/check.ts';
import { suppressDataset } from '../../src/lib/privacy/suppress.ts';
import { issuesOf, parseTiny, tinySiteWith } from '../data/site-fixture.ts';

/** The tiny enrollment with status and reason columns, as a source that masks its counts writes it. */
const withStatuses = (...rows: string[]) => ({
  'data/enrollment.csv': (text: string) =>
    [
      'school_year,school_id,student_group,count,status,reason',
      ...text
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => `${line},,`),
      ...rows,
      '',
    ].join('\n'),
});

describe("a source's masked counts", () => {
  it('are kept as statuses: a mask stays hidden with its reason, "<5" is hidden and protected as a small group', () => {
    const raw = parseTiny(
      withStatuses('2023-24,0103,female,,suppressed,Masked by the state', '2023-24,0103,black,5,coded_low,<5', '2023-24,0103,white,880,,'),
    );
    const cedar = suppressDataset(raw).enrollment.filter((e) => e.school_id === '0103');
    expect(cedar.map((e) => [e.student_group, e.status, e.value, e.reason])).toEqual([
      ['all', 'ok', 900, null],
      ['female', 'suppressed', null, { code: 'source', text: 'Masked by the state' }],
      ['black', 'suppressed', null, { code: 'small_group', min: 10 }],
      // 900 − 880 would give the "<5" back: the white count is hidden beside it.
      ['white', 'suppressed', null, { code: 'small_group', min: 10 }],
    ]);
    expect(attackDataset(suppressDataset(raw)).flatMap((r) => r.pinned)).toEqual([]);
  });

  it('are checked like a measure: a status that contradicts its count is refused, naming the cell', () => {
    const files = tinySiteWith(withStatuses('2023-24,0103,female,400,suppressed,', '2023-24,0103,male,,coded_low,'));
    expect(issuesOf(files)).toMatchObject([
      { file: 'data/enrollment.csv', line: 9, column: 'count', value: '400', expected: 'a blank count when the status is suppressed' },
      { file: 'data/enrollment.csv', line: 10, column: 'count', expected: expect.stringContaining('the bound of the coded range') },
    ]);
  });
});

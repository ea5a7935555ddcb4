import { describe, expect, it } from 'vitest';
import { DataError, formatIssue, type DataIssue } from '../../src/lib/errors.ts';
import { problemReport } from '../../src/lib/issue-summary.ts';

const GRADES = 'a grade span like K-5, 6-8 or 9-12 (grades PK, K, 1 to 12)';
const badGrades = (line: number): DataIssue => ({ file: 'data/schools.csv', line, column: 'grades', value: 'PK,K-5', expected: GRADES });
const badCount = (line: number): DataIssue => ({ file: 'data/enrollment.csv', line, column: 'count', value: '12a', expected: 'a whole number' });
const lines = (message: string) => message.split('\n');

describe('the console message groups problems by file, column and what was expected', () => {
  it('one line for a column wrong in 3,100 rows, naming the first lines and how many more', () => {
    const issues = Array.from({ length: 3100 }, (_, i) => badGrades(i + 2));
    expect(lines(new DataError(issues).message)).toEqual([
      "3,100 problems in the site's data; nothing was published:",
      `- data/schools.csv, column "grades": 3,100 rows like "PK,K-5" (lines 2, 3, 4 and 3,097 more); expected ${GRADES}.`,
    ]);
  });

  it('a group of one as its own line, a small group with every line, in the order first met', () => {
    const issues = [badCount(7), badGrades(2), badCount(3), badGrades(9), { ...badCount(4), hint: 'counts are whole numbers.' }];
    expect(lines(new DataError(issues).message).slice(1)).toEqual([
      '- data/enrollment.csv, column "count": 2 rows like "12a" (lines 7 and 3); expected a whole number.',
      `- data/schools.csv, column "grades": 2 rows like "PK,K-5" (lines 2 and 9); expected ${GRADES}.`,
      `- ${formatIssue(issues[4]!)}`,
    ]);
  });

  it('at most 100 lines of problems, then how many more, then where the full list is', () => {
    const issues = Array.from({ length: 150 }, (_, i): DataIssue => ({ file: 'data/schools.csv', line: i + 2, expected: `thing ${String(i)}` }));
    const shown = lines(new DataError(issues, '/project/.build/dist-problems.txt').message);
    expect(shown).toHaveLength(1 + 100 + 2);
    expect(shown[100]).toBe(`- ${formatIssue(issues[99]!)}`);
    expect(shown.slice(-2)).toEqual(['- … and 50 more.', 'The full list of 150 problems is in /project/.build/dist-problems.txt.']);
  });

  it('cuts a long value on the console, and keeps it whole in the report', () => {
    const issue: DataIssue = { file: 'data/schools.csv', line: 1, value: 'x'.repeat(5000), expected: 'a header row' };
    const message = new DataError([issue]).message;
    expect(message).toContain(`got "${'x'.repeat(60)}…", expected a header row.`);
    expect(message.length).toBeLessThan(200);
    expect(problemReport([issue])).toContain(formatIssue(issue));
  });

  it('a header name with a newline stays on one line', () => {
    const issue: DataIssue = { file: 'data/schools.csv', line: 1, column: 'name\nx', expected: 'only the known columns' };
    expect(formatIssue(issue)).toBe('data/schools.csv line 1, column "name\\nx": expected only the known columns.');
  });
});

describe('knock-on rows are noted under their cause', () => {
  const cause: DataIssue = { ...badGrades(5), knockOn: [{ file: 'data/measures.csv', count: 1240 }, { file: 'data/spending.csv', count: 1 }] };

  it('on the console, added up over a group', () => {
    const issues = [cause, { ...badGrades(6), knockOn: [{ file: 'data/measures.csv', count: 10 }] }];
    expect(lines(new DataError(issues).message).slice(2)).toEqual([
      '  … 1,250 rows in data/measures.csv were not checked against data/schools.csv.',
      '  … 1 row in data/spending.csv was not checked against data/schools.csv.',
    ]);
  });

  it('in the report, under each problem, with every problem on a line of its own', () => {
    const issues = [badCount(2), cause, badCount(3)];
    expect(problemReport(issues).split('\n')).toEqual([
      "3 problems in the site's data; nothing was published. One problem a line:",
      formatIssue(issues[0]!),
      formatIssue(cause),
      '  … 1,240 rows in data/measures.csv were not checked against data/schools.csv.',
      '  … 1 row in data/spending.csv was not checked against data/schools.csv.',
      formatIssue(issues[2]!),
      '',
    ]);
  });
});

import { formatCount, formatExpected, formatIssue, formatKnockOn, formatPlace, type DataIssue } from './issue.ts';

/**
 * The two ways a run's problems are told. On the console, grouped: one mistake repeated in
 * every row of a column is one line, so a clerk sees the few things to fix. In the report
 * file, every problem on a line of its own, for working through them one by one.
 */

/** Longer values are cut on the console: a file of random bytes would print pages of them. */
const SHOWN_VALUE = 60;
/** How many lines a group names before saying how many more. */
const SHOWN_LINES = 3;

const problems = (n: number) => `${formatCount(n)} problem${n === 1 ? '' : 's'}`;
const head = (n: number) => `${problems(n)} in the site's data; nothing was published`;

/** At most `max` lines of grouped problems, then where the full list is, when there is one. */
export function summarizeIssues(issues: readonly DataIssue[], report?: string, max = 100): string {
  const lines: string[] = [];
  let shown = 0;
  for (const group of groupIssues(issues)) {
    const block = [`- ${groupLine(group)}`, ...notesOf(group)];
    if (lines.length + block.length > max) break;
    lines.push(...block);
    shown += group.length;
  }
  if (shown < issues.length) lines.push(`- … and ${formatCount(issues.length - shown)} more.`);
  if (report !== undefined) lines.push(`The full list of ${problems(issues.length)} is in ${report}.`);
  return [`${head(issues.length)}:`, ...lines].join('\n');
}

/** Every problem, one a line, each followed by its indented notes of rows it kept from being checked. */
export function problemReport(issues: readonly DataIssue[]): string {
  const lines = issues.flatMap((issue) => [formatIssue(issue), ...(issue.knockOn ?? []).map((note) => `  ${formatKnockOn(note, issue)}`)]);
  return `${head(issues.length)}. One problem a line:\n${lines.join('\n')}\n`;
}

/** Problems of one file and column with the same expectation, in the order they were first met. */
function groupIssues(issues: readonly DataIssue[]): DataIssue[][] {
  const groups = new Map<string, DataIssue[]>();
  for (const issue of issues) {
    const key = JSON.stringify([issue.file, issue.column, issue.expected, issue.hint]);
    const group = groups.get(key);
    if (group) group.push(issue);
    else groups.set(key, [issue]);
  }
  return [...groups.values()];
}

/** `data/schools.csv, column "grades": 3,100 rows like "PK,K-5" (lines 2, 3, 5 and 3,097 more); expected …` */
function groupLine(group: readonly DataIssue[]): string {
  const [first, ...rest] = group as [DataIssue, ...DataIssue[]];
  const value = first.value === undefined ? undefined : shorten(first.value);
  if (rest.length === 0) return formatIssue({ ...first, ...(value === undefined ? {} : { value }) });
  const rows = `${formatCount(group.length)} ${first.file.endsWith('.csv') ? 'rows' : 'lines'}`;
  const like = value === undefined ? '' : ` like ${JSON.stringify(value)}`;
  const lines = group.flatMap((issue) => (issue.line === undefined ? [] : [issue.line]));
  const at = lines.length === 0 ? '' : ` (${listLines(lines)})`;
  return `${formatPlace({ file: first.file, column: first.column })}: ${rows}${like}${at}; ${formatExpected(first)}`;
}

/** `lines 2, 3 and 5`, or `lines 2, 3, 5 and 3,097 more`. */
function listLines(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${String(lines[0])}`;
  const named = lines.slice(0, SHOWN_LINES).map(String);
  const last = lines.length > SHOWN_LINES ? `${formatCount(lines.length - SHOWN_LINES)} more` : named.pop();
  return `lines ${named.join(', ')} and ${String(last)}`;
}

/** A group's knock-on rows, added up per file. */
function notesOf(group: readonly DataIssue[]): string[] {
  const counts = new Map<string, number>();
  for (const note of group.flatMap((issue) => issue.knockOn ?? [])) counts.set(note.file, (counts.get(note.file) ?? 0) + note.count);
  const [first] = group as [DataIssue];
  return [...counts].map(([file, count]) => `  ${formatKnockOn({ file, count }, first)}`);
}

function shorten(value: string): string {
  const chars = [...value];
  return chars.length > SHOWN_VALUE ? `${chars.slice(0, SHOWN_VALUE).join('')}…` : value;
}

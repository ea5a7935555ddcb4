import matter from 'gray-matter';
import type { z } from 'zod';
import type { IssueCollector } from '../errors.ts';
import { markdownToHtml } from '../markdown/markdown.ts';
import { describeExpected, valueAt } from './zod-issues.ts';

export interface Document<T> {
  data: T;
  /** The markdown body: the plain-language text a district writes. */
  body: string;
}

/**
 * Finds the line of a front-matter key path (`levels.count`, `student_groups.1.union_of`) so an
 * error can point at it: the first line, after the parent's, that starts with the key at any
 * indentation; an index is that item of the list (`- `) that follows.
 */
export function lineOfKey(text: string, path: readonly PropertyKey[]): number | undefined {
  const lines = text.split(/\r?\n/);
  let from = 0;
  let found: number | undefined;
  for (const key of path) {
    if (typeof key === 'symbol') continue;
    const index = typeof key === 'number' ? listItem(lines, from, key) : keyLine(lines, from, key);
    if (index === -1) break;
    found = index + 1;
    // An item's first key is on the item's own line (`- id: asian`).
    from = typeof key === 'number' ? index : index + 1;
  }
  return found;
}

function keyLine(lines: readonly string[], from: number, key: string): number {
  const pattern = new RegExp(`^\\s*(- )?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  return lines.findIndex((line, i) => i >= from && pattern.test(line));
}

/** The line of the `n`th item of a block list that starts at `from` (an inline `[a, b]` list has none). */
function listItem(lines: readonly string[], from: number, n: number): number {
  const first = lines.findIndex((line, i) => i >= from && line.trim() !== '');
  if (first === -1 || !/^\s*- /.test(lines[first] ?? '')) return -1;
  const indent = lines[first]?.search(/\S/) ?? 0;
  const items = lines.flatMap((line, i) => (i >= first && /^\s*- /.test(line) && line.search(/\S/) === indent ? [i] : []));
  return items[n] ?? -1;
}

/** How many lines of the file come before its body: a body's line n is the file's n plus these. */
export function linesBeforeBody(text: string, body: string): number {
  return text.slice(0, text.length - body.length).split('\n').length - 1;
}

/**
 * Refuses a body the sanitizer would change, at the file's own line numbers: the body is the
 * end of the file, after the front matter's lines.
 */
function checkBody(text: string, body: string, file: string, issues: IssueCollector): void {
  const problems = markdownToHtml(body).problems;
  if (problems.length === 0) return;
  const linesBefore = linesBeforeBody(text, body);
  for (const problem of problems)
    issues.add({
      file,
      ...(problem.line === undefined ? {} : { line: linesBefore + problem.line }),
      value: problem.value,
      expected: problem.expected,
    });
}

/**
 * The file line of a YAML syntax error. js-yaml gives the line where it noticed, counted in the
 * front matter's text, which begins with the rest of the opening "---" line. For an unclosed
 * quote or bracket that is the end of the front matter, far from the mistake. So the error is
 * moved back to the first of the lines up to there that cannot end the front matter: the
 * front matter up to the line before parses on its own, so the mistake starts on that line
 * (where the unclosed quote opens). For most errors that is the line js-yaml gave.
 */
function yamlErrorLine(text: string, markLine: number): number {
  const lines = text.split(/\r?\n/);
  let line = markLine + 1;
  while (line > 2 && !isYaml(lines.slice(1, line - 1))) line -= 1;
  return line;
}

function isYaml(lines: readonly string[]): boolean {
  try {
    matter(['---', ...lines, '---', ''].join('\n'), {});
    return true;
  } catch {
    return false;
  }
}

/** Reads a markdown file's YAML front matter and validates it with `schema`. */
export function parseFrontMatter<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  issues: IssueCollector,
): Document<z.output<S>> | null {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object keeps gray-matter from caching by content across sites.
    parsed = matter(text.replace(/^\uFEFF/, ''), {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    issues.add({
      file,
      ...(mark?.line === undefined ? {} : { line: yamlErrorLine(text, mark.line) }),
      expected: 'front matter in YAML between two "---" lines',
      hint: (error as Error).message.split('\n')[0] ?? '',
    });
    return null;
  }
  checkBody(text, parsed.content, file, issues);
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, body: parsed.content };
  for (const issue of result.error.issues) {
    // An unknown key is reported at the key itself, not at its parent.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const line = lineOfKey(text, path);
    const value = issue.code === 'unrecognized_keys' ? undefined : valueAt(parsed.data, path);
    issues.add({
      file,
      ...(line === undefined ? {} : { line }),
      ...(path.length > 0 ? { column: path.join('.') } : {}),
      ...(value === undefined ? {} : { value: typeof value === 'string' ? value : JSON.stringify(value) }),
      expected: describeExpected(issue, value),
    });
  }
  return null;
}

import { join } from 'node:path';
import { parseRawDataset, type RawDataset } from '../../src/lib/data/dataset.ts';
import { loadSiteFiles } from '../../src/lib/data/site-files.ts';
import { DataError, type DataIssue } from '../../src/lib/errors.ts';

export const TINY_SITE = join(import.meta.dirname, '..', 'fixtures', 'tiny-site');

/** The tiny fixture site's files, with some replaced: `{ 'data/measures.csv': text => … }`. */
export function tinySiteWith(edits: Record<string, (text: string) => string> = {}): Map<string, string> {
  const files = new Map(loadSiteFiles(TINY_SITE));
  for (const [path, edit] of Object.entries(edits)) files.set(path, edit(files.get(path) ?? ''));
  return files;
}

/** Parses and returns every issue, or fails the test if the files were accepted. */
export function issuesOf(files: Map<string, string>): readonly DataIssue[] {
  try {
    parseRawDataset(files);
  } catch (error) {
    if (error instanceof DataError) return error.issues;
    throw error;
  }
  throw new Error('expected the files to be rejected, but they were accepted');
}

export function parseTiny(edits: Record<string, (text: string) => string> = {}): RawDataset {
  return parseRawDataset(tinySiteWith(edits));
}

/** Replaces line `n` (1-based) of a text. */
export const replaceLine = (n: number, line: string) => (text: string) => {
  const lines = text.split('\n');
  lines[n - 1] = line;
  return lines.join('\n');
};

export const appendLine = (line: string) => (text: string) => `${text.trimEnd()}\n${line}\n`;

/** The tiny site with one more indicator file, and measure rows for it. */
export function withIndicator(id: string, frontMatter: string, rows: readonly string[] = []) {
  return {
    [`content/indicators/${id}.md`]: () => `---\nid: ${id}\ntitle: ${id}\ndomain: outcomes\nkind: outcome\nsource: Test fixture\n${frontMatter}\n---\nWhat ${id} is.\n`,
    'data/measures.csv': (text: string) => rows.reduce((all, row) => appendLine(row)(all), text),
  };
}


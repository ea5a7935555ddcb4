import { join } from 'node:path';
import { parseRawDataset, type RawDataset } from '../../src/lib/data/dataset.ts';
import { loadSiteFiles } from '../../src/lib/data/site-files.ts';
import { DataError, type DataIssue } from '../../src/lib/errors.ts';

export const TINY_SITE = join(import.meta.dirname, '..', 'fixtures', 'tiny-site');

/** An edit of one file's text; null removes the file. */
type Edit = (text: string) => string | null;

/** The tiny fixture site's files, with some replaced: `{ 'data/measures.csv': text => … }`, or removed: `() => null`. */
export function tinySiteWith(edits: Record<string, Edit> = {}): Map<string, string> {
  const files = new Map(loadSiteFiles(TINY_SITE));
  for (const [path, edit] of Object.entries(edits)) {
    const text = edit(files.get(path) ?? '');
    if (text === null) files.delete(path);
    else files.set(path, text);
  }
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

/** The issues of one file: a school refused in schools.csv also makes its rows elsewhere unknown. */
export const issuesIn = (file: string, files: Map<string, string>) => issuesOf(files).filter((issue) => issue.file === file);

export function parseTiny(edits: Record<string, Edit> = {}): RawDataset {
  return parseRawDataset(tinySiteWith(edits));
}

/** Replaces line `n` (1-based) of a text. */
export const replaceLine = (n: number, line: string) => (text: string) => {
  const lines = text.split('\n');
  lines[n - 1] = line;
  return lines.join('\n');
};

export const appendLine = (line: string) => (text: string) => `${text.trimEnd()}\n${line}\n`;

/** Edits that leave a data file out, as a district without it does: the file and its manifest entry. */
export function withoutDataFile(name: string): Record<string, Edit> {
  return {
    [`data/${name}`]: () => null,
    'data/manifest.json': (text) => {
      const manifest = JSON.parse(text) as { files: { path: string }[] };
      return JSON.stringify({ ...manifest, files: manifest.files.filter((file) => file.path !== name) }, null, 2);
    },
  };
}
/** The tiny site with one more indicator file, and measure rows for it. */
export function withIndicator(id: string, frontMatter: string, rows: readonly string[] = []) {
  return {
    [`content/indicators/${id}.md`]: () => `---\nid: ${id}\ntitle: ${id}\ndomain: outcomes\nkind: outcome\nsource: Test fixture\n${frontMatter}\n---\nWhat ${id} is.\n`,
    'data/measures.csv': (text: string) => rows.reduce((all, row) => appendLine(row)(all), text),
  };
}


import { join } from 'node:path';
import { importNcDpi, NC_FILES, type NcImport } from '../../src/lib/import/nc-dpi/import.ts';
import { loadSourceFolder } from '../../src/lib/import/source-folder.ts';

const EXCERPT = join(import.meta.dirname, '..', 'fixtures', 'nc-dpi-excerpt');
export const WAKE_SITE = join(import.meta.dirname, '..', '..', 'examples', 'wake');

/** The excerpt's files by path (`SRC_2019/rcd_inc2.csv`), some edited: `{ path: text => … }`. */
function excerptWith(edits: Record<string, (text: string) => string> = {}): Map<string, string> {
  const files = loadSourceFolder(EXCERPT, /^SRC_\d{4}$/, NC_FILES);
  for (const [path, edit] of Object.entries(edits)) files.set(path, edit(files.get(path) ?? ''));
  return files;
}

export function importExcerpt(edits: Record<string, (text: string) => string> = {}, district = '920'): NcImport {
  return importNcDpi(excerptWith(edits), { district, published: '2020-06-12' });
}

/** The data lines of an output table (without its header). */
export function linesOf(result: NcImport, table: string): string[] {
  return (result.files.get(`data/${table}.csv`) ?? '').trimEnd().split('\n').slice(1);
}

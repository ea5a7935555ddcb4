import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IssueCollector } from '../../src/lib/errors.ts';
import { type CsvImport, importCsv } from '../../src/lib/import/mapping/import.ts';
import { readMapping } from '../../src/lib/import/mapping/read-mapping.ts';

export const CSV_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'csv-mapping');
const read = (name: string) => readFileSync(join(CSV_FIXTURE, name), 'utf8');

/**
 * The hand-written fixture imported, with optional edits: `mapping` edits the mapping's YAML,
 * and any other key edits that source file's text.
 */
export function importFixture(
  edits: Record<string, (text: string) => string> = {},
  published = '2019-09-01',
): CsvImport & { mappingIssues: IssueCollector } {
  const edit = (name: string) => (edits[name] ?? ((text: string) => text))(read(name));
  const mappingIssues = new IssueCollector();
  const mapping = readMapping(edit('mapping.yaml'), 'mapping.yaml', mappingIssues);
  if (mapping === null) throw new Error(`the mapping does not read: ${JSON.stringify(mappingIssues.issues)}`);
  const sources = new Map(['wide_2019.csv', 'long.csv'].map((name) => [name, edit(name)]));
  return { ...importCsv(mapping, sources, { published }), mappingIssues };
}

/** The data lines of an output table (without its header). */
export function tableLines(result: CsvImport, table: string): string[] {
  return (result.files.get(`data/${table}.csv`) ?? '').trimEnd().split('\n').slice(1);
}

/** An example site's committed mapping, unchanged, over an excerpt of its source in place of every file it names. */
export function importExample(site: string, excerpt: string, published: string): CsvImport {
  const fatal = new IssueCollector();
  const mapping = readMapping(
    readFileSync(join(import.meta.dirname, '..', '..', 'examples', site, 'mapping.yaml'), 'utf8'),
    'mapping.yaml',
    fatal,
  );
  if (mapping === null) throw new Error(JSON.stringify(fatal.issues));
  const sources = new Map(
    mapping.files.map((file) => [file.path, readFileSync(join(import.meta.dirname, '..', 'fixtures', excerpt), 'utf8')]),
  );
  return importCsv(mapping, sources, { published });
}

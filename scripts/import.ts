import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/lib/errors.ts';
import { importNcDpi, NC_FILES } from '../src/lib/import/nc-dpi/import.ts';
import { loadSourceFolder } from '../src/lib/import/source-folder.ts';
import { ImportReport } from '../src/lib/import/report.ts';
import { importCsv } from '../src/lib/import/mapping/import.ts';
import { readMapping } from '../src/lib/import/mapping/read-mapping.ts';

const USAGE = [
  'usage: npm run import -- nc-dpi <folder> --district 920 --out <site folder> [--published 2020-06-12]',
  '       npm run import -- csv <mapping.yaml> --out <site folder> --published 2024-09-01 [--source <folder>]',
].join('\n');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    district: { type: 'string' },
    out: { type: 'string' },
    // The date of the files imported, never the clock's: an import of the same files gives the same bytes.
    published: { type: 'string' },
    // Where a mapping's file paths start; the mapping file's own folder by default.
    source: { type: 'string' },
  },
});
const [format, folder] = positionals;
if (
  folder === undefined ||
  values.out === undefined ||
  !((format === 'nc-dpi' && values.district) || (format === 'csv' && values.published))
) {
  console.error(USAGE);
  process.exit(2);
}

if (!existsSync(folder)) {
  console.error(`No ${format === 'csv' ? 'mapping file' : 'folder'} ${folder}\n${USAGE}`);
  process.exit(1);
}

function runCsv(mappingFile: string, published: string): { files: Map<string, string>; report: ImportReport } {
  const report = new ImportReport();
  const mapping = readMapping(readFileSync(mappingFile, 'utf8'), mappingFile, report.fatal);
  if (mapping === null) return { files: new Map(), report };
  const root = values.source ?? dirname(mappingFile);
  // Every file is read before any is mapped: a missing one is reported by the importer, with the others.
  const sources = new Map(
    mapping.files
      .filter((file) => existsSync(join(root, file.path)))
      .map((file) => [file.path, readFileSync(join(root, file.path), 'utf8')]),
  );
  return importCsv(mapping, sources, { published });
}

const { files, report } =
  format === 'csv'
    ? runCsv(folder, values.published ?? '')
    : importNcDpi(loadSourceFolder(folder, /^SRC_\d{4}$/, NC_FILES), {
        district: values.district ?? '',
        // The date of the files imported, not today's: an import of the same files gives the same bytes.
        published: values.published ?? '2020-06-12',
      });

for (const [what, count] of report.skipped) console.log(`skipped ${count} × ${what}`);
for (const issue of report.issues.issues) console.warn(`not imported: ${formatIssue(issue)}`);
for (const issue of report.fatal.issues) console.error(`FATAL: ${formatIssue(issue)}`);
if (!report.fatal.ok) {
  console.error(`\n${report.fatal.issues.length} fatal problem(s): nothing was written to ${values.out}/.`);
  process.exit(1);
}
// content/ is a starter: a file a person has written (an explanation, a title) is kept on a re-import.
const out = values.out;
const kept = [...files.keys()].filter((path) => path.startsWith('content/') && existsSync(join(out, path)));
for (const [path, text] of files) {
  if (kept.includes(path)) continue;
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
}
if (kept.length > 0) console.log(`Kept ${kept.length} content file(s) already in ${values.out}/content/ as they were.`);
const rows = [...files]
  .filter(([path]) => path.endsWith('.csv'))
  .map(([path, text]) => `${path} ${text.trimEnd().split('\n').length - 1} rows`);
console.log(
  `\nWrote ${rows.join(', ')} and data/manifest.json (and content/ for csv) into ${values.out}/; ${report.issues.issues.length} value(s) not imported (listed above).`,
);

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/lib/errors.ts';
import { importNcDpi, NC_FILES } from '../src/lib/import/nc-dpi/import.ts';
import { loadSourceFolder } from '../src/lib/import/source-folder.ts';

const USAGE = 'usage: npm run import -- nc-dpi <folder> --district 920 --out <site folder> [--published 2020-06-12]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    district: { type: 'string' },
    out: { type: 'string' },
    // The date of the files imported, not today's: an import of the same files gives the same bytes.
    published: { type: 'string', default: '2020-06-12' },
  },
});
const [format, folder] = positionals;
if (format !== 'nc-dpi' || folder === undefined || values.district === undefined || values.out === undefined) {
  console.error(USAGE);
  process.exit(2);
}

if (!existsSync(folder)) {
  console.error(`No folder ${folder}: give the folder that holds SRC_2018/, SRC_2019/, …\n${USAGE}`);
  process.exit(1);
}

const { files, report } = importNcDpi(loadSourceFolder(folder, /^SRC_\d{4}$/, NC_FILES), {
  district: values.district,
  published: values.published,
});

for (const [what, count] of report.skipped) console.log(`skipped ${count} × ${what}`);
for (const issue of report.issues.issues) console.warn(`not imported: ${formatIssue(issue)}`);
for (const issue of report.fatal.issues) console.error(`FATAL: ${formatIssue(issue)}`);
if (!report.fatal.ok) {
  console.error(`\n${report.fatal.issues.length} fatal problem(s): nothing was written to ${values.out}/.`);
  process.exit(1);
}
for (const [path, text] of files) {
  mkdirSync(dirname(join(values.out, path)), { recursive: true });
  writeFileSync(join(values.out, path), text);
}
const rows = [...files]
  .filter(([path]) => path.endsWith('.csv'))
  .map(([path, text]) => `${path} ${text.trimEnd().split('\n').length - 1} rows`);
console.log(
  `\nWrote ${rows.join(', ')} and data/manifest.json into ${values.out}/; ${report.issues.issues.length} value(s) not imported (listed above).`,
);

import { parseArgs } from 'node:util';
import { auditSite } from './quality/privacy-audit.ts';
import { indexedPages, numbersBeyondPages } from './quality/search-index.ts';

/** `npm run audit:privacy -- <dist folder>…`: the outside attack on built sites; exits 1 when it pins a cell. */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { min: { type: 'string' }, small: { type: 'string' } },
});
const folders = positionals.length > 0 ? positionals : ['dist'];
let pinned = 0;
for (const dir of folders) {
  const { pages, reports } = auditSite(dir, {
    ...(values.min ? { min: Number(values.min) } : {}),
    ...(values.small ? { small: Number(values.small) } : {}),
  });
  console.log(`${dir}: ${pages} school pages`);
  const beyond = numbersBeyondPages(dir);
  console.log(`  search index: ${indexedPages(dir).length} pages, ${beyond.length} holding a number their page does not show`);
  for (const b of beyond.slice(0, 10)) console.log(`    ${b.url}: ${b.numbers.slice(0, 10).join(', ')}`);
  pinned += beyond.length;
  for (const r of reports) {
    console.log(`  ${r.attack}: tried ${r.tried}, pinned ${r.pinned.length}`);
    for (const f of r.pinned.slice(0, 10)) console.log(`    ${f.cell}: ${f.relation} gives ${f.range[0]}–${f.range[1]}`);
  }
  pinned += reports.reduce((sum, r) => sum + r.pinned.length, 0);
}
if (pinned > 0) process.exit(1);

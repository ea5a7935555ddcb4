import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './build-site.ts';

/**
 * `npm run init <folder>`: a new site folder from the starter template (scripts/init/template/),
 * a site that checks and builds as it is: three example schools, two indicators in two domains,
 * and every text a district must replace saying so. It never writes into a folder with files.
 */
const TEMPLATE = join(PROJECT_ROOT, 'scripts', 'init', 'template');
const { positionals } = parseArgs({ allowPositionals: true });
const [folder] = positionals;
if (folder === undefined) {
  console.error('usage: npm run init <folder>   (a new or empty folder for the site)');
  process.exit(2);
}
const target = resolve(folder);
if (existsSync(target) && readdirSync(target).length > 0) {
  console.error(`${folder} already has files: give a new or empty folder, so nothing of yours is overwritten.`);
  process.exit(1);
}
cpSync(TEMPLATE, target, { recursive: true });
console.log(`Made ${folder}/ from the starter template. Next:
  1. Replace data/ with your district's files (README: "A district's files") and edit content/.
  2. npm run check -- --site ${folder}              checks everything, in seconds
  3. npm run build -- --site ${folder} --out ${folder}/dist   builds the site`);

import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRawDataset } from '../src/lib/data/dataset.ts';
import { loadSiteFiles } from '../src/lib/data/site-files.ts';
import { suppressDataset } from '../src/lib/privacy/suppress.ts';
import { computeSiteData } from '../src/lib/site/site-data.ts';
import type { SiteData } from '../src/lib/site/types.ts';

/** The project folder: Astro renders src/pages from here whatever site's data it is given. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildOptions {
  /** The folder holding the site's data/ and content/. */
  siteRoot: string;
  /** Where the finished site goes; replaced only when every step succeeded. */
  outDir: string;
  log?: (message: string) => void;
}

/**
 * Validates and computes the site's data, writing only publishable JSON for Astro.
 * Throws a DataError listing every problem in the district's files.
 */
function writeSiteData(siteRoot: string, dataDir: string): { schools: number; base: string } {
  const raw = parseRawDataset(loadSiteFiles(siteRoot));
  const { site, schools } = computeSiteData(suppressDataset(raw));
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(join(dataDir, 'schools'), { recursive: true });
  writeFileSync(join(dataDir, 'site.json'), JSON.stringify(site));
  for (const school of schools) writeFileSync(join(dataDir, 'schools', `${school.slug}.json`), JSON.stringify(school));
  return { schools: schools.length, base: site.site.base };
}

/** Where a build writes the publishable JSON its pages were rendered from, one folder per output. */
function siteDataDir(outDir: string): string {
  return join(PROJECT_ROOT, '.build', `${basename(resolve(outDir))}-data`);
}

/** The publishable site data of a finished build. */
export function readBuiltSiteData(outDir: string): SiteData {
  return JSON.parse(readFileSync(join(siteDataDir(outDir), 'site.json'), 'utf8')) as SiteData;
}

/**
 * data → publishable JSON → Astro → Pagefind, in a staging folder inside the project; the old
 * site is swapped out only at the end, so a failed build leaves it as it was.
 */
export async function buildSite({ siteRoot, outDir, log = console.log }: BuildOptions): Promise<void> {
  const out = resolve(outDir);
  const site = resolve(siteRoot);
  // One data and staging folder per output, so two sites can be built side by side. Staging
  // stays inside the project: Astro given an outDir outside the working directory renders
  // into a fallback folder and copies its server stubs (content-*.mjs) into the site.
  const dataDir = siteDataDir(out);
  const staging = join(PROJECT_ROOT, '.build', `${basename(out)}-staging`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const { schools, base } = writeSiteData(site, dataDir);
    log(`Data: ${schools} schools validated and computed.`);
    process.env['SER_DATA_DIR'] = dataDir;
    process.chdir(PROJECT_ROOT);
    const { build } = await import('astro');
    await build({ root: PROJECT_ROOT, outDir: staging, base, logLevel: 'warn' });
    log('Pages rendered.');
    const pagefind = await import('pagefind');
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(staging, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await pagefind.close();
    log(`Search index: ${added.page_count} pages.`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const old = `${out}.old`;
  rmSync(old, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  if (existsSync(out)) renameSync(out, old);
  moveFolder(staging, out);
  rmSync(old, { recursive: true, force: true });
}

/** Renames a folder, copying when the destination is on another file system. */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

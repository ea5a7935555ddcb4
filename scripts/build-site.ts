import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRawDataset } from '../src/lib/data/dataset.ts';
import { loadSiteFiles, type SiteFiles } from '../src/lib/data/site-files.ts';
import { assertNothingPinned } from '../src/lib/privacy/check.ts';
import { suppressDataset } from '../src/lib/privacy/suppress.ts';
import { computeSiteData } from '../src/lib/site/site-data.ts';
import type { DataIssue } from '../src/lib/errors.ts';
import type { SchoolDetail, SiteData } from '../src/lib/site/types.ts';
import { computeStories, storySchoolIds } from '../src/lib/stories/compute.ts';
import { useSiteData } from '../src/site-data.ts';
import { withProblemReport } from './problem-report.ts';

/** The project folder: Astro renders src/pages from here whatever site's data it is given. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildOptions {
  /** The folder holding the site's data/ and content/. */
  siteRoot: string;
  /** Where the finished site goes; replaced only when every step succeeded. */
  outDir: string;
  log?: (message: string) => void;
  /** A preview build: drafts are published too. */
  drafts?: boolean;
}

/**
 * Where a build writes the publishable JSON its pages are rendered from, stages the site, and
 * lists the problems of a failed build, one set per output. The problem list repeats raw
 * values, so it stays beside the data folder, never in the output.
 */
export function buildFolders(outDir: string): { data: string; staging: string; problems: string } {
  const at = (suffix: string) => join(PROJECT_ROOT, '.build', `${basename(resolve(outDir))}-${suffix}`);
  return { data: at('data'), staging: at('staging'), problems: at('problems.txt') };
}

/**
 * Stage 1. Validates and computes the site's data, writing only publishable JSON for the pages:
 * the shared site.json, then each school's file as it is computed. Throws a DataError listing
 * every problem in the district's files.
 */
export function writeSiteData(
  siteRoot: string,
  dataDir: string,
  options: StoryOptions = {},
): { schools: number; base: string; warnings: DataIssue[] } {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(join(dataDir, 'schools'), { recursive: true });
  const { site, schools, warnings } = computeSite(
    siteRoot,
    (school) => writeFileSync(join(dataDir, 'schools', `${school.slug}.json`), JSON.stringify(school)),
    options,
  );
  // Last: the stories in it quote schools computed above.
  writeFileSync(join(dataDir, 'site.json'), JSON.stringify(site));
  return { schools, base: site.site.base, warnings };
}

export interface StoryOptions {
  /** A preview: stories marked `draft: true` are published too. */
  drafts?: boolean;
}

/**
 * Validates a site's files, suppresses, proves nothing hidden can be worked out, and computes
 * what its pages show: everything a build does before it writes or renders. Throws a DataError
 * or a PrivacyError.
 */
export function computeSiteFrom(siteRoot: string): ReturnType<typeof computeSiteData> {
  return computeSiteData(assertNothingPinned(suppressDataset(parseRawDataset(loadSiteFiles(siteRoot)))));
}

/**
 * Everything a build computes: the site, each school's page data handed to `each` as it is made
 * (and then dropped), and last the stories, which may quote any school. Throws a DataError
 * listing every problem, of the data first, then of the stories; returns the stories' warnings.
 */
export function computeSite(
  siteRoot: string,
  each: (school: SchoolDetail) => void,
  options: StoryOptions = {},
): { site: SiteData; schools: number; warnings: DataIssue[] } {
  return computeSiteFiles(loadSiteFiles(siteRoot), each, options);
}

/** `computeSite` of files already read (tests hand in edited fixtures). */
export function computeSiteFiles(
  files: SiteFiles,
  each: (school: SchoolDetail) => void,
  { drafts = false }: StoryOptions = {},
): { site: SiteData; schools: number; warnings: DataIssue[] } {
  const { site, schoolDetails } = computeSiteData(assertNothingPinned(suppressDataset(parseRawDataset(files))));
  const quoted = storySchoolIds(files);
  const kept = new Map<string, SchoolDetail>();
  let schools = 0;
  for (const school of schoolDetails()) {
    each(school);
    schools += 1;
    if (quoted.has(school.id)) kept.set(school.id, school);
  }
  const { stories, warnings } = computeStories(files, site, (id) => kept.get(id), { drafts });
  return { site: { ...site, stories }, schools, warnings };
}

/** The publishable site data of a finished build. */
export function readBuiltSiteData(outDir: string): SiteData {
  return JSON.parse(readFileSync(join(buildFolders(outDir).data, 'site.json'), 'utf8')) as SiteData;
}

/** Stage 2. Astro renders every page from the data folder into `staging`, in this process. */
export async function renderPages(dataDir: string, staging: string, base: string): Promise<void> {
  useSiteData(dataDir);
  const { build } = await import('astro');
  await build({ root: PROJECT_ROOT, outDir: staging, base, logLevel: 'warn' });
}

/** Stage 3. Pagefind indexes the rendered pages; returns how many it indexed. */
export async function indexForSearch(staging: string): Promise<number> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: staging });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(staging, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

/**
 * data → publishable JSON → Astro → Pagefind, in a staging folder inside the project; the old
 * site is swapped out only at the end, so a failed build leaves it as it was. A DataError names
 * the file listing all its problems.
 */
export async function buildSite({ siteRoot, outDir, log = console.log, drafts = false }: BuildOptions): Promise<DataIssue[]> {
  const out = resolve(outDir);
  recoverSwap(out);
  // Staging stays inside the project: Astro given an outDir outside its root renders into a
  // fallback folder and copies its server stubs (content-*.mjs) into the site.
  const { data, staging, problems } = buildFolders(out);
  rmSync(staging, { recursive: true, force: true });
  let storyWarnings: DataIssue[] = [];
  try {
    const { schools, base, warnings } = withProblemReport(problems, () => writeSiteData(resolve(siteRoot), data, { drafts }));
    log(`Data: ${schools} schools validated and computed.`);
    // Returned, then swapped in below: a finished build says what its stories should look at.
    storyWarnings = warnings;
    await renderPages(data, staging, base);
    log('Pages rendered.');
    log(`Search index: ${await indexForSearch(staging)} pages.`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  swapIn(staging, out);
  return storyWarnings;
}

/**
 * The folders beside the output a swap goes through: the next site, complete before the swap
 * starts, and the previous one while it is moved aside. Beside it, so both moves are renames
 * on one file system, which a kill cannot leave half done.
 */
function swapFolders(out: string): { next: string; previous: string } {
  return { next: `${out}.next`, previous: `${out}.old` };
}

/**
 * Puts the output folder back to the last site fully swapped in, after a build killed at any
 * moment: every build does this before anything else.
 */
function recoverSwap(out: string): void {
  const { next, previous } = swapFolders(out);
  // A next site may have been killed while it was copied: it is never trusted.
  rmSync(next, { recursive: true, force: true });
  if (!existsSync(previous)) return;
  // Killed between the two renames: the previous site comes back. Killed after them, while the
  // previous site was being removed: the new one stays and the rest of the old one goes.
  if (existsSync(out)) rmSync(previous, { recursive: true, force: true });
  else renameSync(previous, out);
}

/**
 * Moves a finished site into the output folder by two renames; between them, the only moment
 * without an output folder, a kill is undone by the next build's `recoverSwap`.
 */
function swapIn(staging: string, out: string): void {
  const { next, previous } = swapFolders(out);
  mkdirSync(dirname(out), { recursive: true });
  moveFolder(staging, next);
  if (existsSync(out)) renameSync(out, previous);
  renameSync(next, out);
  rmSync(previous, { recursive: true, force: true });
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

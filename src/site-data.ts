import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchoolDetail, SiteData } from './lib/site/types.ts';

/**
 * The one door between the build and the pages. `scripts/build-site.ts` computes the site's
 * publishable JSON into a folder and names it here (`useSiteData`) before it runs Astro in the
 * same process; pages read only through `loadSiteData` and `loadSchoolDetail`. Astro bundles the
 * pages apart from the build script, so the folder is kept on `globalThis`, not in a module
 * variable, and nothing passes through the environment or the working directory.
 */
const DATA_DIR = Symbol.for('school-equity-report.site-data-dir');
// Counts the builds of this process: a second build into the same folder (a preview after a
// build) must not read the first one's site.json from the pages' own copy of this module.
const BUILD = Symbol.for('school-equity-report.site-data-build');
const globals = globalThis as { [DATA_DIR]?: string; [BUILD]?: number };

let cached: { dir: string; build: number; site: SiteData } | undefined;

export function useSiteData(dir: string): void {
  globals[DATA_DIR] = dir;
  globals[BUILD] = (globals[BUILD] ?? 0) + 1;
  cached = undefined;
}

// Without a build in this process (`astro dev` after `npm run build`), the default build's data.
function dataDir(): string {
  return globals[DATA_DIR] ?? join(process.cwd(), '.build', 'dist-data');
}

export function loadSiteData(): SiteData {
  const dir = dataDir();
  const build = globals[BUILD] ?? 0;
  if (cached?.dir !== dir || cached.build !== build)
    cached = { dir, build, site: JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as SiteData };
  return cached.site;
}

export function loadSchoolDetail(slug: string): SchoolDetail {
  return JSON.parse(readFileSync(join(dataDir(), 'schools', `${slug}.json`), 'utf8')) as SchoolDetail;
}

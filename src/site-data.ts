import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchoolDetail, SiteData } from './lib/site/types.ts';

/**
 * Where Astro finds the JSON that scripts/build.ts computed. Pages read only this: they
 * never see raw data, because the build script writes only the publishable dataset.
 */
// Without the variable (`astro dev` after `npm run build`), the default build's data.
const dataDir = process.env['SER_DATA_DIR'] ?? join(process.cwd(), '.build', 'dist-data');

let cached: SiteData | undefined;

export function loadSiteData(): SiteData {
  cached ??= JSON.parse(readFileSync(join(dataDir, 'site.json'), 'utf8')) as SiteData;
  return cached;
}

export function loadSchoolDetail(slug: string): SchoolDetail {
  return JSON.parse(readFileSync(join(dataDir, 'schools', `${slug}.json`), 'utf8')) as SchoolDetail;
}

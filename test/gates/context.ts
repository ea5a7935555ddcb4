import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../scripts/quality/browser.ts';
import { isRedirectPage, listPages, onePagePerKind, type BuiltSite } from '../../scripts/quality/pages.ts';
import { readBuiltSiteData } from '../../scripts/build-site.ts';
import type { SiteData } from '../../src/lib/site/types.ts';

/** The sites the gates check, built once by setup.ts. */
export const SITES: BuiltSite[] = inject('sites');

/** A hand-made site with one deliberate defect per gate, to prove each gate can fail. */
export const BROKEN_SITE: BuiltSite = { name: 'broken', dir: join(import.meta.dirname, '..', 'fixtures', 'broken-site'), base: '/' };

/** GATE_QUICK=1, or a sampled site, checks one page of each kind instead of every page. */
export function pagesToCheck(site: BuiltSite): string[] {
  return process.env['GATE_QUICK'] === '1' || site.sample === true ? onePagePerKind(site.dir) : listPages(site.dir);
}

/** A site's home page and its first school page (not a former address's redirect): the two pages most visitors see. */
export function landingPages(site: BuiltSite): string[] {
  const pages = listPages(site.dir);
  const school = pages.find((page) => page.startsWith('schools/') && !isRedirectPage(site.dir, page));
  if (!school) throw new Error(`${site.name} has no school page`);
  return ['', school];
}

/** The publishable data a site was rendered from (written by scripts/build-site.ts). */
export function siteDataOf(site: BuiltSite): SiteData {
  return readBuiltSiteData(site.dir);
}

/** One Chromium for a whole gate file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}

import { describe, expect, it } from 'vitest';
import { checkCsp } from '../../scripts/quality/csp.ts';
import { isRedirectPage, listPages, mapWithLimit, onePagePerKind, pageKind, type BuiltSite } from '../../scripts/quality/pages.ts';
import { withServedSite } from '../../scripts/quality/server.ts';
import { BROKEN_SITE, SITES, siteDataOf, useBrowser } from './context.ts';

/** How the first chart of a page is drawn, as the browser computed it under the page's policy. */
function chartStyle(site: BuiltSite, page: string) {
  return withServedSite(site, async (server) => {
    const context = await browser().newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(server.url(page), { waitUntil: 'networkidle' });
      return await tab.evaluate(() => {
        const svg = document.querySelector('.chart-svg svg');
        const axis = svg?.querySelector('.ser-tabular');
        return {
          fontSize: svg ? getComputedStyle(svg).fontSize : null,
          maxWidth: svg ? getComputedStyle(svg).maxWidth : null,
          digits: axis ? getComputedStyle(axis).fontVariantNumeric : null,
        };
      });
    } finally {
      await context.close();
    }
  });
}

const browser = useBrowser();
const check = async (site: BuiltSite, pages: string[], query?: string) =>
  (
    await withServedSite(site, (server) =>
      mapWithLimit(pages, 2, (page) => checkCsp(browser(), server, page, pageKind(page) === 'search' ? query : undefined)),
    )
  ).flat();

describe('Content-Security-Policy: no violation, and no request to another host', () => {
  it('finds every defect of the broken fixture pages, and none on its correct pages', async () => {
    expect(await check(BROKEN_SITE, ['', 'search/'])).toEqual([]);
    const findings = await check(BROKEN_SITE, ['csp/', 'no-csp/']);
    expect(findings.map(({ page, check: kind }) => `${page} ${kind}`).sort()).toEqual([
      'csp/ third-party request',
      'csp/ violation',
      'no-csp/ no policy',
    ]);
    expect(findings.find((f) => f.check === 'violation')?.detail).toMatch(/^script-src-elem refused inline/);
    expect(findings.find((f) => f.check === 'third-party request')?.detail).toBe('https://example.org/tracker.png');
  });

  // The policy and every asset come from the page's template: one page of each kind covers it,
  // and the search page runs a search (Pagefind's WebAssembly and index files).
  for (const site of SITES)
    it(`holds on one page of each kind of the ${site.name} site, and in its search results`, async () => {
      const pages = onePagePerKind(site.dir);
      const [school] = siteDataOf(site).schools;
      const query = school?.name.split(' ')[0] ?? 'school';
      const findings = await check(site, pages, query);
      console.info(`csp: ${site.name}: ${pages.length} pages (${pages.map((p) => `/${p}`).join(', ')}), ${findings.length} findings`);
      expect(findings.map((f) => `/${f.page}: ${f.check}: ${f.detail}`)).toEqual([]);
    });

  // Charts lost their style attributes to the policy: their look now comes from attributes and the stylesheet.
  for (const site of SITES)
    it(`draws the ${site.name} site's charts styled without a style attribute`, async () => {
      const school = listPages(site.dir).find((page) => page.startsWith('schools/') && !isRedirectPage(site.dir, page));
      expect(await chartStyle(site, school ?? '')).toEqual({ fontSize: '12px', maxWidth: '100%', digits: 'tabular-nums' });
    });
});

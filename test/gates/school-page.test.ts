import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRedirectPage, listPages, pageFile, type BuiltSite } from '../../scripts/quality/pages.ts';
import { withServedSite } from '../../scripts/quality/server.ts';
import { landingPages, SITES, useBrowser } from './context.ts';

const browser = useBrowser();

/** Pages in a PDF: each page is one `/Type /Page` object (the tree's root is `/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

async function schoolPageInBrowser(site: BuiltSite): Promise<{ scrollWidth: number; pdfPages: number }> {
  const [, school = ''] = landingPages(site);
  return withServedSite(site, async (server) => {
    const page = await browser().newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.goto(server.url(school));
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      const pdf = await page.pdf({ format: 'Letter', printBackground: false });
      return { scrollWidth, pdfPages: pdfPageCount(pdf) };
    } finally {
      await page.close();
    }
  });
}

describe('school pages read on a phone and on paper, and stay light', () => {
  for (const site of SITES) {
    it(`never scroll sideways at 360 px, and print their summary on at most 2 pages, on the ${site.name} site`, async () => {
      const { scrollWidth, pdfPages } = await schoolPageInBrowser(site);
      expect(scrollWidth).toBeLessThanOrEqual(360);
      expect(pdfPages).toBeGreaterThan(0);
      expect(pdfPages).toBeLessThanOrEqual(2);
    });

    it(`keep every school page's own HTML under 100 KB on the ${site.name} site`, () => {
      const schools = listPages(site.dir).filter((page) => page.startsWith('schools/') && !isRedirectPage(site.dir, page));
      const largest = Math.max(...schools.map((page) => statSync(pageFile(site.dir, page)).size));
      expect(largest).toBeLessThan(100 * 1024);
    });
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, launchBrowser, packagedChromium } from '../../scripts/quality/browser.ts';
import { withServedSite } from '../../scripts/quality/server.ts';
import { BROKEN_SITE, SITES } from './context.ts';

describe('the browser harness', () => {
  // This machine may have a system Chromium; a fresh one has only the npm package's.
  it('runs the packaged Chromium that a machine without a system install falls back to', async () => {
    const browser = await launchBrowser({ binary: await packagedChromium() });
    try {
      const title = await withServedSite(BROKEN_SITE, async (server) => {
        const page = await (await browser.newContext()).newPage();
        await page.goto(server.url('search/'));
        return page.title();
      });
      expect(title).toBe('Search · Quality gate fixture');
    } finally {
      await browser.close();
    }
  });

  it('refuses a CHROMIUM_PATH that names no file', async () => {
    const saved = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = '/no/such/chromium';
    try {
      await expect(findChromium()).rejects.toThrow('CHROMIUM_PATH is set to /no/such/chromium, but there is no file there.');
    } finally {
      if (saved === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = saved;
    }
  });

  it("answers a missing address with the site's 404 page and status 404, as a static host does", async () => {
    for (const site of SITES)
      await withServedSite(site, async (server) => {
        const response = await fetch(server.url('no-such-page/'));
        expect(response.status).toBe(404);
        expect(await response.text()).toBe(readFileSync(join(site.dir, '404.html'), 'utf8'));
        expect((await fetch(server.url(''))).status).toBe(200);
      });
  });
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, PROJECT_ROOT, readBuiltSiteData } from './build-site.ts';
import { launchBrowser } from './quality/browser.ts';
import { onePagePerKind, pageKind } from './quality/pages.ts';
import { stayingTab } from './quality/stay.ts';
import { serveSite } from './quality/server.ts';

/**
 * Screenshots of one page of each kind at a phone's and a laptop's width, committed in
 * docs/screenshots/ so reviewers see the site without building it.
 * Usage: npm run screenshots [-- --out docs/screenshots]
 */
const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshots' } } });
const WIDTHS = [360, 1280];
/** The demo shows every kind of page; Wake shows a school page, where sites differ most, and its real spending. */
const SITES = [
  { name: 'demo', root: '.', kinds: null },
  { name: 'wake', root: 'examples/wake', kinds: ['schools/*', 'spending'] },
];

/** `schools/*` is "school", `stories/*` "story", `indicators` stays "indicators": one name per kind of page. */
function fileLabel(kind: string): string {
  return kind.endsWith('/*') ? kind.slice(0, -2).replace(/ies$/, 'y').replace(/s$/, '') : kind;
}

const out = join(PROJECT_ROOT, values.out);
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
try {
  for (const { name, root, kinds } of SITES) {
    const dir = join(PROJECT_ROOT, '.build', 'screenshots', `${name}-screens`);
    await buildSite({ siteRoot: join(PROJECT_ROOT, root), outDir: dir, log: () => {} });
    const { site } = readBuiltSiteData(dir);
    const server = await serveSite(dir, site.base);
    const pages = onePagePerKind(dir).filter((page) => kinds === null || kinds.includes(pageKind(page, dir)));
    for (const page of pages)
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
        const { tab, open } = await stayingTab(context);
        await open(server.url(page), 'networkidle');
        const file = join(out, `${name}-${fileLabel(pageKind(page, dir))}-${width}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        await context.close();
        console.log(`${file.slice(PROJECT_ROOT.length + 1)}  (/${page})`);
      }
    await server.close();
  }
} finally {
  await browser.close();
}

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSiteData } from '../../scripts/build-site.ts';
import { checkEscaping, searchResultLinks } from '../../scripts/quality/escaping.ts';
import { onePagePerKind, pageKind, type BuiltSite } from '../../scripts/quality/pages.ts';
import { withServedSite } from '../../scripts/quality/server.ts';
import { buildWithCli, PROJECT } from '../build-cli.ts';
import { TINY_SITE } from '../data/site-fixture.ts';
import { BROKEN_SITE, useBrowser } from './context.ts';

/**
 * Markup in every text cell a page shows of a school: tags with handlers, attribute-breaking
 * quotes of both kinds, a closing </script> and </title>. Each would add an element (id
 * "injected…") or a handler if any page, title, attribute, chart or search result let it
 * through unescaped.
 */
const NAME = `Alder <img id="injected-img" src=x onerror="alert('name')"> "Elm" 'Oak' </script><script id="injected-script">alert(1)</script>`;
const ADDRESS = `1 Alder Way" onmouseover="alert('address')" x="</title><b id="injected-title">`;
const CITY = `Riverside' onfocus='alert(3)`;
const STORY_TITLE = `<b id="injected-story" onclick="alert(4)">Alder</b> " </title><i id="injected-story-title">`;
const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;

const browser = useBrowser();
let site: BuiltSite;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'ser-hostile-'));
  cpSync(TINY_SITE, root, { recursive: true });
  const schools = join(root, 'data', 'schools.csv');
  writeFileSync(
    schools,
    readFileSync(schools, 'utf8').replace(
      'Alder Elementary,elementary,K-5,1 Alder Way,Riverside',
      `${csvCell(NAME)},elementary,K-5,${csvCell(ADDRESS)},${csvCell(CITY)}`,
    ),
  );
  // A story about the school, so its name is in story pages and lists, with markup in the story's title too.
  mkdirSync(join(root, 'content', 'stories'));
  writeFileSync(
    join(root, 'content', 'stories', 'about-alder.md'),
    `---\ntitle: '${STORY_TITLE}'\nsummary: About Alder.\ndate: 2025-01-01\nauthors: [Ada Example]\nschools: ['0101']\n---\nText.\n`,
  );
  // Served from a folder of a larger site, as many districts publish: search must link into it.
  const config = join(root, 'content', 'site.md');
  writeFileSync(config, readFileSync(config, 'utf8').replace('min_group_size: 10', 'min_group_size: 10\nbase: /equity/'));
  const out = join('.build', 'gates', 'hostile');
  await buildWithCli(root, out);
  site = { name: 'hostile', dir: join(PROJECT, out), base: readBuiltSiteData(out).site.base };
}, 300_000);

describe('escaping: markup in the data stays text on every page and in search results', () => {
  it('finds the unescaped name of the broken fixture page, and nothing on its correct pages', async () => {
    const findings = await withServedSite(BROKEN_SITE, async (server) => [
      ...(await checkEscaping(browser(), server, '', 'Quality gate fixture')),
      ...(await checkEscaping(browser(), server, 'escaping/', 'Alder <img')),
    ]);
    expect(findings.map((f) => `${f.page} ${f.check}: ${f.detail}`)).toEqual([
      'escaping/ dialog: alert: name',
      'escaping/ injected element: <img id="injected-img">',
      'escaping/ injected element: <img onerror>',
      'escaping/ text shown: "Alder <img" is not in the page\'s text',
    ]);
  });

  it('builds a site whose school carries the markup', () => {
    expect(readBuiltSiteData(site.dir).schools.map((school) => school.name)).toContain(NAME);
  });

  it('opens no dialog and adds no element on one page of each kind, or in search results', async () => {
    // The school with the markup has the first school page, and the redirect page of its former id.
    const pages = onePagePerKind(site.dir).filter((page) => pageKind(page) !== 'search');
    expect(pages).toContain('schools/0101/');
    expect(pages).toContain('schools/0091/');
    expect(pages).toContain('stories/about-alder/');
    const shown = (page: string) =>
      page.startsWith('schools/0101')
        ? ADDRESS
        : page.startsWith('schools/0091')
          ? 'Alder <img'
          : page.startsWith('stories/')
            ? STORY_TITLE.slice(0, 12)
            : '';
    const findings = await withServedSite(site, async (server) => {
      const results = [];
      for (const page of pages) results.push(...(await checkEscaping(browser(), server, page, shown(page))));
      results.push(...(await checkEscaping(browser(), server, 'search/', '</script>', 'Alder')));
      return results;
    });
    console.info(
      `escaping: ${pages.length + 1} pages (${[...pages, 'search/'].map((p) => `/${p}`).join(', ')}), ${findings.length} findings`,
    );
    expect(findings.map((f) => `/${f.page}: ${f.check}: ${f.detail}`)).toEqual([]);
  });

  it("links search results into the site's folder", async () => {
    const links = await withServedSite(site, (server) => searchResultLinks(browser(), server, 'Birch'));
    expect(links).toContain('/equity/schools/0102/');
    expect(links.every((href) => href.startsWith('/equity/'))).toBe(true);
  });
});

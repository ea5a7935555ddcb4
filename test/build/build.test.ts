import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/quality/pages.ts';
import { indexedPages } from '../../scripts/quality/search-index.ts';
import { buildFolders, buildSite } from '../../scripts/build-site.ts';
import { DataError, formatIssue } from '../../src/lib/errors.ts';
import { buildWithCli, killBuildAt, PROJECT } from '../build-cli.ts';
import { TINY_SITE } from '../data/site-fixture.ts';

/**
 * Whole builds, one after another (Astro builds of one project must not overlap): in this
 * process through `buildSite`, and once through the command a newcomer runs, for its exit
 * code and message.
 */
const work = mkdtempSync(join(tmpdir(), 'ser-build-'));
const build = (siteRoot: string, outDir: string) => buildSite({ siteRoot, outDir, log: () => {} });

/** A file's text, gunzipped first when it is compressed (Pagefind's index is). */
function textOf(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** An output folder holding a stand-in for the last good site, whose home page reads `text`. */
function previousSite(name: string, text = 'the previous site'): string {
  const out = join(work, name);
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), text);
  return out;
}

describe('building a site', { timeout: 300_000 }, () => {
  const tinyOut = join(work, 'tiny-dist');
  // A subgroup of 6 students with a value no other cell has: it must appear nowhere.
  const site = join(work, 'tiny-site');
  cpSync(TINY_SITE, site, { recursive: true });
  const measures = join(site, 'data', 'measures.csv');
  writeFileSync(measures, `${readFileSync(measures, 'utf8').trimEnd()}\n2022-23,0101,poverty,asian,,,77.77,,\n`);
  // Served from a folder of a larger site, as many districts publish.
  const siteConfig = join(site, 'content', 'site.md');
  writeFileSync(siteConfig, readFileSync(siteConfig, 'utf8').replace('min_group_size: 10', 'min_group_size: 10\nbase: /equity/'));
  // Alder's directory entry has a phone and a website; the others' cells are blank.
  const schools = join(site, 'data', 'schools.csv');
  writeFileSync(
    schools,
    readFileSync(schools, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line, i) => `${line},${i === 0 ? 'phone,website' : i === 1 ? '(555) 010-2000,https://alder.example.org/' : ','}`)
      .join('\n'),
  );
  /** A copy of the tiny site to change, for one test. */
  const copyOfSite = (name: string) => {
    const copy = join(work, name);
    cpSync(site, copy, { recursive: true });
    return copy;
  };
  // What an earlier failed build of this output left: a good build must not leave it behind.
  const staleReport = buildFolders(tinyOut).problems;
  mkdirSync(dirname(staleReport), { recursive: true });
  writeFileSync(staleReport, 'problems of an earlier build\n');

  it('renders a page per school and indicator, and a search index', async () => {
    await build(site, tinyOut);
    const files = listFiles(tinyOut);
    for (const page of [
      'index.html',
      'schools/0101/index.html',
      'schools/0102/index.html',
      'schools/0103/index.html',
      'indicators/index.html',
      'indicators/absent/index.html',
      'indicators/proficient/index.html',
      'indicators/poverty/index.html',
      'methodology/index.html',
      'search/index.html',
      'accessibility/index.html',
      'pagefind/pagefind-entry.json',
    ])
      expect(files).toContain(page);
    // Nothing but the site: no build leftovers such as Astro's content-*.mjs stubs.
    expect(files.filter((file) => /\.(mjs|map|d\.ts)$/.test(file))).toEqual([]);
    const school = readFileSync(join(tinyOut, 'schools/0102/index.html'), 'utf8');
    expect(school).toContain('Birch Middle');
    expect(school).toContain('A higher score means greater need, not a worse school.');
    expect(school).toContain('role="img"');
    // Every link and asset is under the base path.
    expect(school).toContain('href="/equity/indicators/absent/"');
    expect(school).toMatch(/<link rel="stylesheet" href="\/equity\/_astro\/[^"]+\.css"/);
    expect(school).not.toMatch(/(href|src)="\/(?!equity\/)/);
    // Birch has coordinates: a locator map and a plain link. Cedar has none: no map, and why.
    const location = (page: string) => page.slice(page.indexOf('id="location-heading"'));
    expect(location(school)).toContain('<svg');
    expect(location(school)).toContain('href="https://www.openstreetmap.org/?mlat=38.51000&mlon=-121.51000#map=17/38.51000/-121.51000"');
    const cedar = location(readFileSync(join(tinyOut, 'schools/0103/index.html'), 'utf8'));
    expect(cedar).toContain('No map: the district&#39;s school directory does not publish coordinates for this school.');
    expect(cedar).not.toContain('<svg');
    expect(cedar).not.toContain('openstreetmap.org');
  });

  it("sends a former id's address on to the school's page, out of search, and finds the school by its former name", () => {
    const redirect = readFileSync(join(tinyOut, 'schools/0091/index.html'), 'utf8');
    expect(redirect).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/equity/schools/0101/">');
    expect(redirect).toContain('<meta name="robots" content="noindex">');
    expect(redirect).toContain('<link rel="canonical" href="/equity/schools/0101/">');
    expect(redirect).toMatch(/<title>Alder Elementary: this page has moved · [^<]+<\/title>/);
    expect(redirect).toMatch(/<main[^>]*>[\s\S]*<a href="\/equity\/schools\/0101\/">Alder Elementary<\/a>[\s\S]*<\/main>/);
    expect(redirect).not.toContain('data-pagefind-body');
    // Pagefind's addresses leave out the base path; its script adds it.
    const indexed = indexedPages(tinyOut);
    expect(indexed.map((page) => page.url)).not.toContain('/schools/0091/');
    expect(indexed.find((page) => page.url === '/schools/0101/')?.content).toContain(
      'Formerly Alder Grammar School, id 0091 (until 2021–22)',
    );
  });

  it("links a school's phone and website, and leaves out what the directory does not give", () => {
    const alder = readFileSync(join(tinyOut, 'schools/0101/index.html'), 'utf8');
    expect(alder).toContain('Phone: <a href="tel:5550102000">(555) 010-2000</a>');
    expect(alder).toContain('Website: <a href="https://alder.example.org/">https://alder.example.org/</a>');
    const birch = readFileSync(join(tinyOut, 'schools/0102/index.html'), 'utf8');
    expect(birch).not.toContain('tel:');
    expect(birch).toContain('id="spending-heading"');
  });

  it('removes the problem list of an earlier failed build', () => {
    expect(existsSync(staleReport)).toBe(false);
  });

  it('gives every page a Content-Security-Policy first in its head, and nothing inline for it to refuse', () => {
    const pages = listFiles(tinyOut).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = readFileSync(join(tinyOut, page), 'utf8');
      expect(html, page).toMatch(/<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; /);
      expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? [], page).toEqual([]);
      expect(html.match(/\s(style|on[a-z]+)="/g) ?? [], page).toEqual([]);
    }
    expect(readFileSync(join(tinyOut, 'search/index.html'), 'utf8')).toContain('<script src="/equity/search.js"></script>');
    expect(readFileSync(join(tinyOut, 'search.js'), 'utf8')).toContain('new PagefindUI(');
  });

  it('publishes no suppressed value in any file', () => {
    const leaks = listFiles(tinyOut).filter((file) => /77\.77|77\.8/.test(textOf(join(tinyOut, file))));
    expect(leaks).toEqual([]);
    // The fixture's sentinel really is in the input, so this test can fail.
    expect(readFileSync(measures, 'utf8')).toContain('77.77');
  });

  it('publishes a story, and a draft only in a preview: never in the pages, the feed or the search index otherwise', async () => {
    const copy = copyOfSite('tiny-stories');
    const config = join(copy, 'content', 'site.md');
    writeFileSync(config, readFileSync(config, 'utf8').replace('base: /equity/', 'base: /equity/\nurl: https://tiny.example.org/equity/'));
    mkdirSync(join(copy, 'content', 'stories'));
    const story = (title: string, draft: boolean) =>
      `---\ntitle: ${title}\nsummary: About Alder.\ndate: 2025-03-14\nauthors: [Ada Example]\nschools: ['0101']\ndraft: ${draft}\n---\nAbsence was :value{metric="indicator" school="0101" indicator="absent"}.\n`;
    writeFileSync(join(copy, 'content', 'stories', 'published-story.md'), story('Published Quokka', false));
    writeFileSync(join(copy, 'content', 'stories', 'secret-draft.md'), story('Secret Wombat', true));
    const out = join(work, 'tiny-stories-dist');
    const everything = () => listFiles(out).map((file) => textOf(join(out, file)));

    await build(copy, out);
    expect(listFiles(out)).toContain('stories/published-story/index.html');
    expect(listFiles(out).filter((file) => file.includes('secret-draft'))).toEqual([]);
    expect(everything().filter((text) => text.includes('Wombat'))).toEqual([]);
    expect(indexedPages(out).map((page) => page.url)).toContain('/stories/published-story/');
    expect(readFileSync(join(out, 'stories/published-story/index.html'), 'utf8')).toContain('Absence was 10.0%.');
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" hreflang="en" href="https://tiny.example.org/equity/stories/published-story/"/>',
    );
    expect(feed).toContain('<updated>2025-03-14T00:00:00Z</updated>');
    expect(feed).not.toContain('Wombat');

    // The same files built as a preview: the draft is there, so the checks above can fail.
    await buildSite({ siteRoot: copy, outDir: out, log: () => {}, drafts: true });
    expect(listFiles(out)).toContain('stories/secret-draft/index.html');
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain('Secret Wombat');
    expect(indexedPages(out).map((page) => page.url)).toContain('/stories/secret-draft/');
  });

  it('builds a district without spending data: no spending section on any page', async () => {
    const unfunded = copyOfSite('unfunded-site');
    rmSync(join(unfunded, 'data', 'spending.csv'));
    const manifestFile = join(unfunded, 'data', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: { path: string }[] };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, files: manifest.files.filter((file) => file.path !== 'spending.csv') }));
    const out = join(work, 'unfunded-dist');
    await build(unfunded, out);
    const pages = listFiles(out).filter((file) => file.endsWith('.html'));
    expect(pages).toContain('schools/0102/index.html');
    expect(pages.filter((page) => /spending/i.test(readFileSync(join(out, page), 'utf8')))).toEqual([]);
  });

  it("shows a measure the newest year lacks with its latest value, that value's year and its series", async () => {
    // Proficiency was last reported in 2022-23; 2023-24 has the other measures.
    const stopped = copyOfSite('stopped-site');
    const file = join(stopped, 'data', 'measures.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, lines.filter((line) => !(line.startsWith('2023-24') && line.includes(',proficient,'))).join('\n'));
    const out = join(work, 'stopped-dist');
    await build(stopped, out);
    const text = readFileSync(join(out, 'schools', '0102', 'index.html'), 'utf8')
      .replace(/<svg[\s\S]*?<\/svg>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    // Birch Middle: 200 of 500 in 2022-23, against the median of 50% and 40%.
    expect(text).toMatch(/Proficiency 40\.0% 2022–23 45\.0%/);
    expect(text).toContain('Last reported in 2022–23.');
    expect(text).toMatch(/Indicator 2022–23 2023–24 .*Proficiency, this school 40\.0% Proficiency, district median 45\.0%/);
  });

  it('leaves the last good site untouched when the data is bad', async () => {
    const out = previousSite('kept-dist', 'the last good site');
    const broken = copyOfSite('broken-site');
    writeFileSync(join(broken, 'data', 'enrollment.csv'), 'school_year,school_id,student_group,count\n2022-23,0101,all,12a\n');
    const failure = await buildWithCli(broken, out).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('data/enrollment.csv line 2, column "count": got "12a"');
    expect(failure?.stderr).toContain(`The full list of 1 problem is in ${buildFolders(out).problems}.\n`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good site');
    expect(existsSync(join(PROJECT, '.build', 'kept-dist-staging'))).toBe(false);
  });

  it('lists every problem, ungrouped, in a file outside the output, and says where', async () => {
    const out = join(work, 'listed-dist');
    const broken = copyOfSite('listed-site');
    const rows = Array.from({ length: 150 }, (_, i) => `2022-23,0101,group_${String(i)},12a`);
    writeFileSync(join(broken, 'data', 'enrollment.csv'), ['school_year,school_id,student_group,count', ...rows].join('\n'));
    const schools = join(broken, 'data', 'schools.csv');
    writeFileSync(schools, readFileSync(schools, 'utf8').replace(',6-8,', ',6 to 8,'));
    const error = await build(broken, out).then(
      () => expect.fail('the broken site was accepted'),
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof DataError) || error.report === undefined) return expect.fail(`not a DataError with a report: ${String(error)}`);
    expect(error.report).toBe(buildFolders(out).problems);
    expect(error.report.startsWith(`${out}${sep}`)).toBe(false);
    expect(error.message.split('\n').at(-1)).toBe(`The full list of ${String(error.issues.length)} problems is in ${error.report}.`);
    // 150 rows with a bad group and a bad count, and one bad school: 301 problems in three groups.
    expect(error.issues.length).toBe(301);
    expect(error.message.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
    const listed = readFileSync(error.report, 'utf8').trimEnd().split('\n').slice(1);
    expect(listed.filter((line) => !line.startsWith('  '))).toEqual(error.issues.map(formatIssue));
    expect(listed).toContain('  … 2 rows in data/spending.csv were not checked against data/schools.csv.');
  });

  it('refuses a script in markdown before rendering anything, naming the file and line', async () => {
    const out = previousSite('kept-from-markdown', 'the last good site');
    const scripted = copyOfSite('scripted-site');
    const config = join(scripted, 'content', 'site.md');
    const text = readFileSync(config, 'utf8');
    writeFileSync(config, `${text.trimEnd()}\n\n<script>alert(1)</script>\n`);
    const line = text.trimEnd().split('\n').length + 2;
    const failure = await buildWithCli(scripted, out).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`content/site.md line ${String(line)}: got "<script>", expected no <script> element`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good site');
  });
});

describe('a build killed at any moment', { timeout: 300_000 }, () => {
  const site = join(work, 'kill-site');
  cpSync(TINY_SITE, site, { recursive: true });
  const bad = join(work, 'kill-bad-site');
  cpSync(TINY_SITE, bad, { recursive: true });
  writeFileSync(join(bad, 'data', 'enrollment.csv'), 'school_year,school_id,student_group,count\n2022-23,0101,all,12a\n');

  const home = (out: string) => readFileSync(join(out, 'index.html'), 'utf8');
  /** What a build left beside the output folder: nothing, once it is over or recovered. */
  const besides = (out: string) => readdirSync(work).filter((name) => name.startsWith(`${out.slice(work.length + 1)}.`));
  // A build that fails on its data proves recovery comes first: it stops before rendering.
  const failingBuild = (out: string) =>
    buildWithCli(bad, out).then(
      () => expect.fail('the bad site was accepted'),
      (error: { code: number }) => error.code,
    );

  it('keeps the previous site when killed while rendering', async () => {
    const out = previousSite('killed-rendering');
    await killBuildAt(site, out, /Data: \d+ schools validated/);
    expect(home(out)).toBe('the previous site');
    expect(besides(out)).toEqual([]);
  });

  it('restores the previous site before anything else when killed between the two renames', async () => {
    const out = previousSite('killed-between');
    const said = await killBuildAt(site, out, /paused after renaming/, { from: out });
    // The moment the issue is about: the previous site moved aside, the new one not yet in.
    expect(said).toContain(`paused after renaming ${out} to ${out}.old`);
    expect(existsSync(out)).toBe(false);
    expect(await failingBuild(out)).toBe(1);
    expect(home(out)).toBe('the previous site');
    expect(besides(out)).toEqual([]);
  });

  it('keeps the new site and clears the previous one when killed just after the swap', async () => {
    const out = previousSite('killed-after');
    const said = await killBuildAt(site, out, /paused after renaming/, { to: out });
    expect(said).toContain(`paused after renaming ${out}.next to ${out}`);
    expect(home(out)).toContain('Tiny Test District');
    expect(besides(out)).toEqual(['killed-after.old']);
    expect(await failingBuild(out)).toBe(1);
    expect(home(out)).toContain('Tiny Test District');
    expect(besides(out)).toEqual([]);
  });
});

import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../build-cli.ts';
import { TINY_SITE } from '../data/site-fixture.ts';

const run = promisify(execFile);
const REPORT = join(PROJECT, '.build', 'check-problems.txt');

/** A script as a newcomer runs it (`npm run check -- --site <folder>`): its exit code and what it prints. */
async function script(name: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], { cwd: PROJECT });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}
const check = (site: string) => script('check', '--site', site);

describe('npm run check', { timeout: 60_000 }, () => {
  it('validates a site without building it, and says what it holds', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ser-check-'));
    cpSync(TINY_SITE, out, { recursive: true });
    const { code, out: printed } = await check(out);
    expect(code).toBe(0);
    expect(printed).toContain('no problems. 3 schools, 3 indicators, 2 school years (2022-23, 2023-24); nothing was built.');
    expect(printed).toContain('data/ folder holds raw counts');
    expect(existsSync(join(out, 'dist'))).toBe(false);
  });

  it('checks stories, drafts included: a bad reference fails at its line, a typed number is a warning', async () => {
    const site = mkdtempSync(join(tmpdir(), 'ser-check-stories-'));
    cpSync(TINY_SITE, site, { recursive: true });
    mkdirSync(join(site, 'content', 'stories'));
    const story = (body: string, draft: boolean) =>
      `---\ntitle: T\nsummary: S.\ndate: 2025-01-01\nauthors: [A]\ndraft: ${draft}\n---\n${body}\n`;
    const file = join(site, 'content', 'stories', 'a.md');
    writeFileSync(file, story('About 12% of students.', false));
    const warned = await check(site);
    expect(warned.code).toBe(0);
    expect(warned.out).toContain('1 published story (drafts checked too)');
    expect(warned.out).toContain(
      'Warning: content/stories/a.md line 8: got "12%", expected a `:value` directive if this is a figure from the data',
    );
    writeFileSync(file, story(':value{metric="score" school="0999"}', true));
    const failed = await check(site);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(
      /content\/stories\/a\.md line 8: got "0999", expected school="…" to be a school id [^\n]*one of: 0101, 0102, 0103\./,
    );
  });

  it("gives the build's messages, grouped, with every problem in a report outside the site", async () => {
    const broken = mkdtempSync(join(tmpdir(), 'ser-check-broken-'));
    cpSync(TINY_SITE, broken, { recursive: true });
    const schools = join(broken, 'data', 'schools.csv');
    writeFileSync(schools, readFileSync(schools, 'utf8').replace(',K-5,', ',K5,'));
    const { code, out } = await check(broken);
    expect(code).toBe(1);
    expect(out).toMatch(/data\/schools\.csv line 2, column "grades": got "K5", expected /);
    expect(out).toContain(`The full list of 1 problem is in ${REPORT}.`);
    expect(readFileSync(REPORT, 'utf8')).toContain('data/schools.csv line 2, column "grades"');
  });

  it('passes on a new site folder from the starter template, which init never writes over', async () => {
    const site = join(mkdtempSync(join(tmpdir(), 'ser-init-')), 'site');
    expect((await script('init', site)).code).toBe(0);
    expect(await check(site)).toMatchObject({
      code: 0,
      out: expect.stringContaining('no problems. 3 schools, 2 indicators, 1 school year (2024-25)'),
    });
    expect(readFileSync(join(site, 'content', 'site.md'), 'utf8')).toContain('Replace this welcome');
    expect(await script('init', site)).toMatchObject({ code: 1, out: expect.stringContaining('already has files') });
  });

  it('imports a mapped site with the CLI, then names each file whose explanation is still the placeholder, until it is written', async () => {
    const site = join(mkdtempSync(join(tmpdir(), 'ser-import-')), 'site');
    const mapping = join(PROJECT, 'test', 'fixtures', 'csv-mapping', 'mapping.yaml');
    expect(await script('import', 'csv', mapping, '--out', site, '--published', '2019-09-01')).toMatchObject({ code: 0 });
    const first = await check(site);
    expect(first.code).toBe(1);
    expect(first.out).toContain("content/indicators/ell_share.md: the explanation is still the importer's placeholder");
    expect(first.out).toContain('7 file(s) still carry a placeholder explanation');
    for (const path of listPlaceholders(first.out))
      writeFileSync(join(site, path), readFileSync(join(site, path), 'utf8').replace(/PLACEHOLDER:.*$/m, 'What this page is about.'));
    expect(await check(site)).toMatchObject({ code: 0, out: expect.stringContaining('no problems. 2 schools, 3 indicators') });
  });
});

/** The files a check names as still carrying the placeholder. */
function listPlaceholders(out: string): string[] {
  return [...out.matchAll(/^(content\/\S+\.md): the explanation is still/gm)].map((match) => match[1] ?? '');
}

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from 'd3';
import { parseArgs } from 'node:util';
import { benchStages } from './bench/stages.ts';
import { buildSite, PROJECT_ROOT, readBuiltSiteData } from './build-site.ts';
import { runLighthouse } from './quality/lighthouse.ts';
import { listFiles, listPages } from './quality/pages.ts';
import { withServedSite } from './quality/server.ts';

/**
 * Measures a site against a baseline measured in the same run, on the same machine: the
 * three-school test fixture. Figures are reported as ratios, since these machines are noisy.
 * Usage: npm run bench [-- --site examples/wake]
 *        npm run bench -- --synthetic 500,2000   (each build stage at scale: scripts/bench/stages.ts)
 */
const { values } = parseArgs({ options: { site: { type: 'string', default: '.' }, synthetic: { type: 'string' } } });
if (values.synthetic !== undefined) {
  benchStages(values.synthetic.split(',').map(Number));
  process.exit(0);
}
const BASELINE = { label: 'baseline (3-school fixture)', root: 'test/fixtures/tiny-site', out: 'bench-baseline' };
const SUBJECT = { label: values.site === '.' ? 'demo site' : values.site, root: values.site, out: 'bench-subject' };
/** Lighthouse's simulated figures vary from run to run: each is the median of this many. */
const LIGHTHOUSE_RUNS = 3;

interface Measured {
  label: string;
  schools: number;
  pages: number;
  buildSeconds: number;
  siteBytes: number;
  schoolPageBytes: number;
  lighthouse: { page: string; performance: number; lcpMs: number; tbtMs: number; bytes: number }[];
}

async function measure({ label, root, out }: typeof BASELINE): Promise<Measured> {
  const dir = join(PROJECT_ROOT, '.build', 'bench', out);
  const started = process.hrtime.bigint();
  await buildSite({ siteRoot: join(PROJECT_ROOT, root), outDir: dir, log: () => {} });
  const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { site, schools } = readBuiltSiteData(dir);
  const files = listFiles(dir);
  const size = (file: string) => statSync(join(dir, file)).size;
  const schoolPages = files.filter((file) => /^schools\/[^/]+\/index\.html$/.test(file));
  const pages = listPages(dir);
  const landing = ['', pages.find((page) => page.startsWith('schools/')) ?? ''];
  const runs = await withServedSite({ dir, base: site.base }, async (server) => {
    const all = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) all.push(await runLighthouse(landing.map(server.url), ['performance']));
    return all;
  });
  return {
    label,
    schools: schools.length,
    pages: pages.length,
    buildSeconds,
    siteBytes: files.reduce((sum, file) => sum + size(file), 0),
    schoolPageBytes: schoolPages.reduce((sum, file) => sum + size(file), 0) / schoolPages.length,
    lighthouse: landing.map((page, i) => {
      const reports = runs.flatMap((run) => run[i] ?? []);
      return {
        page: `/${page}`,
        performance: median(reports, (report) => report.scores.performance) ?? Number.NaN,
        lcpMs: median(reports, (report) => report.metrics.lcpMs) ?? Number.NaN,
        tbtMs: median(reports, (report) => report.metrics.tbtMs) ?? Number.NaN,
        bytes: median(reports, (report) => report.metrics.bytes) ?? Number.NaN,
      };
    }),
  };
}

// The first build in a process pays for starting Astro and Vite; it is not counted.
await buildSite({
  siteRoot: join(PROJECT_ROOT, BASELINE.root),
  outDir: join(PROJECT_ROOT, '.build', 'bench', 'bench-warm-up'),
  log: () => {},
});
const baseline = await measure(BASELINE);
const subject = await measure(SUBJECT);
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);
const row = (name: string, a: number, b: number, unit = '') =>
  `| ${name} | ${a.toFixed(unit === 's' ? 1 : 0)}${unit} | ${b.toFixed(unit === 's' ? 1 : 0)}${unit} | ${ratio(b, a)} |`;

console.log(`| measure | ${baseline.label} | ${subject.label} | ratio |`);
console.log('|---|---|---|---|');
console.log(row('schools', baseline.schools, subject.schools));
console.log(row('pages', baseline.pages, subject.pages));
console.log(row('build, wall', baseline.buildSeconds, subject.buildSeconds, 's'));
console.log(row('build per page', (baseline.buildSeconds * 1000) / baseline.pages, (subject.buildSeconds * 1000) / subject.pages, 'ms'));
console.log(row('site size', baseline.siteBytes / 1024, subject.siteBytes / 1024, ' KiB'));
console.log(row('school page size (mean)', baseline.schoolPageBytes / 1024, subject.schoolPageBytes / 1024, ' KiB'));
for (const [i, page] of ['home', 'school page'].entries()) {
  const [a, b] = [baseline.lighthouse[i], subject.lighthouse[i]];
  if (!a || !b) continue;
  console.log(row(`Lighthouse performance, ${page} (mobile)`, a.performance, b.performance));
  console.log(row(`largest contentful paint, ${page}`, a.lcpMs, b.lcpMs, ' ms'));
  console.log(row(`total blocking time, ${page}`, a.tbtMs, b.tbtMs, ' ms'));
  console.log(row(`bytes transferred, ${page}`, a.bytes / 1024, b.bytes / 1024, ' KiB'));
}

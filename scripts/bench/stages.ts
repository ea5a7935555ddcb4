import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildFolders, PROJECT_ROOT } from '../build-site.ts';
import { writeSyntheticDistrict } from './synthetic-district.ts';

const STAGES = ['data', 'render', 'search'] as const;
/** The synthetic districts' draws of demo schools; fixed, so every run builds the same files. */
const SEED = 42;

interface StageFigures {
  seconds: number;
  peakRssMiB: number;
}

interface SiteFigures {
  label: string;
  schools: number;
  stages: Record<(typeof STAGES)[number], StageFigures>;
  /** Mean size of a school's publishable JSON. */
  schoolJsonKiB: number;
  /** The largest school page's own HTML: it must not grow with the district (never one mark per school). */
  largestPageKiB: number;
}

function runStage(stage: string, site: string, out: string): StageFigures {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/bench/stage.ts'), stage, site, out], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as StageFigures;
}

function measureSite(label: string, site: string, out: string): SiteFigures {
  const stages = Object.fromEntries(STAGES.map((stage) => [stage, runStage(stage, site, out)])) as SiteFigures['stages'];
  const dir = join(buildFolders(out).data, 'schools');
  const sizes = readdirSync(dir).map((file) => statSync(join(dir, file)).size);
  const pages = join(buildFolders(out).staging, 'schools');
  const pageSizes = readdirSync(pages).flatMap((slug) => {
    const file = join(pages, slug, 'index.html');
    return existsSync(file) ? [statSync(file).size] : [];
  });
  return {
    label,
    schools: sizes.length,
    stages,
    schoolJsonKiB: sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024,
    largestPageKiB: Math.max(...pageSizes) / 1024,
  };
}

/**
 * Each build stage, in a process of its own, for the demo (the baseline, measured in the same
 * run) and seeded synthetic districts of the given sizes: wall time and peak memory, with
 * ratios to the baseline. Linear growth shows as a time ratio near the ratio of schools.
 */
export function benchStages(sizes: readonly number[]): void {
  const bench = join(PROJECT_ROOT, '.build', 'bench');
  const sites = [measureSite('demo (baseline)', PROJECT_ROOT, join(bench, 'stages-demo'))];
  for (const size of sizes) {
    const root = join(bench, `synthetic-${size}`);
    writeSyntheticDistrict(PROJECT_ROOT, size, SEED, root);
    sites.push(measureSite(`synthetic ${size}`, root, join(bench, `stages-${size}`)));
  }
  const [baseline] = sites;
  if (!baseline) return;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  console.log('| site | schools | stage | wall | ratio | peak RSS | ratio |');
  console.log('|---|---|---|---|---|---|---|');
  for (const site of sites)
    for (const stage of STAGES) {
      const { seconds, peakRssMiB } = site.stages[stage];
      const base = baseline.stages[stage];
      console.log(
        `| ${site.label} | ${site.schools} | ${stage} | ${seconds.toFixed(1)} s | ${ratio(seconds, base.seconds)} | ${peakRssMiB.toFixed(0)} MiB | ${ratio(peakRssMiB, base.peakRssMiB)} |`,
      );
    }
  console.log('\n| site | mean school JSON | largest school page | ratio |');
  console.log('|---|---|---|---|');
  for (const site of sites)
    console.log(
      `| ${site.label} | ${site.schoolJsonKiB.toFixed(1)} KiB | ${site.largestPageKiB.toFixed(1)} KiB | ${ratio(site.largestPageKiB, baseline.largestPageKiB)} |`,
    );
}

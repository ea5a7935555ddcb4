import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readBuiltSiteData } from '../../scripts/build-site.ts';
import type { BuiltSite } from '../../scripts/quality/pages.ts';
import { buildWithCli, PROJECT } from '../build-cli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sites: BuiltSite[];
  }
}

/** Every site the project ships; each must pass every gate. */
const SITES = [
  { name: 'demo', root: '.' },
  { name: 'wake', root: 'examples/wake' },
  // Made by `npm run import -- csv` from their mappings; sampled: one page of each kind in the browser and HTML gates.
  { name: 'nyc', root: 'examples/nyc', sample: true },
  { name: 'boston', root: 'examples/boston', sample: true },
];

/** Builds each site once, as a newcomer does (`npm run build`), for all the gate files to check. */
export default async function setup(project: TestProject): Promise<void> {
  const only = process.env['GATE_SITES']?.split(',');
  const sites: BuiltSite[] = [];
  for (const { name, root, sample } of SITES) {
    if (only && !only.includes(name)) continue;
    if (!existsSync(join(PROJECT, root, 'content', 'site.md'))) continue;
    const out = join('.build', 'gates', name);
    await buildWithCli(root, out);
    const { site } = readBuiltSiteData(out);
    sites.push({ name, dir: join(PROJECT, out), base: site.base, source: root, ...(sample ? { sample } : {}) });
  }
  project.provide('sites', sites);
}

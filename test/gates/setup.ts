import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import type { BuiltSite } from '../../scripts/quality/pages.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sites: BuiltSite[];
  }
}

const PROJECT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** Every site the project ships; each must pass every gate. */
const SITES = [
  { name: 'demo', root: '.' },
  { name: 'wake', root: 'examples/wake' },
];

/** Builds each site once, as a newcomer does (`npm run build`), for all the gate files to check. */
export default async function setup(project: TestProject): Promise<void> {
  const only = process.env['GATE_SITES']?.split(',');
  const sites: BuiltSite[] = [];
  for (const { name, root } of SITES) {
    if (only && !only.includes(name)) continue;
    if (!existsSync(join(PROJECT, root, 'content', 'site.md'))) continue;
    const out = join('.build', 'gates', name);
    await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--site', root, '--out', out], {
      cwd: PROJECT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const { site } = JSON.parse(readFileSync(join(PROJECT, '.build', `${name}-data`, 'site.json'), 'utf8')) as { site: { base: string } };
    sites.push({ name, dir: join(PROJECT, out), base: site.base, source: root });
  }
  project.provide('sites', sites);
}

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../scripts/build-site.ts';

export const PROJECT = PROJECT_ROOT;
const run = promisify(execFile);

/**
 * Builds a site as a newcomer does (`npm run build -- --site … --out …`), in a process of its
 * own: Astro's build is not meant to run inside the test runner. Rejects with the command's
 * exit code and output when the build fails.
 */
export function buildWithCli(site: string, out: string) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--site', site, '--out', out], {
    cwd: PROJECT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

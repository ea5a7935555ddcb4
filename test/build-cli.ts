import { execFile, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../scripts/build-site.ts';

export const PROJECT = PROJECT_ROOT;
const run = promisify(execFile);
const BUILD_ARGS = (site: string, out: string) => ['scripts/build.ts', '--site', site, '--out', out];
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/**
 * Builds a site as a newcomer does (`npm run build -- --site … --out …`), in a process of its
 * own: Astro's build is not meant to run inside the test runner. Rejects with the command's
 * exit code and output when the build fails.
 */
export function buildWithCli(site: string, out: string) {
  return run(process.execPath, ['--import', 'tsx', ...BUILD_ARGS(site, out)], { cwd: PROJECT, env: ENV });
}

/**
 * Starts the same build and kills it (SIGKILL, as a crash or a host's timeout does) as soon as
 * its output matches `moment`; with `pause`, the build first holds still right after that
 * rename (test/build/pause-at-rename.ts). Resolves with everything it printed; rejects if the
 * build ended on its own.
 */
export function killBuildAt(site: string, out: string, moment: RegExp, pause?: { from: string } | { to: string }): Promise<string> {
  const preload = pause
    ? ['--import', `${pathToFileURL(join(PROJECT, 'test/build/pause-at-rename.ts')).href}?${new URLSearchParams(pause).toString()}`]
    : [];
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload, ...BUILD_ARGS(site, out)], { cwd: PROJECT, env: ENV });
  let output = '';
  return new Promise((done, fail) => {
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (moment.test(output)) child.kill('SIGKILL');
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') done(output);
      else fail(new Error(`the build ended before ${String(moment)}:\n${output}`));
    });
  });
}

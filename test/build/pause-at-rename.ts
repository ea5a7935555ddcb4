/**
 * Loaded into a build (`node --import`) to hold it still at one moment of its swap, so a test
 * can kill it exactly there: right after the rename from or to the path given in this module's
 * address (`?from=<path>` or `?to=<path>`), it says so on stderr and waits until it is killed.
 * The build itself has no hook for tests.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const params = new URL(import.meta.url).searchParams;
const rename = fs.renameSync;
fs.renameSync = (from, to) => {
  rename(from, to);
  if (String(from) === params.get('from') || String(to) === params.get('to')) {
    // A synchronous write: the test must see it before the build blocks.
    fs.writeSync(2, `paused after renaming ${String(from)} to ${String(to)}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
};
// The build imports renameSync by name: its binding must see the wrapper.
syncBuiltinESMExports();

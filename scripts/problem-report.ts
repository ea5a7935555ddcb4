import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataError } from '../src/lib/errors.ts';
import { PrivacyError } from '../src/lib/privacy/check.ts';
import { problemReport } from '../src/lib/issue-summary.ts';

/**
 * Runs a step that validates a site's files. When it throws a DataError, every problem is
 * written to `path`, one a line, and the error is thrown again naming that file: the console
 * shows only the groups. The file repeats raw values, so `path` must be outside anything
 * published. The last run's report is removed first, so a report on disk is always the
 * latest run's. Every command that checks a site's data goes through here.
 */
export function withProblemReport<T>(path: string, step: () => T): T {
  rmSync(path, { force: true });
  try {
    return step();
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, problemReport(error.issues));
    throw new DataError(error.issues, path);
  }
}

/** What a failed build or check prints: a data or privacy problem in words, anything else (ours) with its stack. */
export function failureMessage(error: unknown, what: string): string {
  if (error instanceof DataError || error instanceof PrivacyError) return error.message;
  return `The ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

import { IssueCollector } from '../errors.ts';

/**
 * What an import found, beyond the tables it wrote. A value that cannot be mapped is an
 * issue (its row is left out and the clerk is told where and why); a problem that makes
 * the output unusable is fatal. Rows left out by design (other districts, groups the
 * project has no name for) are counted per file and reason, so nothing goes unmentioned.
 */
export class ImportReport {
  readonly issues = new IssueCollector();
  readonly fatal = new IssueCollector();
  readonly skipped = new Map<string, number>();

  leaveOut(file: string, reason: string): void {
    const key = `${file}: ${reason}`;
    this.skipped.set(key, (this.skipped.get(key) ?? 0) + 1);
  }
}

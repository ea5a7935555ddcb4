import type { DataIssue, KnockOn } from './issue.ts';
import { summarizeIssues } from './issue-summary.ts';

export { formatIssue, type DataIssue } from './issue.ts';

/**
 * One error type for problems in a district's own files (CSV, front matter, manifest). A
 * loader collects every issue of a run before it throws; the message groups them, and names
 * the report file that lists them all when the build has written one.
 */
export class DataError extends Error {
  /** Every issue of the run, ungrouped. */
  readonly issues: readonly DataIssue[];
  /** Where every issue is listed, one a line (outside the published site: it repeats values). */
  readonly report: string | undefined;
  constructor(issues: readonly DataIssue[], report?: string) {
    super(summarizeIssues(issues, report));
    this.name = 'DataError';
    this.issues = issues;
    this.report = report;
  }
}

/** Collects issues across a whole run so a clerk sees them all at once. */
export class IssueCollector {
  readonly issues: DataIssue[] = [];
  add(issue: DataIssue): void {
    this.issues.push(issue);
  }
  /** Notes under an issue already added the rows of other files it kept from being checked. */
  fold(cause: DataIssue, notes: readonly KnockOn[]): void {
    const index = this.issues.indexOf(cause);
    if (index !== -1) this.issues[index] = { ...cause, knockOn: [...(cause.knockOn ?? []), ...notes] };
  }
  get ok(): boolean {
    return this.issues.length === 0;
  }
  throwIfAny(): void {
    if (this.issues.length > 0) throw new DataError(this.issues);
  }
}

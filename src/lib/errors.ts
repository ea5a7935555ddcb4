/**
 * One error type for problems in a district's own files (CSV, front matter, manifest),
 * and one formatter. Every issue names where it is and what was expected, in words a data
 * clerk can act on; a loader collects every issue of a run before it throws.
 */
export interface DataIssue {
  /** Path as the district sees it, relative to the site root: `data/measures.csv`. */
  file: string;
  /** 1-based line in the file, counting the header as line 1. */
  line?: number;
  /** The column's header name, or a front-matter key path like `weight`. */
  column?: string;
  /** The value as it was written in the file. */
  value?: string;
  /** What would have been accepted, as a phrase: `a whole number like 12`. */
  expected: string;
  hint?: string;
}

export class DataError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    super(formatIssues(issues));
    this.name = 'DataError';
    this.issues = issues;
  }
}

export function formatIssue(issue: DataIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += ` line ${issue.line}`;
  if (issue.column !== undefined) where += `, column "${issue.column}"`;
  const got = issue.value === undefined ? '' : `got ${JSON.stringify(issue.value)}, `;
  const hint = issue.hint ? ` Hint: ${issue.hint}` : '';
  return `${where}: ${got}expected ${issue.expected}.${hint}`;
}

/** Lists at most `max` issues, then says how many more there are. */
function formatIssues(issues: readonly DataIssue[], max = 100): string {
  const count = issues.length;
  const head = `${count} problem${count === 1 ? '' : 's'} in the site's data; nothing was published:`;
  const lines = issues.slice(0, max).map((issue) => `- ${formatIssue(issue)}`);
  if (count > max) lines.push(`- … and ${count - max} more.`);
  return [head, ...lines].join('\n');
}

/** Collects issues across a whole run so a clerk sees them all at once. */
export class IssueCollector {
  readonly issues: DataIssue[] = [];
  add(issue: DataIssue): void {
    this.issues.push(issue);
  }
  get ok(): boolean {
    return this.issues.length === 0;
  }
  throwIfAny(): void {
    if (this.issues.length > 0) throw new DataError(this.issues);
  }
}

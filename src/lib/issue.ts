/**
 * One problem in a district's own files, and its line of text. Every issue names where it is
 * and what was expected, in words a data clerk can act on.
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
  /**
   * Rows of other files this problem kept from being checked, counted per file, so that a
   * rejected school is one problem rather than one for every row that names it.
   */
  knockOn?: KnockOn[];
}

/** How many rows of `file` were not checked against the file of the issue that caused it. */
export interface KnockOn {
  count: number;
  file: string;
}

/** Thousands separated, whatever the machine's locale: `33,515`. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatIssue(issue: DataIssue): string {
  const got = issue.value === undefined ? '' : `got ${JSON.stringify(issue.value)}, `;
  return `${formatPlace(issue)}: ${got}${formatExpected(issue)}`;
}

/** `data/schools.csv line 5, column "grades"`, as much of it as is known. */
export function formatPlace({ file, line, column }: Pick<DataIssue, 'file' | 'line' | 'column'>): string {
  // JSON quoting keeps an odd header name (a newline, a quote) on one line.
  return `${file}${line === undefined ? '' : ` line ${line}`}${column === undefined ? '' : `, column ${JSON.stringify(column)}`}`;
}

/** `expected a whole number like 12. Hint: …` */
export function formatExpected(issue: DataIssue): string {
  return `expected ${issue.expected}.${issue.hint ? ` Hint: ${issue.hint}` : ''}`;
}

/** The note under a cause: `… 240 rows in data/measures.csv were not checked against data/schools.csv.` */
export function formatKnockOn(note: KnockOn, cause: DataIssue): string {
  const one = note.count === 1;
  return `… ${formatCount(note.count)} ${one ? 'row' : 'rows'} in ${note.file} ${one ? 'was' : 'were'} not checked against ${cause.file}.`;
}

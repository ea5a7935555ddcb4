import type { z } from 'zod';
import { DataError, IssueCollector, type DataIssue } from '../errors.ts';
import { IndexMethodSchema, type IndexMethod } from '../index/method.ts';
import { checkAliases } from './aliases.ts';
import { parseCsvTable, type Located, type OnRejected } from './csv.ts';
import { checkDefinitions, parseDocuments } from './definitions.ts';
import { lineOfKey, parseFrontMatter } from './front-matter.ts';
import { declaredGroupProblems, GROUP_ID, groupVocabulary, type GroupVocabulary } from './groups.ts';
import { checkManifest, parseManifest } from './manifest.ts';
import { measureReader } from './measure-values.ts';
import { checkSchoolYearRows } from './school-rows.ts';
import { checkSchools } from './schools.ts';
import {
  DomainSchema,
  EnrollmentRowSchema,
  IndicatorSchema,
  ReferenceRowSchema,
  SchoolAliasRowSchema,
  SchoolRowSchema,
  siteMeasureRowSchema,
  SiteConfigSchema,
  SpendingRowSchema,
  TABLE_COLUMNS,
  type Domain,
  type EnrollmentRow,
  type Indicator,
  type Manifest,
  type MeasureRow,
  type ReferenceRow,
  type SchoolAliasRow,
  type SchoolRow,
  type SiteConfig,
  type SpendingRow,
} from './schemas.ts';
import type { SiteFiles } from './site-files.ts';

/**
 * One measure for one school, year, indicator and student group, before suppression: a row of
 * measures.csv with its rate worked out. `value` is in the indicator's unit (percent points for
 * percent: 45 = 45%, even when written as a fraction), or for a categorical indicator its
 * level's position in `levels` (0 = the worst); `denominator` is how many students (or staff)
 * it is about, when known.
 */
export type RawMeasure = Omit<MeasureRow, 'numerator'>;

/** A district, state or national value the source published, read as a school's measure is. */
export type RawReference = Omit<RawMeasure, 'school_id'> & Pick<ReferenceRow, 'reference'>;

/**
 * Everything a district wrote, validated. It holds unsuppressed counts, so it never leaves
 * `src/lib`: the only way on is `suppressDataset`, which returns what may be published.
 */
export interface RawDataset {
  site: SiteConfig & { body: string };
  method: IndexMethod & { body: string };
  /** In their `order`. */
  domains: (Domain & { body: string })[];
  /** Grouped by domain, in the domains' order. */
  indicators: (Indicator & { body: string })[];
  manifest: Manifest;
  schools: SchoolRow[];
  enrollment: EnrollmentRow[];
  measures: RawMeasure[];
  /** The source's own averages (optional file data/references.csv). */
  references: RawReference[];
  /** Empty when the district publishes no spending (it has no data/spending.csv). */
  spending: SpendingRow[];
  /** Former ids and names of schools, from the optional data/school_aliases.csv. */
  aliases: SchoolAliasRow[];
  /** Every school year in the data, oldest first. */
  years: string[];
}

/** Tables a district may not have: without them the site has no published averages, no spending section, and no former names. */
const OPTIONAL_TABLES: ReadonlySet<keyof typeof TABLE_COLUMNS> = new Set(['references', 'spending', 'school_aliases']);

/** Parses and cross-checks a site's files; throws one DataError listing every problem. */
export function parseRawDataset(files: SiteFiles): RawDataset {
  const issues = new IssueCollector();
  const read = (path: string): string | null => {
    const text = files.get(path);
    if (text === undefined) issues.add({ file: path, expected: 'this file to exist' });
    return text ?? null;
  };
  const table = <S extends z.ZodType, R = z.output<S>>(
    name: keyof typeof TABLE_COLUMNS,
    schema: S,
    keep?: (row: z.output<S>, line: number) => R | undefined,
    onRejected?: OnRejected,
  ): Located<R>[] => {
    const file = `data/${name}.csv`;
    const text = OPTIONAL_TABLES.has(name) ? (files.get(file) ?? null) : read(file);
    return text === null ? [] : parseCsvTable(text, file, schema, TABLE_COLUMNS[name], issues, keep, onRejected);
  };

  const { site, method, manifest, domains, indicators } = readDefinitions(files, read, issues);
  const groups = groupVocabulary(site?.data.student_groups);
  const inVocabulary = knownGroup(groups, issues);

  const schoolsFrom = issues.issues.length;
  const rejectedSchools = new Map<string, DataIssue>();
  const schools = table('schools', SchoolRowSchema, undefined, (cell, cause) => {
    const id = cell('school_id')?.trim();
    if (id && !rejectedSchools.has(id)) rejectedSchools.set(id, cause);
  });
  // A schools.csv that gave no school at all: its first problem is the cause of every row
  // elsewhere not being checked against it.
  const schoolsUnusable = schools.length === 0 ? issues.issues[schoolsFrom] : undefined;
  const enrollment = table('enrollment', EnrollmentRowSchema, ...inVocabulary<EnrollmentRow>('data/enrollment.csv'));
  const indicatorsById = new Map(indicators.map((doc) => [doc.data.id, doc.data]));
  const indicatorOf = knownIndicator(indicatorsById, files, issues);
  const reader = measureReader(issues);
  // Each row becomes its raw measure as it is read: the largest table is held once.
  const measures = table(
    'measures',
    siteMeasureRowSchema((id) => indicatorsById.get(id)),
    ...inVocabulary('data/measures.csv', (row: MeasureRow, line) => {
      const indicator = indicatorOf('data/measures.csv', row.indicator_id, line);
      return indicator && reader.read(row, indicator, line);
    }),
  );
  reader.finish();
  const spending = table('spending', SpendingRowSchema);
  const references = table('references', ReferenceRowSchema, ...inVocabulary('data/references.csv', toRawReference(indicatorOf, issues)));
  const aliases = table('school_aliases', SchoolAliasRowSchema);

  checkDefinitions(domains, indicators, site?.data ?? null, issues);
  if (manifest) checkManifest(manifest, files, issues);
  const schoolList = { byId: checkSchools(schools, issues), rejected: rejectedSchools, unusable: schoolsUnusable };
  checkAliases(aliases, schoolList, issues);
  const tables = [
    ['data/enrollment.csv', enrollment],
    ['data/measures.csv', measures],
    ['data/spending.csv', spending],
  ] as const;
  const years = checkSchoolYearRows(tables, schoolList, issues);
  checkReferences(references, years, issues);
  if (site) checkLeadingYear(site.data, years, issues);

  issues.throwIfAny();
  if (!site || !method || !manifest) throw new DataError(issues.issues);
  const sortedDomains = domains
    .map((doc) => ({ ...doc.data, body: doc.body }))
    .sort((a, b) => a.order - b.order || compareText(a.id, b.id));
  const domainRank = (id: string) => sortedDomains.findIndex((d) => d.id === id);
  return {
    site: { ...site.data, body: site.body },
    method: { ...method.data, body: method.body },
    domains: sortedDomains,
    // Domain by domain, so every list of indicators reads in the index's own order.
    indicators: indicators
      .map((doc) => ({ ...doc.data, body: doc.body }))
      .sort((a, b) => domainRank(a.domain) - domainRank(b.domain) || compareText(a.id, b.id)),
    manifest,
    schools: schools.map((r) => r.row),
    enrollment: enrollment.map((r) => r.row),
    measures: measures.map((r) => r.row),
    references: references.map((r) => r.row),
    spending: spending.map((r) => r.row),
    aliases: aliases.map((r) => r.row),
    years: [...years].sort(),
  };
}

/** Code-point order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The site's config, the index method, the manifest, and the domains and indicators, each validated. */
function readDefinitions(files: SiteFiles, read: (path: string) => string | null, issues: IssueCollector) {
  const siteText = read('content/site.md');
  const site = siteText === null ? null : parseFrontMatter(siteText, 'content/site.md', SiteConfigSchema, issues);
  if (site) checkDeclaredGroups(site.data, siteText ?? '', issues);
  const methodText = read('content/index.md');
  const method = methodText === null ? null : parseFrontMatter(methodText, 'content/index.md', IndexMethodSchema, issues);
  return {
    site,
    method,
    manifest: parseManifest(read('data/manifest.json'), issues),
    domains: parseDocuments(files, 'content/domains/', DomainSchema, issues),
    indicators: parseDocuments(files, 'content/indicators/', IndicatorSchema, issues),
  };
}

/** Each declared group's problem, at the line of its key in content/site.md. */
function checkDeclaredGroups(site: SiteConfig, text: string, issues: IssueCollector): void {
  for (const problem of declaredGroupProblems(site.student_groups, site.locales)) {
    const line = lineOfKey(text, problem.path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)));
    issues.add({ file: 'content/site.md', ...(line === undefined ? {} : { line }), column: problem.path, value: problem.value, expected: problem.expected });
  }
}

/**
 * Checks each row's student group against the site's vocabulary, then keeps it as `keep` does:
 * a valid row before it is kept, a row rejected for another cell as it is rejected, so a row's
 * problems all come in one run. Returns the `keep` and `onRejected` arguments of a table.
 */
function knownGroup(groups: GroupVocabulary, issues: IssueCollector) {
  const expected = `one of the student group codes: ${groups.ids.join(', ')}`;
  return <Row extends { student_group: string }, R = Row>(
    file: string,
    keep: (row: Row, line: number) => R | undefined = (row) => row as unknown as R,
  ): [(row: Row, line: number) => R | undefined, OnRejected] => [
    (row, line) => {
      if (groups.has(row.student_group)) return keep(row, line);
      issues.add({ file, line, column: 'student_group', value: row.student_group, expected });
      return undefined;
    },
    (cell, cause) => {
      const group = cell('student_group')?.trim() ?? '';
      // A code of the wrong shape was reported by the row's schema.
      if (GROUP_ID.test(group) && !groups.has(group))
        issues.add({ file, line: cause.line ?? 0, column: 'student_group', value: group, expected });
    },
  ];
}

type IndicatorLookup = (file: string, id: string, line: number) => Indicator | undefined;

/** The indicator a row names, or undefined after reporting an unknown id. */
function knownIndicator(indicators: ReadonlyMap<string, Indicator>, files: SiteFiles, issues: IssueCollector): IndicatorLookup {
  return (file, id, line) => {
    const indicator = indicators.get(id);
    // An indicator whose own file is invalid was reported there; its rows are not unknown.
    if (!indicator && !files.has(`content/indicators/${id}.md`))
      issues.add({ file, line, column: 'indicator_id', value: id, expected: 'an indicator id that has a file in content/indicators/' });
    return indicator;
  };
}

/** Reads a reference row's value as a school's measure of the same indicator is read. */
function toRawReference(indicatorOf: IndicatorLookup, issues: IssueCollector) {
  const file = 'data/references.csv';
  const references = measureReader(issues, file);
  return (row: ReferenceRow, line: number): RawReference | undefined => {
    const indicator = indicatorOf(file, row.indicator_id, line);
    if (!indicator) return undefined;
    const { school_id: _id, ...measure } = references.read({ ...row, school_id: row.reference }, indicator, line);
    return { ...measure, reference: row.reference };
  };
}

/** A configured current_year must be a year the site has data for. */
function checkLeadingYear(site: SiteConfig, years: ReadonlySet<string>, issues: IssueCollector): void {
  const leading = site.current_year;
  if (leading !== undefined && years.size > 0 && !years.has(leading))
    issues.add({
      file: 'content/site.md',
      column: 'current_year',
      value: leading,
      expected: `one of the school years in the data (${[...years].sort().join(', ')}), or no current_year to lead with the newest year that has scores`,
    });
}

/**
 * A reference row names a year the schools' files cover, once per year, kind, indicator and
 * group: an average of a year with no schools has nothing to stand beside.
 */
function checkReferences(rows: readonly Located<RawReference>[], years: ReadonlySet<string>, issues: IssueCollector): void {
  const file = 'data/references.csv';
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    if (!years.has(row.school_year))
      issues.add({ file, line, column: 'school_year', value: row.school_year, expected: `a school year the schools' files have (${[...years].sort().join(', ')})` });
    const key = [row.school_year, row.reference, row.indicator_id, row.student_group].join(' ');
    const first = seen.get(key);
    if (first !== undefined) issues.add({ file, line, value: key, expected: `one row per school year, reference, indicator and student group; line ${first} has the same` });
    else seen.set(key, line);
  }
}

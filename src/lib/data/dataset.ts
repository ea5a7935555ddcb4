import type { z } from 'zod';
import { DataError, IssueCollector } from '../errors.ts';
import { IndexMethodSchema, type IndexMethod } from '../index/method.ts';
import { parseCsvTable, type Located } from './csv.ts';
import { checkDefinitions, parseDocuments } from './definitions.ts';
import { parseFrontMatter } from './front-matter.ts';
import { rowKey, type RowKeyParts } from './keys.ts';
import { checkManifest, parseManifest } from './manifest.ts';
import { measureReader } from './measure-values.ts';
import { checkSchools, isOpen } from './schools.ts';
import {
  DomainSchema,
  EnrollmentRowSchema,
  IndicatorSchema,
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
  spending: SpendingRow[];
  /** Every school year in the data, oldest first. */
  years: string[];
}

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
  ): Located<R>[] => {
    const file = `data/${name}.csv`;
    const text = read(file);
    return text === null ? [] : parseCsvTable(text, file, schema, TABLE_COLUMNS[name], issues, keep);
  };

  const siteText = read('content/site.md');
  const site = siteText === null ? null : parseFrontMatter(siteText, 'content/site.md', SiteConfigSchema, issues);
  const methodText = read('content/index.md');
  const method =
    methodText === null ? null : parseFrontMatter(methodText, 'content/index.md', IndexMethodSchema, issues);
  const manifest = parseManifest(read('data/manifest.json'), issues);
  const domains = parseDocuments(files, 'content/domains/', DomainSchema, issues);
  const indicators = parseDocuments(files, 'content/indicators/', IndicatorSchema, issues);

  const schools = table('schools', SchoolRowSchema);
  const enrollment = table('enrollment', EnrollmentRowSchema);
  const indicatorsById = new Map(indicators.map((doc) => [doc.data.id, doc.data]));
  const measureRows = siteMeasureRowSchema((id) => indicatorsById.get(id));
  const reader = measureReader(issues);
  // Each row becomes its raw measure as it is read: the largest table is held once.
  const measures = table('measures', measureRows, (row, line) => {
    const indicator = indicatorsById.get(row.indicator_id);
    if (indicator) return reader.read(row, indicator, line);
    // An indicator whose own file is invalid was reported there; its rows are not unknown.
    if (!files.has(`content/indicators/${row.indicator_id}.md`))
      issues.add({
        file: 'data/measures.csv',
        line,
        column: 'indicator_id',
        value: row.indicator_id,
        expected: 'an indicator id that has a file in content/indicators/',
      });
    return undefined;
  });
  reader.finish();
  const spending = table('spending', SpendingRowSchema);

  checkDefinitions(domains, indicators, site?.data ?? null, issues);
  if (manifest) checkManifest(manifest, files, issues);
  const schoolsById = checkSchools(schools, issues);
  const years = new Set<string>();
  for (const [file, rows] of [
    ['data/enrollment.csv', enrollment],
    ['data/measures.csv', measures],
    ['data/spending.csv', spending],
  ] as const)
    for (const year of checkSchoolYearRows(file, rows, schoolsById, issues)) years.add(year);

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
    spending: spending.map((r) => r.row),
    years: [...years].sort(),
  };
}

/**
 * Every row names a listed school, in a year it was open, once per key; returns the years the
 * rows cover.
 */
function checkSchoolYearRows(
  file: string,
  rows: readonly Located<RowKeyParts>[],
  schoolsById: ReadonlyMap<string, SchoolRow>,
  issues: IssueCollector,
): Set<string> {
  const years = new Set<string>();
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    years.add(row.school_year);
    const school = schoolsById.get(row.school_id);
    if (!school) {
      issues.add({ file, line, column: 'school_id', value: row.school_id, expected: 'a school_id listed in data/schools.csv' });
    } else if (!isOpen(school, row.school_year)) {
      issues.add({
        file,
        line,
        column: 'school_year',
        value: row.school_year,
        expected: `a year when ${school.name} was open (${school.opened ?? 'before the data'} to ${school.closed ?? 'now'})`,
      });
    }
    const key = rowKey(row);
    const first = seen.get(key);
    if (first !== undefined) issues.add({ file, line, value: key, expected: `one row per ${describeKey(file)}; line ${first} has the same` });
    else seen.set(key, line);
  }
  return years;
}

/** Code-point order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeKey(file: string): string {
  if (file.endsWith('enrollment.csv')) return 'school year, school and student group';
  if (file.endsWith('measures.csv')) return 'school year, school, indicator and student group';
  return 'school year and school';
}

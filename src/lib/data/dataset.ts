import type { z } from 'zod';
import { DataError, IssueCollector } from '../errors.ts';
import { IndexMethodSchema, type IndexMethod } from '../index/method.ts';
import { findSlugClashes } from '../site/slug.ts';
import { parseCsvTable, type Located } from './csv.ts';
import { parseFrontMatter, type Document } from './front-matter.ts';
import { describeExpected, valueAt } from './zod-issues.ts';
import type { StudentGroupId } from './groups.ts';
import {
  DomainSchema,
  EnrollmentRowSchema,
  IndicatorSchema,
  ManifestSchema,
  MeasureRowSchema,
  SchoolRowSchema,
  SiteConfigSchema,
  SpendingRowSchema,
  TABLE_COLUMNS,
  type CellStatus,
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

/** One measure for one school, year, indicator and student group, before suppression. */
export interface RawMeasure {
  school_year: string;
  school_id: string;
  indicator_id: string;
  student_group: StudentGroupId;
  /** In the indicator's unit: percent points for percent (45 = 45%). */
  value: number | null;
  /** How many students (or staff) the value is about, when known. */
  denominator: number | null;
  status: CellStatus;
  reason: string | null;
}

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
  const table = <S extends z.ZodType>(name: keyof typeof TABLE_COLUMNS, schema: S): Located<z.output<S>>[] => {
    const file = `data/${name}.csv`;
    const text = read(file);
    return text === null ? [] : parseCsvTable(text, file, schema, TABLE_COLUMNS[name], issues);
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
  const measures = table('measures', MeasureRowSchema);
  const spending = table('spending', SpendingRowSchema);

  checkDefinitions(domains, indicators, site?.data ?? null, issues);
  if (manifest) checkManifest(manifest, files, issues);
  const schoolsById = checkSchools(schools, issues);
  const indicatorsById = new Map(indicators.map((doc) => [doc.data.id, doc.data]));
  const years = new Set<string>();
  const checkRows = <T extends { school_year: string; school_id: string }>(
    file: string,
    rows: Located<T>[],
    key: (row: T) => string,
  ) => {
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
      const k = key(row);
      const first = seen.get(k);
      if (first !== undefined)
        issues.add({ file, line, value: k, expected: `one row per ${describeKey(file)}; line ${first} has the same` });
      else seen.set(k, line);
    }
  };
  checkRows('data/enrollment.csv', enrollment, (r) => `${r.school_year} ${r.school_id} ${r.student_group}`);
  checkRows('data/measures.csv', measures, (r) => `${r.school_year} ${r.school_id} ${r.indicator_id} ${r.student_group}`);
  checkRows('data/spending.csv', spending, (r) => `${r.school_year} ${r.school_id}`);
  const rawMeasures = measures.flatMap(({ line, row }) => {
    const indicator = indicatorsById.get(row.indicator_id);
    if (!indicator) {
      // An indicator whose own file is invalid was reported there; its rows are not unknown.
      if (!files.has(`content/indicators/${row.indicator_id}.md`))
        issues.add({
          file: 'data/measures.csv',
          line,
          column: 'indicator_id',
          value: row.indicator_id,
          expected: 'an indicator id that has a file in content/indicators/',
        });
      return [];
    }
    return [toRawMeasure(row, indicator, line, issues)];
  });

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
    measures: rawMeasures,
    spending: spending.map((r) => r.row),
    years: [...years].sort(),
  };
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

function isOpen(school: SchoolRow, year: string): boolean {
  return (school.opened === null || year >= school.opened) && (school.closed === null || year <= school.closed);
}

function toRawMeasure(row: MeasureRow, indicator: Indicator, line: number, issues: IssueCollector): RawMeasure {
  const value =
    row.numerator !== null && row.denominator !== null && row.denominator > 0
      ? (row.numerator / row.denominator) * (indicator.unit === 'percent' ? 100 : 1)
      : row.value;
  const outOfRange =
    value !== null && ((indicator.unit === 'percent' && (value < 0 || value > 100)) || (indicator.unit !== 'score' && value < 0));
  if (outOfRange && row.value !== null)
    issues.add({
      file: 'data/measures.csv',
      line,
      column: 'value',
      value: String(row.value),
      expected:
        indicator.unit === 'percent'
          ? `a percentage from 0 to 100 for ${indicator.id} (write 45 or 45% for forty-five percent)`
          : `a value of 0 or more for ${indicator.id}`,
    });
  return {
    school_year: row.school_year,
    school_id: row.school_id,
    indicator_id: row.indicator_id,
    student_group: row.student_group,
    value,
    denominator: row.denominator,
    status: row.status,
    reason: row.reason,
  };
}

function parseManifest(text: string | null, issues: IssueCollector): Manifest | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    issues.add({ file: 'data/manifest.json', expected: 'valid JSON', hint: (error as Error).message });
    return null;
  }
  const result = ManifestSchema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    issues.add({ file: 'data/manifest.json', column: issue.path.join('.') || '(top level)', expected: describeExpected(issue, valueAt(json, issue.path)) });
  return null;
}

function checkManifest(manifest: Manifest, files: SiteFiles, issues: IssueCollector): void {
  const listed = new Set(manifest.files.map((f) => `data/${f.path}`));
  for (const path of files.keys())
    if (path.startsWith('data/') && path.endsWith('.csv') && !listed.has(path))
      issues.add({ file: 'data/manifest.json', column: 'files', value: path, expected: `an entry for ${path} (its version, date, source and licence)` });
  for (const path of listed)
    if (!files.has(path)) issues.add({ file: 'data/manifest.json', column: 'files', value: path, expected: 'only files that exist in data/' });
}

function parseDocuments<S extends z.ZodType<{ id: string }>>(
  files: SiteFiles,
  folder: string,
  schema: S,
  issues: IssueCollector,
): Document<z.output<S>>[] {
  const docs: Document<z.output<S>>[] = [];
  for (const [path, text] of files) {
    if (!path.startsWith(folder)) continue;
    const doc = parseFrontMatter(text, path, schema, issues);
    if (!doc) continue;
    const expectedName = `${folder}${doc.data.id}.md`;
    if (path !== expectedName)
      issues.add({ file: path, column: 'id', value: doc.data.id, expected: `the file to be named ${expectedName} after its id` });
    docs.push(doc);
  }
  return docs;
}

function checkDefinitions(
  domains: { data: Domain }[],
  indicators: { data: Indicator }[],
  site: SiteConfig | null,
  issues: IssueCollector,
): void {
  if (domains.length === 0) issues.add({ file: 'content/domains/', expected: 'at least one domain file' });
  if (indicators.length === 0) issues.add({ file: 'content/indicators/', expected: 'at least one indicator file' });
  const domainIds = new Set(domains.map((d) => d.data.id));
  for (const { data } of indicators)
    if (!domainIds.has(data.domain))
      issues.add({
        file: `content/indicators/${data.id}.md`,
        column: 'domain',
        value: data.domain,
        expected: `one of the domains: ${[...domainIds].join(', ')}`,
      });
  for (const id of domainIds)
    if (!indicators.some((i) => i.data.domain === id))
      issues.add({ file: `content/domains/${id}.md`, column: 'id', value: id, expected: 'a domain that at least one indicator belongs to' });
  for (const [first, second, slug] of findSlugClashes(indicators.map((i) => i.data.id)))
    issues.add({ file: `content/indicators/${second}.md`, column: 'id', value: second, expected: `an id whose page address differs from ${first}'s (both become /${slug}/)` });
  if (site) {
    const need = indicators.find((i) => i.data.id === site.need_measure)?.data;
    if (!need)
      issues.add({ file: 'content/site.md', column: 'need_measure', value: site.need_measure, expected: 'the id of an indicator' });
    else if (need.kind !== 'context')
      issues.add({
        file: 'content/site.md',
        column: 'need_measure',
        value: site.need_measure,
        expected: `an indicator of kind context (student need), not ${need.kind}: comparing spending or results with need must not measure need by spending or results`,
      });
  }
}

function checkSchools(schools: Located<SchoolRow>[], issues: IssueCollector): Map<string, SchoolRow> {
  const file = 'data/schools.csv';
  const byId = new Map<string, SchoolRow>();
  const lineOf = new Map<string, number>();
  for (const { line, row } of schools) {
    const first = lineOf.get(row.school_id);
    if (first !== undefined) {
      issues.add({ file, line, column: 'school_id', value: row.school_id, expected: `a school_id not used before (line ${first} has it)` });
      continue;
    }
    if (row.opened !== null && row.closed !== null && row.closed < row.opened)
      issues.add({ file, line, column: 'closed', value: row.closed, expected: `a year no earlier than opened (${row.opened})` });
    if ((row.latitude === null) !== (row.longitude === null))
      issues.add({ file, line, column: row.latitude === null ? 'latitude' : 'longitude', value: '', expected: 'both latitude and longitude, or neither' });
    byId.set(row.school_id, row);
    lineOf.set(row.school_id, line);
  }
  for (const [first, second, slug] of findSlugClashes([...byId.keys()]))
    issues.add({
      file,
      line: lineOf.get(second) ?? 0,
      column: 'school_id',
      value: second,
      expected: `a school_id whose page address differs from ${first}'s (ids that differ only by case or punctuation both become /schools/${slug}/)`,
    });
  return byId;
}

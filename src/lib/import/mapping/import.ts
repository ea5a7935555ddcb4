import {
  EnrollmentRowSchema,
  MeasureRowSchema,
  type ReferenceKind,
  ReferenceRowSchema,
  SchoolRowSchema,
  SpendingRowSchema,
  TABLE_COLUMNS,
} from '../../data/schemas.ts';
import type { z } from 'zod';
import { ImportReport } from '../report.ts';
import { readRows, type SourceRow, type SourceTable } from '../rows.ts';
import { type OutCell, toCsv } from '../write-csv.ts';
import { schoolYearFrom } from './cells.ts';
import { starterContent } from './content.ts';
import { directoryCells, directoryColumn, directoryColumnsRead } from './directory.ts';
import { mappingManifest } from './manifest.ts';
import type { Amount, FileRule, FilterRule, Mapping, ValueRule } from './schema.ts';
import { dollarsOf, valueCells } from './values.ts';

export interface CsvImport {
  /** The site's files by path (`data/measures.csv`, `content/site.md`); empty when anything was fatal. */
  files: Map<string, string>;
  report: ImportReport;
}

type Row = Record<string, OutCell>;

interface Located {
  file: string;
  line: number;
}

const amount = (column: Amount) => (typeof column === 'string' ? [column] : column.sum);

/** The columns a value rule reads. */
function valueColumns(value: ValueRule): string[] {
  if (value.as === 'count') return amount(value.column);
  if (value.as === 'spending') return [...amount(value.federal), ...amount(value.state_local)];
  const own =
    value.as === 'rate'
      ? [value.numerator, value.denominator]
      : [value.column, ...(value.denominator ? [value.denominator] : []), ...(value.missing_reason ? [value.missing_reason.column] : [])];
  return value.mask_column ? [...own, value.mask_column.column] : own;
}

/** Whether a row passes a filter: its cell is one of `equals`, or `matches`. */
function passes(filter: FilterRule, row: SourceRow): boolean {
  const cell = (row.cells[filter.column] ?? '').trim();
  return 'equals' in filter ? filter.equals.includes(cell) : new RegExp(filter.matches).test(cell);
}

/** Every column a file rule reads: each must be in the file's header, or nothing is imported. */
function columnsNamed(rule: FileRule): string[] {
  const fields = [rule.school_id, ...rule.filters.map((f) => f.column), ...rule.references.map((r) => r.column)];
  if (rule.group) fields.push(rule.group.column);
  if ('column' in rule.year) fields.push(rule.year.column);
  for (const field of Object.values(rule.directory ?? {})) if (field !== undefined) fields.push(...directoryColumnsRead(field));
  for (const value of rule.values) fields.push(...valueColumns(value));
  return [...new Set(fields)];
}

/** The school year of a row, by the file's rule; an unreadable year is an issue. */
function yearOf(rule: FileRule, row: SourceRow, file: string, report: ImportReport): string | null {
  const { year } = rule;
  const raw =
    'column' in year ? (row.cells[year.column] ?? '') : 'value' in year ? year.value : (new RegExp(year.file_name).exec(file)?.[1] ?? file);
  const schoolYear = schoolYearFrom(raw, year.format);
  if (schoolYear === null)
    report.issues.add({
      file,
      line: row.line,
      ...('column' in year ? { column: year.column } : {}),
      value: raw,
      expected: {
        school_year: 'a school year like 2018-19',
        end_year: 'the year a school year ends in, like 2019 for 2018-19',
        start_year: 'the year a school year starts in, like 2018 for 2018-19',
      }[year.format],
    });
  return schoolYear;
}

/** Output rows checked with the site's own schema; a row it refuses is an issue at its source line. */
function checked<S extends z.ZodType>(
  schema: S,
  row: Row,
  at: { file: string; line: number },
  report: ImportReport,
  columns: Readonly<Record<string, string>> = {},
): z.output<S> | null {
  const text = Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, cell === null ? '' : String(cell)]));
  const result = schema.safeParse(text);
  for (const issue of result.error?.issues ?? []) {
    const key = String(issue.path[0] ?? '');
    report.issues.add({ ...at, column: columns[key] ?? key, value: text[key] ?? '', expected: issue.message });
  }
  return result.success ? result.data : null;
}

/** What the rows of every file add up to, before the tables are written. */
interface Collected {
  directory: Map<string, { year: string; row: Row; at: Located; columns: Record<string, string>; fromYears: string[] }>;
  /** The years each school is listed in a directory file, and every year any directory lists. */
  listedIn: Map<string, Set<string>>;
  directoryYears: Set<string>;
  /** Output rows by table and key (`measures|2018-19|100|ell_share|all`), one per key. */
  rows: Map<string, { row: Row; at: Located }>;
}

/** The source files the mapping names, read; a missing file or column is fatal. */
function readTables(
  mapping: Mapping,
  sources: ReadonlyMap<string, string>,
  report: ImportReport,
): { rule: FileRule; table: SourceTable }[] {
  const tables: { rule: FileRule; table: SourceTable }[] = [];
  for (const rule of mapping.files) {
    const text = sources.get(rule.path);
    if (text === undefined) {
      report.fatal.add({ file: rule.path, expected: 'the file the mapping names (its path is relative to the mapping file)' });
      continue;
    }
    const table = readRows(text, rule.path, report);
    if (table === null) continue;
    for (const column of columnsNamed(rule))
      if (!table.columns.includes(column))
        report.fatal.add({
          file: rule.path,
          line: 1,
          column,
          expected: `a column named "${column}", as the mapping says (the header has ${table.columns.length} columns)`,
        });
    tables.push({ rule, table });
  }
  return tables;
}

/** Keeps an output row unless its key was seen: a second row for the same cell is an issue at its line. */
function keep(collected: Collected, report: ImportReport, key: string, row: Row, at: Located): void {
  const earlier = collected.rows.get(key);
  if (earlier) {
    report.issues.add({
      ...at,
      expected: `one row per school year, school, indicator and group (${earlier.at.file} line ${earlier.at.line} has the same)`,
    });
    return;
  }
  collected.rows.set(key, { row, at });
}

/** The row's group, or undefined when the file is long and the row's group is one the mapping leaves out. */
function groupOf(rule: FileRule, row: SourceRow, file: string, report: ImportReport): string | null | undefined {
  if (!rule.group) return null;
  const code = (row.cells[rule.group.column] ?? '').trim();
  const group = rule.group.map[code];
  if (group === undefined) report.leaveOut(file, `rows of the group "${code}" (${rule.group.column}), which the mapping does not name`);
  return group;
}

/** The directory row of a school, the newest year's kept. */
function collectDirectory(
  mapping: Mapping,
  rule: FileRule,
  row: SourceRow,
  year: string,
  at: Located,
  collected: Collected,
  report: ImportReport,
): void {
  if (!rule.directory) return;
  const schoolId = (row.cells[rule.school_id] ?? '').trim();
  // Every column of schools.csv, blank unless the mapping fills it.
  const out: Row = {
    ...Object.fromEntries(TABLE_COLUMNS.schools.columns.map((column) => [column, null])),
    school_id: schoolId,
    district_id: mapping.district_id,
  };
  const columns: Record<string, string> = { school_id: rule.school_id };
  const cells = directoryCells(rule.directory, row, at.file, report);
  const readable = Object.values(cells).every((cell) => cell !== null);
  for (const [key, field] of Object.entries(rule.directory)) {
    if (field === undefined) continue;
    out[key] = cells[key] ?? null;
    const column = directoryColumn(key, field);
    if (column !== null) columns[key] = column;
  }
  collected.directoryYears.add(year);
  collected.listedIn.set(schoolId, (collected.listedIn.get(schoolId) ?? new Set()).add(year));
  const fromYears = Object.entries(rule.directory).flatMap(([key, field]) =>
    field && typeof field === 'object' && 'from_years' in field ? [key] : [],
  );
  const earlier = collected.directory.get(schoolId);
  if (readable && (earlier === undefined || earlier.year <= year))
    collected.directory.set(schoolId, { year, row: out, at, columns, fromYears });
}

/** The values of one row: enrollment counts, a school's measures, or a reference row's averages. */
function collectValues(
  mapping: Mapping,
  rule: FileRule,
  row: SourceRow,
  place: { year: string; group: string | null; reference: ReferenceKind | undefined; at: Located },
  collected: Collected,
  report: ImportReport,
): void {
  const { year, reference, at } = place;
  const schoolId = (row.cells[rule.school_id] ?? '').trim();
  for (const value of rule.values) {
    if (value.as === 'spending') {
      const context = { file: at.file, row, masks: {}, report };
      const [federal, stateLocal] = [dollarsOf(value.federal, context), dollarsOf(value.state_local, context)];
      const out = { school_year: year, school_id: schoolId, federal: federal ?? null, state_local: stateLocal ?? null };
      const columns = { federal: amount(value.federal).join(' + '), state_local: amount(value.state_local).join(' + ') };
      if (
        reference === undefined &&
        federal !== undefined &&
        stateLocal !== undefined &&
        checked(SpendingRowSchema, out, at, report, columns)
      )
        keep(collected, report, `spending|${year}|${schoolId}`, out, at);
      continue;
    }
    const group = value.group ?? place.group ?? 'all';
    const indicator = value.as === 'count' ? undefined : mapping.indicators.find((candidate) => candidate.id === value.indicator);
    const cells = valueCells(value, indicator, { file: at.file, row, masks: mapping.masks, report });
    if (cells === null) continue;
    if (value.as === 'count') {
      if (reference !== undefined) continue;
      const out = {
        school_year: year,
        school_id: schoolId,
        student_group: group,
        count: cells.value,
        status: cells.status,
        reason: cells.reason,
      };
      if (checked(EnrollmentRowSchema, out, at, report, { count: valueColumns(value).join(' + ') }))
        keep(collected, report, `enrollment|${year}|${schoolId}|${group}`, out, at);
      continue;
    }
    const common = { indicator_id: value.indicator, student_group: group, ...cells };
    const source: Record<string, string> =
      value.as === 'rate' ? { numerator: value.numerator, denominator: value.denominator } : { value: value.column };
    if (reference !== undefined) {
      // A blank average is not written: the site shows no comparison rather than a missing one.
      const out = { school_year: year, reference, ...common };
      if (cells.status !== 'missing' && checked(ReferenceRowSchema, out, at, report, source))
        keep(collected, report, `references|${year}|${reference}|${value.indicator}|${group}`, out, at);
      continue;
    }
    const out = { school_year: year, school_id: schoolId, ...common };
    // A categorical value is a level's name, checked against the levels when it was read.
    if (indicator?.type === 'categorical' || checked(MeasureRowSchema, out, at, report, source))
      keep(collected, report, `measures|${year}|${schoolId}|${value.indicator}|${group}`, out, at);
  }
}

function collectRows(mapping: Mapping, tables: readonly { rule: FileRule; table: SourceTable }[], report: ImportReport): Collected {
  const collected: Collected = { directory: new Map(), listedIn: new Map(), directoryYears: new Set(), rows: new Map() };
  for (const { rule, table } of tables)
    for (const row of table.rows) {
      const at = { file: table.file, line: row.line };
      const filter = rule.filters.find((f) => !passes(f, row));
      if (filter) {
        const wanted = 'equals' in filter ? filter.equals.join(' or ') : `matching ${filter.matches}`;
        report.leaveOut(table.file, `rows whose ${filter.column} is not ${wanted}`);
        continue;
      }
      const year = yearOf(rule, row, table.file, report);
      const group = groupOf(rule, row, table.file, report);
      if (year === null || group === undefined) continue;
      const reference = rule.references.find((r) => r.equals.includes((row.cells[r.column] ?? '').trim()))?.reference;
      if (reference === undefined) collectDirectory(mapping, rule, row, year, at, collected, report);
      collectValues(mapping, rule, row, { year, group, reference, at }, collected, report);
    }
  return collected;
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** The site's data/ and content/ files, rows sorted by key so the same inputs give the same bytes. */
function writeSite(mapping: Mapping, collected: Collected, published: string, report: ImportReport): Map<string, string> {
  const schools: Row[] = [];
  const allYears = [...collected.directoryYears].sort();
  for (const [id, { row: listed, at, columns, fromYears }] of [...collected.directory].sort(byKey)) {
    const years = [...(collected.listedIn.get(id) ?? [])].sort();
    const span: Row = {
      opened: years[0] === allYears[0] ? null : (years[0] ?? null),
      closed: years.at(-1) === allYears.at(-1) ? null : (years.at(-1) ?? null),
    };
    const row = { ...listed, ...Object.fromEntries(fromYears.map((key) => [key, span[key] ?? null])) };
    const parsed: { grades: string } | null = checked(SchoolRowSchema, row, at, report, columns);
    // Grades in the site's one spelling ("06-08" is written 6-8), as the site reads them.
    if (parsed) schools.push({ ...row, grades: parsed.grades });
  }
  const listed = new Set(schools.map((row) => String(row.school_id)));
  const rowsOf = (table: string) =>
    [...collected.rows]
      .filter(([key]) => key.startsWith(`${table}|`))
      .sort(byKey)
      .filter(([, { row, at }]) => {
        if (table === 'references' || listed.has(String(row.school_id))) return true;
        report.leaveOut(at.file, 'rows of schools no directory file lists');
        return false;
      })
      .map(([, { row }]) => row);
  const tables: Record<string, Row[]> = {
    schools,
    enrollment: rowsOf('enrollment'),
    measures: rowsOf('measures'),
    references: rowsOf('references'),
    spending: rowsOf('spending'),
  };
  // A source without averages or spending gets no empty table of them.
  const written = Object.keys(tables).filter((table) => !['references', 'spending'].includes(table) || (tables[table]?.length ?? 0) > 0);
  const files = new Map<string, string>();
  for (const table of written)
    files.set(`data/${table}.csv`, toCsv(TABLE_COLUMNS[table as keyof typeof TABLE_COLUMNS].columns, tables[table] ?? []));
  const years = [...new Set([...(tables.measures ?? []), ...(tables.enrollment ?? [])].map((row) => String(row.school_year)))].sort();
  files.set('data/manifest.json', `${JSON.stringify(mappingManifest(mapping, { published, years, tables: written }), null, 2)}\n`);
  for (const [path, text] of starterContent(mapping)) files.set(path, text);
  if (listed.size === 0)
    report.fatal.add({ file: mapping.files[0]?.path ?? 'mapping', expected: 'at least one school in a file with a "directory"' });
  return files;
}

/**
 * `npm run import -- csv <mapping>`: a district's or a state's own CSV files, read through a
 * declarative mapping, into a complete site folder. Like the NC importer it reports every
 * value it could not map and counts the rows it left out by design; a fatal problem (a
 * missing file or column, a bad --published date, no school) means no file is returned at all.
 */
export function importCsv(mapping: Mapping, sources: ReadonlyMap<string, string>, options: { published: string }): CsvImport {
  const report = new ImportReport();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.published))
    report.fatal.add({
      file: '--published',
      value: options.published,
      expected: 'the date the source files were published, written like 2024-09-01',
    });
  const tables = readTables(mapping, sources, report);
  if (!report.fatal.ok) return { files: new Map(), report };
  const files = writeSite(mapping, collectRows(mapping, tables, report), options.published, report);
  return { files: report.fatal.ok ? files : new Map(), report };
}

import { rowKey, type RowKeyParts } from '../../data/keys.ts';
import { parseCsvTable } from '../../data/csv.ts';
import { STUDENT_GROUP_IDS, type StudentGroupId } from '../../data/groups.ts';
import { checkSchools } from '../../data/schools.ts';
import {
  EnrollmentRowSchema,
  ManifestSchema,
  siteMeasureRowSchema,
  ReferenceRowSchema,
  SchoolRowSchema,
  SpendingRowSchema,
  TABLE_COLUMNS,
} from '../../data/schemas.ts';
import { ImportReport } from '../report.ts';
import { readRows, type FromSource, type SourceTable } from '../rows.ts';
import { toCsv } from '../write-csv.ts';
import { mapDirectoryYear, mergeDirectory } from './directory.ts';
import { mapEnrollment, type EnrollmentOut } from './enrollment.ts';
import { ncManifest, type SourcesByTable } from './manifest.ts';
import {
  mapAchievement,
  mapBeginningTeachers,
  mapChronicAbsence,
  mapDiscipline,
  mapEconDisadv,
  mapGraduation,
  PERFORMANCE_GRADES,
  type Mapper,
  type MeasureOut,
} from './measures.ts';
import type { Mapped } from './school-rows.ts';
import { mapSpending, type SpendingOut } from './spending.ts';
import { schoolYearOf } from './values.ts';

/**
 * NC's directory has a phone and a web address, but the Wake example was written before schools
 * had those columns: mapping them means importing its full files again.
 */
const UNMAPPED_SCHOOL_COLUMNS = new Set(['phone', 'website']);
const SCHOOL_COLUMNS = TABLE_COLUMNS.schools.columns.filter((column) => !UNMAPPED_SCHOOL_COLUMNS.has(column));
/** ec_pupils.csv masks no count, so its rows need no status or reason. */
const ENROLLMENT_COLUMNS = TABLE_COLUMNS.enrollment.columns.filter((column) => !TABLE_COLUMNS.enrollment.optional.includes(column));

const DIRECTORY_FILE = 'rcd_location.csv';
const ENROLLMENT_FILE = 'ec_pupils.csv';
const SPENDING_FILE = 'rcd_funds2.csv';
const MEASURE_FILES: readonly (readonly [string, Mapper])[] = [
  ['rcd_acc_spg2.csv', mapAchievement],
  ['rcd_acc_cgr.csv', mapGraduation],
  ['rcd_chronic_absent.csv', mapChronicAbsence],
  ['rcd_inc2.csv', mapDiscipline],
  ['rcd_eq.csv', mapBeginningTeachers],
  ['rcd_acc_eds.csv', mapEconDisadv],
];
/** Every file the importer reads from a year's folder; the others are not used. */
export const NC_FILES = [DIRECTORY_FILE, ENROLLMENT_FILE, SPENDING_FILE, ...MEASURE_FILES.map(([file]) => file)];

/** NCDPI's download unpacks into one folder per report year: `SRC_2019/rcd_inc2.csv`. */
const SOURCE_PATH = /^SRC_(\d{4})\/([^/]+)$/;

export interface NcImportOptions {
  /** The LEA number, like `920` for Wake County Schools. */
  district: string;
  /** The manifest's publication date, written 2020-06-12: the date of the files imported. */
  published: string;
}

export interface NcImport {
  /** The files to write into a site's folder, by path: `data/schools.csv`, `data/manifest.json`. */
  files: Map<string, string>;
  report: ImportReport;
}

/**
 * Turns NCDPI School Report Card files into the project's tables for one district. Takes
 * the files' texts by path inside the source folder and returns the site's data files;
 * reads and writes nothing itself.
 */
export function importNcDpi(sources: ReadonlyMap<string, string>, options: NcImportOptions): NcImport {
  const report = new ImportReport();
  if (!/^\d{3}$/.test(options.district))
    report.fatal.add({
      file: '--district',
      value: options.district,
      expected: 'an LEA number of three digits, like 920 for Wake County Schools',
    });
  const folders = foldersByYear(sources, report);
  const years = [...folders.keys()].sort();
  if (years.length === 0) report.fatal.add({ file: '.', expected: `folders named SRC_<year> holding ${DIRECTORY_FILE}` });

  const used: Record<keyof SourcesByTable, string[]> = { schools: [], enrollment: [], measures: [], references: [], spending: [] };
  const directory = new Map<string, ReturnType<typeof mapDirectoryYear>>();
  const enrollment: FromSource<EnrollmentOut[]>[] = [];
  const measures: Mapped<MeasureOut[]>[] = [];
  const spending: FromSource<SpendingOut>[] = [];
  let districtName = `LEA ${options.district}`;
  for (const year of years) {
    const { folder, files } = folders.get(year) ?? { folder: '', files: new Map<string, string>() };
    const table = (name: string, usedBy: keyof SourcesByTable): SourceTable | null => {
      const text = files.get(name);
      if (text === undefined) {
        report.leaveOut(`${folder}/${name}`, 'not in the folder: its values are missing for this year');
        return null;
      }
      used[usedBy].push(`${folder}/${name}`);
      return readRows(text, `${folder}/${name}`, report);
    };
    const locations = table(DIRECTORY_FILE, 'schools');
    if (!locations) {
      report.fatal.add({ file: `${folder}/${DIRECTORY_FILE}`, expected: 'this file: it lists the schools of the year' });
      continue;
    }
    districtName = locations.rows.find((row) => row.cells['agency_code'] === `${options.district}LEA`)?.cells['name'] ?? districtName;
    const listed = mapDirectoryYear(locations, year, options.district, report);
    if (listed.size === 0)
      report.fatal.add({ file: locations.file, expected: `rows for schools of LEA ${options.district} (lea_code ${options.district}LEA)` });
    directory.set(year, listed);
    const scope = { district: options.district, year, schools: new Set(listed.keys()) };
    const pupils = table(ENROLLMENT_FILE, 'enrollment');
    if (pupils) enrollment.push(...mapEnrollment(pupils, scope, report));
    for (const [name, map] of MEASURE_FILES) {
      const source = table(name, 'measures');
      if (source) measures.push(...map(source, scope, report));
    }
    const funds = table(SPENDING_FILE, 'spending');
    if (funds) spending.push(...mapSpending(funds, scope, report));
  }

  const schools = mergeDirectory(directory);
  const schoolMeasures = measures.filter((m) => m.reference === undefined);
  const tables = {
    schools: toCsv(SCHOOL_COLUMNS, schools),
    enrollment: toCsv(ENROLLMENT_COLUMNS, unique(enrollment, 'school year, school and student group', report).sort(byKey)),
    measures: toCsv(
      TABLE_COLUMNS.measures.columns,
      unique(schoolMeasures, 'school year, school, indicator and student group', report).sort(byKey),
    ),
    references: toCsv(TABLE_COLUMNS.references.columns, referenceRows(measures, report)),
    spending: toCsv(TABLE_COLUMNS.spending.columns, unique(spending.map(asList), 'school year and school', report).sort(byKey)),
  };
  used.references = used.measures;
  const manifest = ncManifest({
    districtName,
    schoolYears: years,
    folders: [...folders.values()].map(({ folder }) => folder).sort(),
    sources: used,
    published: options.published,
  });
  checkOutput(tables, manifest, report);
  return {
    files: new Map([
      ...Object.entries(tables).map(([name, text]) => [`data/${name}.csv`, text] as const),
      ['data/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`],
    ]),
    report,
  };
}

/** The source files by school year, read off their SRC_<year> folders. */
function foldersByYear(
  sources: ReadonlyMap<string, string>,
  report: ImportReport,
): Map<string, { folder: string; files: Map<string, string> }> {
  const folders = new Map<string, { folder: string; files: Map<string, string> }>();
  for (const [path, text] of sources) {
    const match = SOURCE_PATH.exec(path);
    const year = match ? schoolYearOf(match[1] ?? '') : null;
    if (!match || year === null) {
      report.issues.add({
        file: path,
        expected: 'a file inside a folder named SRC_<year>, like SRC_2019/rcd_location.csv; it was not read',
      });
      continue;
    }
    const folder = folders.get(year) ?? { folder: `SRC_${match[1] ?? ''}`, files: new Map<string, string>() };
    folders.set(year, folder);
    folder.files.set(match[2] ?? '', text);
  }
  return folders;
}

/**
 * The district's, state's and nation's rows of the measures' files, as data/references.csv
 * rows: the averages NCDPI publishes, keyed by their kind instead of a school.
 */
function referenceRows(measures: readonly Mapped<MeasureOut[]>[], report: ImportReport) {
  // An average NCDPI left blank says nothing: it is not written.
  const rows = measures.flatMap(({ reference, file, line, row }) =>
    reference === undefined
      ? []
      : [{ file, line, row: row.flatMap((m) => (m.status === 'missing' ? [] : [{ ...m, school_id: reference }])) }],
  );
  return unique(rows, 'school year, reference, indicator and student group', report)
    .sort(byKey)
    .map(({ school_id, ...m }) => ({ ...m, reference: school_id }));
}

const asList = <T>({ file, line, row }: FromSource<T>): FromSource<T[]> => ({ file, line, row: [row] });

/** One row per key; a second row for the same key is reported where it is, naming the first. */
function unique<T extends RowKeyParts>(rows: readonly FromSource<T[]>[], what: string, report: ImportReport): T[] {
  const first = new Map<string, FromSource<T[]>>();
  const out: T[] = [];
  for (const source of rows)
    for (const row of source.row) {
      const key = rowKey(row);
      const seen = first.get(key);
      if (seen) {
        report.issues.add({
          file: source.file,
          line: source.line,
          value: key,
          expected: `one row per ${what}; ${seen.file} line ${seen.line} has the same`,
        });
        continue;
      }
      first.set(key, source);
      out.push(row);
    }
  return out;
}

const groupRank = (group: string | undefined) => STUDENT_GROUP_IDS.indexOf(group as StudentGroupId);

/** Year, school, indicator, then groups in the vocabulary's order: files diff cleanly between imports. */
function byKey(a: RowKeyParts, b: RowKeyParts): number {
  const text = (x = '', y = '') => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.school_year, b.school_year) ||
    text(a.school_id, b.school_id) ||
    text(a.indicator_id, b.indicator_id) ||
    groupRank(a.student_group) - groupRank(b.student_group)
  );
}

/** Every NC indicator is a number, but the School Performance Grade, a letter. */
const valueKindOf = (id: string) =>
  id === 'performance_grade'
    ? { type: 'categorical' as const, levels: [...PERFORMANCE_GRADES] }
    : { type: 'numeric' as const, unit: 'score' as const };

/** The written files must pass the project's own schemas; anything else is the importer's bug. */
function checkOutput(tables: Record<keyof SourcesByTable, string>, manifest: unknown, report: ImportReport): void {
  const schools = parseCsvTable(tables.schools, 'data/schools.csv', SchoolRowSchema, TABLE_COLUMNS.schools, report.fatal);
  checkSchools(schools, report.fatal);
  parseCsvTable(tables.enrollment, 'data/enrollment.csv', EnrollmentRowSchema, TABLE_COLUMNS.enrollment, report.fatal);
  parseCsvTable(tables.measures, 'data/measures.csv', siteMeasureRowSchema(valueKindOf), TABLE_COLUMNS.measures, report.fatal);
  parseCsvTable(tables.references, 'data/references.csv', ReferenceRowSchema, TABLE_COLUMNS.references, report.fatal);
  parseCsvTable(tables.spending, 'data/spending.csv', SpendingRowSchema, TABLE_COLUMNS.spending, report.fatal);
  const parsed = ManifestSchema.safeParse(manifest);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      report.fatal.add({ file: 'data/manifest.json', column: issue.path.join('.'), expected: issue.message });
}

import { z } from 'zod';
import { LOCALES } from '../i18n/messages/index.ts';
import {
  countCell,
  idCell,
  numberCell,
  optionalIdCell,
  optionalPatternCell,
  optionalSchoolYearCell,
  optionalTextCell,
  optionalWebAddressCell,
  schoolYearCell,
  SchoolYearSchema,
  textCell,
} from './cells.ts';
import { gradesCell } from './grades.ts';
import { StudentGroupSchema } from './groups.ts';

/**
 * The schemas are the types: every shape a district writes (CSV rows, front matter, the
 * manifest) is declared here once, and its TypeScript type is inferred from it.
 * CSV cells arrive as strings; front matter arrives as YAML values.
 */

const trimmedEnum = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(values, { error: what }));

// ---------- data/schools.csv ----------

const SCHOOL_LEVELS = ['elementary', 'middle', 'high', 'combined'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const SchoolRowSchema = z.object({
  school_id: idCell('a school id'),
  district_id: idCell('a district id'),
  name: textCell('the school\'s name'),
  level: trimmedEnum(SCHOOL_LEVELS, `one of the school levels: ${SCHOOL_LEVELS.join(', ')}`),
  grades: gradesCell,
  // A directory may not publish where a school is or how to reach it: blank, or no column at all.
  address: optionalTextCell,
  city: optionalTextCell,
  zip: optionalPatternCell(/^\d{5}(-\d{4})?$/, 'a 5-digit ZIP code like 02134 (kept as text), or a blank cell'),
  latitude: numberCell({ what: 'a latitude from -90 to 90, or a blank cell', min: -90, max: 90 }),
  longitude: numberCell({ what: 'a longitude from -180 to 180, or a blank cell', min: -180, max: 180 }),
  phone: optionalTextCell,
  website: optionalWebAddressCell,
  region: optionalTextCell,
  /** First school year the school operated, when it opened within the data's years. */
  opened: optionalSchoolYearCell,
  /** Last school year the school operated, when it has closed. */
  closed: optionalSchoolYearCell,
});
export type SchoolRow = z.output<typeof SchoolRowSchema>;

// ---------- data/enrollment.csv ----------

export const EnrollmentRowSchema = z.object({
  school_year: schoolYearCell,
  school_id: idCell('a school id'),
  student_group: z.string().transform((s) => s.trim()).pipe(StudentGroupSchema),
  count: countCell(),
});
export type EnrollmentRow = z.output<typeof EnrollmentRowSchema>;

// ---------- data/measures.csv ----------

/** A cell's status: a value, or why there is none. Numeric columns never carry codes. */
const CELL_STATUSES = ['ok', 'missing', 'suppressed', 'coded_low', 'coded_high'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

const MeasureCellsSchema = z.object({
  school_year: schoolYearCell,
  school_id: idCell('a school id'),
  indicator_id: idCell('an indicator id'),
  student_group: z.string().transform((s) => s.trim()).pipe(StudentGroupSchema),
  numerator: countCell('a whole number like 12 (the count of students the rate is about), or a blank cell'),
  denominator: countCell('a whole number like 240 (the count of students the rate is out of), or a blank cell'),
  value: numberCell({
    what: 'a number like 12.5, 45% or $9,876, or a blank cell',
    percent: true,
    dollars: true,
    hint: 'write a reason for a missing or masked value in the "status" column, not here.',
  }),
  status: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(['', ...CELL_STATUSES], { error: `blank or one of: ${CELL_STATUSES.join(', ')}` })),
  reason: optionalTextCell,
});

type MeasureCells = Pick<z.output<typeof MeasureCellsSchema>, 'numerator' | 'denominator' | 'value' | 'status'>;

/** A blank status means `ok` when the row carries a value and `missing` when it does not. */
function statusOf(row: MeasureCells): CellStatus {
  if (row.status !== '') return row.status;
  return row.value !== null || row.numerator !== null ? 'ok' : 'missing';
}

/** The rules every row of values obeys, a school's (measures.csv) or a published average's (references.csv). */
function checkMeasureCells(row: MeasureCells, ctx: z.RefinementCtx): void {
  const status = statusOf(row);
  const hasValue = row.value !== null || row.numerator !== null;
  const fail = (column: string, message: string) => ctx.addIssue({ code: 'custom', path: [column], message });
  if (row.numerator !== null && row.denominator === null)
    fail('denominator', 'a denominator whenever a numerator is given');
  if (row.numerator !== null && row.value !== null)
    fail('value', 'a blank value when numerator and denominator are given (the rate is computed from them)');
  if (row.numerator !== null && row.denominator !== null) {
    if (row.numerator > row.denominator)
      fail('numerator', `a numerator no larger than the denominator (${row.denominator})`);
    if (row.denominator === 0) fail('denominator', 'a denominator above 0 when a numerator is given');
  }
  if (status === 'ok' && !hasValue) fail('value', 'a value (or a numerator and denominator) when the status is ok');
  if ((status === 'missing' || status === 'suppressed') && hasValue)
    fail('value', `a blank value and numerator when the status is ${status}`);
  if ((status === 'coded_low' || status === 'coded_high') && row.value === null)
    fail('value', `the bound of the coded range when the status is ${status} (e.g. 5 for "<5%")`);
}

export const MeasureRowSchema = MeasureCellsSchema.superRefine(checkMeasureCells).transform((row) => ({ ...row, status: statusOf(row) }));
export type MeasureRow = z.output<typeof MeasureRowSchema>;

// ---------- data/references.csv ----------

/**
 * Whose average a reference row is: the source's own published figure, not one computed here.
 * Nearest first, the order pages list them in: a family compares with the district before the state.
 */
export const REFERENCE_KINDS = ['district', 'state', 'nation'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

const { school_id: _schoolId, school_year: _schoolYear, ...referenceCells } = MeasureCellsSchema.shape;

/** A value the source publishes for the district, the state or the nation, beside the schools'. */
export const ReferenceRowSchema = z
  .object({
    school_year: schoolYearCell,
    reference: trimmedEnum(REFERENCE_KINDS, `one of: ${REFERENCE_KINDS.join(', ')}`),
    ...referenceCells,
  })
  .superRefine(checkMeasureCells)
  .transform((row) => ({ ...row, status: statusOf(row) }));
export type ReferenceRow = z.output<typeof ReferenceRowSchema>;

// ---------- data/spending.csv ----------

const dollarsPerPupil = (what: string) =>
  numberCell({ what: `${what} in dollars per pupil, like 9876 or $9,876, or a blank cell`, dollars: true, min: 0 });

/** ESSA per-pupil expenditure, split by the source of the money. */
export const SpendingRowSchema = z.object({
  school_year: schoolYearCell,
  school_id: idCell('a school id'),
  federal: dollarsPerPupil('federal spending'),
  state_local: dollarsPerPupil('state and local spending'),
});
export type SpendingRow = z.output<typeof SpendingRowSchema>;

// ---------- data/school_aliases.csv ----------

/**
 * A school's former id or name: what a directory, an old report or a parent may still call it.
 * `until` is the last school year it had that id or name. Public directory facts, like the name.
 */
const SchoolAliasCellsSchema = z.object({
  school_id: idCell('a school id'),
  former_id: optionalIdCell("the school's former id"),
  former_name: optionalTextCell,
  until: optionalSchoolYearCell,
});

export const SchoolAliasRowSchema = SchoolAliasCellsSchema.superRefine((row, ctx) => {
  if (row.former_id === null && row.former_name === null)
    ctx.addIssue({ code: 'custom', path: ['former_id'], message: 'a former id or a former name (or both) on every row' });
});
export type SchoolAliasRow = z.output<typeof SchoolAliasRowSchema>;

// ---------- data/manifest.json ----------

const IsoDateSchema = z.iso.date({ error: 'a date written like 2025-09-15' });

const ManifestFileSchema = z.strictObject({
  path: z.string().regex(/^[\w./-]+\.csv$/, { error: 'a CSV file name inside data/, like schools.csv' }),
  title: z.string().min(1),
  version: z.string().min(1),
  published: IsoDateSchema,
  source: z.string().min(1),
  source_url: z.url().optional(),
  licence: z.string().min(1),
});

export const ManifestSchema = z.strictObject({
  title: z.string().min(1),
  version: z.string().min(1),
  published: IsoDateSchema,
  /** Who the data is from, shown on every page: a publisher's terms may require the credit in sight. */
  credit: z.string().min(1).optional(),
  files: z.array(ManifestFileSchema).min(1),
});
export type Manifest = z.infer<typeof ManifestSchema>;

// ---------- content/site.md front matter ----------

export const SiteConfigSchema = z.strictObject({
  name: z.string().min(1),
  short_name: z.string().min(1),
  /** A demonstration with invented or re-used data says so on every page. */
  notice: z.string().min(1).optional(),
  base: z
    .string()
    .regex(/^\/([\w-]+\/)*$/, { error: 'a base path that starts and ends with "/", like / or /equity/' })
    .default('/'),
  locales: z
    .array(z.enum(LOCALES, { error: `a locale this site has strings for: ${LOCALES.join(', ')}` }))
    .min(1)
    .default(['en']),
  default_locale: z.enum(LOCALES, { error: `a locale this site has strings for: ${LOCALES.join(', ')}` }).default('en'),
  /** Groups with fewer students than this are suppressed everywhere; below 5 no privacy rule holds. */
  min_group_size: z.number().int().min(5, { error: 'a minimum group size of at least 5 students' }).default(10),
  /**
   * A rate is coded or hidden when fewer than this many students have the outcome, or lack
   * it (zero included): "0 of 40" and "40 of 40" name what every one of them did.
   */
  small_count: z.number().int().min(1).default(5),
  /** The school year the site leads with; defaults to the newest in the data. */
  current_year: SchoolYearSchema.optional(),
  /** Indicator whose value measures student need for peers and spending analysis. */
  need_measure: z.string().min(1),
  /** Where readers report an accessibility barrier: an email address or a web address. */
  accessibility_contact: z
    .union([z.email(), z.url({ protocol: /^https?$/ })], { error: 'an email address like access@district.org, or a web address starting with https://' })
    .optional(),
  peers: z
    .strictObject({
      count: z.number().int().min(1).max(50).default(8),
      same_level: z.boolean().default(true),
    })
    .prefault({}),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

// ---------- content/domains/*.md and content/indicators/*.md front matter ----------

const positiveWeight = z
  .number({ error: 'a weight that is a positive number, like 1 or 0.25' })
  .positive({ error: 'a weight that is a positive number, like 1 or 0.25' });

const contentId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, {
  error: 'an id of lowercase letters, digits, "-" or "_", like chronic_absenteeism',
});

export const DomainSchema = z.strictObject({
  id: contentId,
  title: z.string().min(1),
  weight: positiveWeight,
  order: z.number().int().default(0),
});
export type Domain = z.infer<typeof DomainSchema>;

const UNITS = ['percent', 'count', 'dollars', 'years', 'ratio', 'score'] as const;
const UnitSchema = z.enum(UNITS, { error: `one of the units: ${UNITS.join(', ')}` });
export type Unit = z.infer<typeof UnitSchema>;

/** What an indicator describes; the need measure must be `context`, never an outcome or resource. */
const INDICATOR_KINDS = ['context', 'outcome', 'resource', 'climate'] as const;

export const IndicatorSchema = z.strictObject({
  id: contentId,
  title: z.string().min(1),
  /** A short phrase for tables and charts; defaults to the title. */
  short_title: z.string().min(1).optional(),
  domain: contentId,
  kind: z.enum(INDICATOR_KINDS, { error: `one of: ${INDICATOR_KINDS.join(', ')}` }),
  unit: UnitSchema,
  direction: z.enum(['higher_is_better', 'lower_is_better'], {
    error: 'higher_is_better or lower_is_better',
  }),
  weight: positiveWeight,
  /** Whose count the denominator is; only counts of students are suppressed. */
  subject: z.enum(['students', 'staff'], { error: 'students or staff' }).default('students'),
  decimals: z.number().int().min(0).max(4).default(1),
  source: z.string().min(1),
  /**
   * The group whose share of enrollment this indicator is (english_learner_share: english_learner).
   * Its all-students value times the enrollment is that group's count, so suppression must
   * code the value whenever that count is hidden.
   */
  share_of: StudentGroupSchema.optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A table's columns, in the order files are written, and those a file may leave out. */
export interface TableColumns {
  columns: readonly string[];
  optional: readonly string[];
}

/**
 * A column is optional when a district may not have it at all (a directory without coordinates
 * or phone numbers). Each optional column's cell accepts a blank, so a file without the column
 * reads exactly as if it were there with every cell blank; any other column must be present.
 */
function table<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>, optional: readonly (keyof Shape & string)[] = []): TableColumns {
  return { columns: Object.keys(schema.shape), optional };
}

/** Every table of data/: the parser reads and the writers (importers, demo, benchmark) write these columns. */
export const TABLE_COLUMNS = {
  schools: table(SchoolRowSchema, ['address', 'city', 'zip', 'latitude', 'longitude', 'phone', 'website', 'region', 'opened', 'closed']),
  enrollment: table(EnrollmentRowSchema),
  measures: table(MeasureCellsSchema),
  references: { columns: ['school_year', 'reference', ...Object.keys(referenceCells)], optional: [] },
  spending: table(SpendingRowSchema),
  school_aliases: table(SchoolAliasCellsSchema, ['former_id', 'former_name', 'until']),
} as const;

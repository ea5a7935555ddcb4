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
import { DeclaredGroupSchema, GROUP_ID, StudentGroupSchema } from './groups.ts';

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

export const SCHOOL_LEVELS = ['elementary', 'middle', 'high', 'combined'] as const;
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

/** A cell's status: a value, or why there is none. Numeric columns never carry codes. */
const CELL_STATUSES = ['ok', 'missing', 'suppressed', 'coded_low', 'coded_high'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

const statusCell = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.enum(['', ...CELL_STATUSES], { error: `blank or one of: ${CELL_STATUSES.join(', ')}` }));

/**
 * A student group's code. Which codes exist is the site's vocabulary (the defaults and the
 * groups content/site.md declares), checked once the site's config is read.
 */
const groupCell = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().regex(GROUP_ID, { error: 'a student group code of lowercase letters, digits and "_", like econ_disadv' }));

/**
 * A count carries a status like a measure, so a source's masked counts ("<5", "*") are kept as
 * what they are: `suppressed` with a blank count, or `coded_low`/`coded_high` with the bound.
 */
export const EnrollmentCellsSchema = z.object({
  school_year: schoolYearCell,
  school_id: idCell('a school id'),
  student_group: groupCell,
  count: countCell(),
  status: statusCell,
  reason: optionalTextCell,
});

export const EnrollmentRowSchema = EnrollmentCellsSchema.superRefine((row, ctx) => {
  const status = enrollmentStatusOf(row);
  const fail = (column: string, message: string) => ctx.addIssue({ code: 'custom', path: [column], message });
  if (status === 'ok' && row.count === null) fail('count', 'a count when the status is ok');
  if ((status === 'missing' || status === 'suppressed') && row.count !== null) fail('count', `a blank count when the status is ${status}`);
  if ((status === 'coded_low' || status === 'coded_high') && row.count === null)
    fail('count', `the bound of the coded range when the status is ${status} (e.g. 5 for "<5")`);
}).transform((row) => ({ ...row, status: enrollmentStatusOf(row) }));
export type EnrollmentRow = z.output<typeof EnrollmentRowSchema>;

/** A blank status means `ok` with a count and `missing` without one. */
function enrollmentStatusOf(row: { count: number | null; status: CellStatus | '' }): CellStatus {
  if (row.status !== '') return row.status;
  return row.count === null ? 'missing' : 'ok';
}

// ---------- data/measures.csv ----------



const VALUE_NUMBER = numberCell({
  what: 'a number like 12.5, 45% or $9,876, or a blank cell',
  percent: true,
  dollars: true,
  hint: 'write a reason for a missing or masked value in the "status" column, not here.',
});

const MeasureCellsSchema = z.object({
  school_year: schoolYearCell,
  school_id: idCell('a school id'),
  indicator_id: idCell('an indicator id'),
  student_group: groupCell,
  numerator: countCell('a whole number like 12 (the count of students the rate is about), or a blank cell'),
  denominator: countCell('a whole number like 240 (the count of students the rate is out of), or a blank cell'),
  value: VALUE_NUMBER,
  status: statusCell,
  reason: optionalTextCell,
});
type MeasureCells = z.output<typeof MeasureCellsSchema>;
/** The cells whose rules every row of values obeys, a school's (measures.csv) or a published average's (references.csv). */
type ValueCells = Pick<MeasureCells, 'numerator' | 'denominator' | 'value' | 'status'>;

/** A blank status means `ok` when the row carries a value and `missing` when it does not. */
function statusOf(row: ValueCells): CellStatus {
  if (row.status !== '') return row.status;
  return row.value !== null || row.numerator !== null ? 'ok' : 'missing';
}

/**
 * `perStudentRate`: the indicator is a rate per 100 or 1,000 students, whose numerator counts
 * events (suspensions), so it may exceed the students it is out of.
 */
function checkMeasureRow(row: ValueCells, ctx: z.RefinementCtx, perStudentRate = false): void {
  const status = statusOf(row);
  const hasValue = row.value !== null || row.numerator !== null;
  const fail = (column: string, message: string) => ctx.addIssue({ code: 'custom', path: [column], message });
  if (row.numerator !== null && row.denominator === null)
    fail('denominator', 'a denominator whenever a numerator is given');
  if (row.numerator !== null && row.value !== null)
    fail('value', 'a blank value when numerator and denominator are given (the rate is computed from them)');
  if (row.numerator !== null && row.denominator !== null) {
    if (row.numerator > row.denominator && !perStudentRate)
      fail('numerator', `a numerator no larger than the denominator (${row.denominator})`);
    if (row.denominator === 0) fail('denominator', 'a denominator above 0 when a numerator is given');
  }
  if (status === 'ok' && !hasValue) fail('value', 'a value (or a numerator and denominator) when the status is ok');
  if ((status === 'missing' || status === 'suppressed') && hasValue)
    fail('value', `a blank value and numerator when the status is ${status}`);
  if ((status === 'coded_low' || status === 'coded_high') && row.value === null)
    fail('value', `the bound of the coded range when the status is ${status} (e.g. 5 for "<5%")`);
}

/** A row of numbers only: what importers write and check. */
export const MeasureRowSchema = MeasureCellsSchema.superRefine((row, ctx) => checkMeasureRow(row, ctx)).transform((row) => ({ ...row, status: statusOf(row) }));

/** What a row's value must be, by its indicator: a number in a unit, or one of some levels. */
type ValueKind = Pick<NumericIndicator, 'type' | 'unit'> | Pick<CategoricalIndicator, 'type' | 'levels'>;

/** The position of a categorical level, matched trimmed and whatever its case; -1 when it is none of them. */
function levelPosition(text: string, levels: readonly string[]): number {
  const wanted = text.trim().toLowerCase();
  return levels.findIndex((level) => level.toLowerCase() === wanted);
}

/**
 * The rows of measures.csv as a site reads them: the `value` of a categorical indicator's row
 * is one of its levels, stored as the level's position (0 = the worst); every other value is a
 * number, with the same errors as `MeasureRowSchema`. The value is checked even when other
 * cells of the row fail, so a row's problems are all reported at once.
 */
export function siteMeasureRowSchema(indicatorOf: (indicatorId: string) => ValueKind | undefined) {
  const indicatorOfRow = (row: { indicator_id: unknown }) =>
    typeof row.indicator_id === 'string' ? indicatorOf(row.indicator_id.trim()) : undefined;
  const levelsOfRow = (row: { indicator_id: unknown }) => {
    const indicator = indicatorOfRow(row);
    return indicator?.type === 'categorical' ? indicator.levels : undefined;
  };
  return MeasureCellsSchema.extend({ value: z.string() })
    .superRefine(
      (row, ctx) => {
        if (row.value.trim() === '') return;
        const levels = levelsOfRow(row);
        if (levels === undefined) {
          for (const issue of VALUE_NUMBER.safeParse(row.value).error?.issues ?? [])
            ctx.addIssue({ code: 'custom', path: ['value'], message: issue.message, params: (issue as { params?: object }).params });
        } else if (levelPosition(row.value, levels) === -1) {
          ctx.addIssue({ code: 'custom', path: ['value'], message: `one of the levels of ${String(row.indicator_id).trim()}: ${levels.join(', ')}` });
        }
      },
      { when: () => true },
    )
    .transform((row): MeasureCells => {
      const levels = levelsOfRow(row);
      const text = row.value.trim();
      const value = text === '' ? null : levels ? levelPosition(text, levels) : (VALUE_NUMBER.parse(row.value) as number);
      return { ...row, value };
    })
    .superRefine((row, ctx) => {
      const indicator = indicatorOfRow(row);
      checkMeasureRow(row, ctx, indicator?.type === 'numeric' && (indicator.unit === 'per_100' || indicator.unit === 'per_1000'));
    })
    .transform((row) => ({ ...row, status: statusOf(row) }));
}

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
  .superRefine((row, ctx) => checkMeasureRow(row, ctx))
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

const ContactSchema = z.union([z.email(), z.url({ protocol: /^https?$/ })], {
  error: 'an email address like data@district.org, or a web address starting with https://',
});

export const SiteConfigSchema = z.strictObject({
  name: z.string().min(1),
  short_name: z.string().min(1),
  /** A demonstration with invented or re-used data says so on every page. */
  notice: z.string().min(1).optional(),
  /**
   * The published site's address, like https://equity.district.org/ (with its base path): the
   * story feed needs absolute addresses. Optional: without it the site has no feed, rather than
   * one whose links point nowhere.
   */
  url: z
    .url({ protocol: /^https?$/, error: 'the site’s address, starting with https://, like https://equity.district.org/' })
    .transform((url) => (url.endsWith('/') ? url : `${url}/`))
    .optional(),
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
  /** Groups beyond the default vocabulary, each in a family or the union of one family's groups. */
  student_groups: z.array(DeclaredGroupSchema).default([]),
  /** The school year the site leads with; defaults to the newest in the data. */
  current_year: SchoolYearSchema.optional(),
  /** Indicator whose value measures student need for peers and spending analysis. */
  need_measure: z.string().min(1),
  /** Where readers report an accessibility barrier: an email address or a web address. */
  accessibility_contact: ContactSchema.optional(),
  /** Where readers report a mistake in the data: every school page links to it. */
  data_contact: ContactSchema.optional(),
  peers: z
    .strictObject({
      count: z.number().int().min(1).max(50).default(8),
      same_level: z.boolean().default(true),
    })
    .prefault({}),
  /** How the spending page reads data/spending.csv; a site without that file has no spending page. */
  spending: z
    .strictObject({
      /** Schools with fewer students are left out of the analysis: a tiny program's cost per pupil says little about a district's choices. */
      min_enrollment: z.number({ error: 'a number of students, like 100' }).int().min(0).default(100),
      /** The student groups whose outcomes "doing more with less" reads. */
      groups: z.array(z.string().min(1)).min(1).default(['econ_disadv', 'english_learner', 'disability']),
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

/**
 * `per_100` and `per_1000` are rates per 100 or 1,000 students (suspensions, reportable acts):
 * a numerator and denominator give value × 100 or × 1000, and unlike a percent they have no
 * upper bound (a school can suspend more than once per student).
 */
const UNITS = ['percent', 'per_100', 'per_1000', 'count', 'days', 'dollars', 'years', 'ratio', 'score'] as const;
const UnitSchema = z.enum(UNITS, { error: `one of the units: ${UNITS.join(', ')}` });
export type Unit = z.infer<typeof UnitSchema>;

/** What an indicator describes; the need measure must be `context`, never an outcome or resource. */
const INDICATOR_KINDS = ['context', 'outcome', 'resource', 'climate'] as const;

const DirectionSchema = z.enum(['higher_is_better', 'lower_is_better'], { error: 'higher_is_better or lower_is_better' });

/** What a district writes; every key that depends on the indicator's type is checked in `checkIndicatorKeys`. */
const IndicatorKeysSchema = z.strictObject({
  id: contentId,
  title: z.string().min(1),
  /** A short phrase for tables and charts; defaults to the title. */
  short_title: z.string().min(1).optional(),
  domain: contentId,
  kind: z.enum(INDICATOR_KINDS, { error: `one of: ${INDICATOR_KINDS.join(', ')}` }),
  /** `numeric` (the default): a number in `unit`. `categorical`: one of `levels`, a rating such as "Level 2" or "B". */
  type: z.enum(['numeric', 'categorical'], { error: 'numeric or categorical' }).default('numeric'),
  unit: UnitSchema.optional(),
  /** A categorical indicator's levels, from worst to best. */
  levels: z
    .array(
      // Star ratings are written as numbers (levels: [1, 2, 3]); a level is its text either way.
      z
        .union([z.string(), z.number()], { error: 'a level name, like Level 2 or B' })
        .transform((level) => String(level).trim())
        .pipe(z.string().min(1, { error: 'a level name that is not empty' })),
    )
    .optional(),
  direction: DirectionSchema.optional(),
  /** false: shown on every page but left out of the index (no weight, no coverage, no share). */
  scored: z.boolean({ error: 'true or false' }).optional(),
  weight: positiveWeight.optional(),
  /** How a percent indicator's `value` cells are written: `percent` (0–100) or `fraction` (0–1, multiplied by 100). */
  scale: z.enum(['percent', 'fraction'], { error: 'percent or fraction' }).optional(),
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
type IndicatorKeys = z.output<typeof IndicatorKeysSchema>;

/** The keys each type of indicator needs or refuses, each reported at its own key. */
function checkIndicatorKeys(doc: IndicatorKeys, ctx: z.RefinementCtx): void {
  const fail = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
  if (doc.type === 'categorical') {
    if (!Array.isArray(doc.levels) || doc.levels.length < 2)
      fail('levels', 'a list of at least two levels, from worst to best, like [Level 1, Level 2, Level 3]');
    else {
      const seen = new Set<string>();
      for (const level of doc.levels) {
        if (seen.has(level.toLowerCase())) fail('levels', `levels that differ from each other ("${level}" is listed twice)`);
        seen.add(level.toLowerCase());
      }
    }
    if (doc.scored === true) fail('scored', 'no "scored: true": a categorical indicator is shown, never scored (its levels are not numbers)');
    for (const key of ['unit', 'direction', 'weight', 'scale', 'share_of'] as const)
      if (doc[key] !== undefined) fail(key, `no ${key} for a categorical indicator (its levels are listed from worst to best)`);
    return;
  }
  if (doc.levels !== undefined) fail('levels', 'no levels unless the indicator has "type: categorical"');
  if (doc.unit === undefined) fail('unit', `a unit, one of: ${UNITS.join(', ')}`);
  if (doc.direction === undefined) fail('direction', 'higher_is_better or lower_is_better');
  if (doc.scale !== undefined && doc.unit !== 'percent') fail('scale', 'no scale unless the unit is percent');
  const scored = doc.scored ?? true;
  if (scored && doc.weight === undefined) fail('weight', 'a weight that is a positive number, like 1 or 0.25');
  if (!scored && doc.weight !== undefined)
    fail('weight', 'no weight for a display-only indicator ("scored: false"): it is not part of the index, so the weight would not be used');
}

const indicatorCommon = (doc: IndicatorKeys) => ({
  id: doc.id,
  title: doc.title,
  short_title: doc.short_title,
  domain: doc.domain,
  kind: doc.kind,
  subject: doc.subject,
  decimals: doc.decimals,
  source: doc.source,
});

/**
 * An indicator as the build reads it. Numeric ones have a unit and a direction, and a weight
 * when scored; categorical ones have levels (worst first) and are never scored. A level is
 * stored as its position in `levels`, so a higher stored value is a better level.
 */
// Checked even when another key fails, so a file's problems are reported in one run.
export const IndicatorSchema = IndicatorKeysSchema.superRefine(checkIndicatorKeys, { when: () => true }).transform((doc) =>
  doc.type === 'categorical'
    ? { ...indicatorCommon(doc), type: 'categorical' as const, levels: doc.levels ?? [], scored: false as const, weight: null, share_of: undefined }
    : {
        ...indicatorCommon(doc),
        type: 'numeric' as const,
        unit: doc.unit ?? 'score',
        direction: doc.direction ?? 'higher_is_better',
        scale: doc.scale ?? null,
        share_of: doc.share_of,
        // Checked above: a scored indicator has a weight, a display-only one has none.
        ...(doc.scored === false || doc.weight === undefined
          ? { scored: false as const, weight: null }
          : { scored: true as const, weight: doc.weight }),
      },
);
export type Indicator = z.output<typeof IndicatorSchema>;
export type NumericIndicator = Extract<Indicator, { type: 'numeric' }>;
export type CategoricalIndicator = Extract<Indicator, { type: 'categorical' }>;

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
  enrollment: table(EnrollmentCellsSchema, ['status', 'reason']),
  measures: table(MeasureCellsSchema),
  references: { columns: ['school_year', 'reference', ...Object.keys(referenceCells)], optional: [] },
  spending: table(SpendingRowSchema),
  school_aliases: table(SchoolAliasCellsSchema, ['former_id', 'former_name', 'until']),
} as const;

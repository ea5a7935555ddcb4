import { z } from 'zod';
import { StudentGroupSchema } from '../../data/groups.ts';

/**
 * The mapping file of `npm run import -- csv <mapping>`: everything the generic importer
 * needs to know about a district's or a state's own CSV files, declared rather than coded.
 * Every key is documented here and in the README ("Your district's data"). Strict objects:
 * a misspelt key is an error at its line, not a setting silently ignored.
 */

const text = z.string().trim().min(1, { error: 'a text that is not empty' });
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'an id of lowercase letters, digits, "-" or "_", like chronic_absenteeism' });

/** A regular expression, checked when the mapping is read so a typo is an error at its line. */
const pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'a regular expression, like ^920\\d{3}$' },
);

/**
 * Where an output cell comes from: a column's name (`"School Name"`), a fixed value for every
 * row (`{ value: elementary }`), or a column whose codes are translated (`{ column, map }`);
 * a code missing from `map` is reported with the codes it expected. `keep`, a regular expression,
 * keeps only its first group of the cell (`^(\d{5})` reads the ZIP `27511.0` as 27511); a cell
 * it does not match is reported. `{ join: [columns], separator }` joins the columns' cells that
 * are not blank (an address and its second line).
 */
const FieldSchema = z.union([
  text,
  z.strictObject({ value: text }),
  z.strictObject({ column: text, map: z.record(z.string(), z.string()).optional(), keep: pattern.optional() }),
  z.strictObject({ join: z.array(text).min(2, { error: 'two or more columns to join' }), separator: z.string().default(', ') }),
]);
export type Field = z.infer<typeof FieldSchema>;

/**
 * How a school year is written where it is read: `school_year` (2018-19), `end_year` (2019,
 * the calendar year the school year ends in) or `start_year` (2018). NYC writes 2018-19, NC 2019.
 */
const YearFormatSchema = z.enum(['school_year', 'end_year', 'start_year'], { error: 'school_year, end_year or start_year' });

/**
 * The year of a file's rows: from a `column` of each row, from the file's name (`file_name`,
 * a regular expression whose first group is the year, like `SRC_(\d{4})`), or one `value`
 * for the whole file (a file per year). An `end_year` like `2019.0` is read as 2019.
 */
const YearSchema = z.union([
  z.strictObject({ column: text, format: YearFormatSchema.default('school_year') }),
  z.strictObject({ file_name: text, format: YearFormatSchema.default('school_year') }),
  z.strictObject({ value: text, format: YearFormatSchema.default('school_year') }),
]);
export type YearRule = z.infer<typeof YearSchema>;

/**
 * Rows kept: those whose `column` holds one of `equals` (one district out of a state file), or
 * whose cell `matches` a regular expression (`^920\d{3}$`: the ids that start with a district's number).
 */
const FilterSchema = z.union([
  z.strictObject({ column: text, equals: z.array(z.string()).min(1) }),
  z.strictObject({ column: text, matches: pattern }),
]);
export type FilterRule = z.infer<typeof FilterSchema>;

/** Rows that are a district's or the state's own published average, not a school. */
const ReferenceRowsSchema = z.strictObject({
  column: text,
  equals: z.array(z.string()).min(1),
  reference: z.enum(['district', 'state', 'nation'], { error: 'district, state or nation' }),
});

/**
 * The school directory (schools.csv), read from the files that have one: the newest year's
 * row of each school wins, so a renamed school shows its current name.
 */
/**
 * Grades from per-grade enrollment columns, for sources with no grade span (NYC): the span from
 * the lowest to the highest grade with students, by `{ grade: column }` (`PK: "Grade PK"`).
 */
const GradesFromCountsSchema = z.strictObject({ from_counts: z.record(z.string(), text) });

/**
 * The level from the grades, for sources with no level: up to grade 5 elementary, 6 to 8
 * middle, 9 to 12 high, any other span combined.
 */
const LevelFromGradesSchema = z.strictObject({ from_grades: z.literal(true) });

/**
 * A grade span in one column written with another `separator` than "-" (NC's `PK:05`), and the
 * span's ends translated by `ends` (`P2: PK`, `'13': '12'`); ends not in `ends` are read as they are.
 */
const GradeSpanSchema = z.strictObject({
  span: text,
  separator: z.string().min(1, { error: 'the text between the first and the last grade, like ":"' }),
  ends: z.record(z.string(), z.string()).default({}),
});

/**
 * The year a school opened or closed, from the directory files themselves: a school missing from
 * the first year's directory opened in the first year that lists it, one missing from the last
 * year's closed after the last year that lists it. Blank for a school every year lists.
 */
const FromYearsSchema = z.strictObject({ from_years: z.literal(true) });

const DirectorySchema = z.strictObject({
  name: FieldSchema,
  /** elementary, middle, high or combined: usually `{ column, map }` from the source's codes, or `{ from_grades: true }`. */
  level: z.union([FieldSchema, LevelFromGradesSchema]),
  /** Grades like K-5 or "PK, K-5"; `07` and `KG` are read as 7 and K. Or `{ from_counts }`, or `{ span, separator, ends }`. */
  grades: z.union([FieldSchema, GradesFromCountsSchema, GradeSpanSchema]),
  address: FieldSchema.optional(),
  city: FieldSchema.optional(),
  zip: FieldSchema.optional(),
  latitude: FieldSchema.optional(),
  longitude: FieldSchema.optional(),
  phone: FieldSchema.optional(),
  website: FieldSchema.optional(),
  opened: FromYearsSchema.optional(),
  closed: FromYearsSchema.optional(),
});
type DirectoryRule = z.infer<typeof DirectorySchema>;
export type DirectoryField = NonNullable<DirectoryRule[keyof DirectoryRule]>;

/**
 * A masking code the source writes instead of a number (`*`, `<5`, `n<10`, `--`, `Above 95%`)
 * and what it means: `suppressed` or `missing` (no number), or `coded_low`/`coded_high` with
 * the `bound` of the range it hides (5 for "<5").
 */
const MaskSchema = z
  .strictObject({
    status: z.enum(['missing', 'suppressed', 'coded_low', 'coded_high'], { error: 'missing, suppressed, coded_low or coded_high' }),
    bound: z.number().optional(),
    reason: text.optional(),
  })
  .refine((mask) => (mask.status === 'coded_low' || mask.status === 'coded_high') === (mask.bound !== undefined), {
    error: 'a bound (like 5 for "<5") with coded_low or coded_high, and none with missing or suppressed',
  });
export type Mask = z.infer<typeof MaskSchema>;

/** A column's own masking codes, in place of the mapping's (a count hidden as "Above 95%" is no 95). */
const masksOf = () => z.record(z.string(), MaskSchema).optional();

/**
 * The masking code of a value in a sibling column (NC's `masking` beside `pct`), read with the
 * rule's or the mapping's `masks`; a blank cell or one of `unmasked` (NC's `0`) means the value
 * is shown. Codes are matched as numbers too, so `1.0` is the code `1`.
 */
const MaskColumnSchema = z.strictObject({ column: text, unmasked: z.array(z.string()).default([]) });
export type MaskColumn = z.infer<typeof MaskColumnSchema>;

/**
 * Why a blank value is blank, when another column of the row says so: `{ column: asm_option,
 * equals: [Y], reason: alternative school, no score }`. Other blank values have no reason.
 */
const MissingReasonSchema = z.strictObject({ column: text, equals: z.array(z.string()).min(1), reason: text });

/**
 * How a value column is written: `percent` (45.2 is 45.2%), `fraction` (0.452 is 45.2%,
 * multiplied by 100) or `as_is` (any other unit: counts, dollars, scores, rates per 100).
 */
const ScaleSchema = z.enum(['percent', 'fraction', 'as_is'], { error: 'percent, fraction or as_is' });

/**
 * One number of a row. `as: value` — a published value (a percent, a score, a level of a
 * categorical indicator) in `column`; `as: rate` — a `numerator` and `denominator` column,
 * the rate is computed by the site; `as: count` — a count of students of `group`, written
 * to enrollment.csv (no indicator); `as: spending` — dollars per pupil, to spending.csv. The group is `group`, or the row's (see `group` of the file).
 */
/** A number in one column, or `{ sum: [columns] }`: one split across columns (boys and girls of a race). */
const AmountSchema = z.union([text, z.strictObject({ sum: z.array(text).min(2, { error: 'two or more columns to add up' }) })]);
export type Amount = z.infer<typeof AmountSchema>;

const ValueSchema = z.discriminatedUnion('as', [
  z.strictObject({
    as: z.literal('value'),
    indicator: id,
    column: text,
    group: StudentGroupSchema.optional(),
    scale: ScaleSchema.default('as_is'),
    /** The size of the group the value is of (a cohort), written beside it. */
    denominator: text.optional(),
    missing_reason: MissingReasonSchema.optional(),
    masks: masksOf(),
    mask_column: MaskColumnSchema.optional(),
  }),
  z.strictObject({
    as: z.literal('rate'),
    indicator: id,
    numerator: text,
    denominator: text,
    group: StudentGroupSchema.optional(),
    masks: masksOf(),
    mask_column: MaskColumnSchema.optional(),
  }),
  z.strictObject({
    as: z.literal('count'),
    column: AmountSchema,
    group: StudentGroupSchema.optional(),
    masks: masksOf(),
  }),
  /** A school's spending per pupil in dollars, to spending.csv: federal, and state and local together. */
  z.strictObject({ as: z.literal('spending'), federal: AmountSchema, state_local: AmountSchema }),
]);
export type ValueRule = z.infer<typeof ValueSchema>;

/**
 * A long file has one row per school and group: `column` holds the source's group code and
 * `map` names the project's group for each. Codes not in `map` are left out by design and
 * counted in the report (the project has no name for them).
 */
const GroupColumnSchema = z.strictObject({ column: text, map: z.record(z.string(), StudentGroupSchema) });

const FileSchema = z.strictObject({
  /** The file's path, relative to the mapping file's folder (or to `--source`). */
  path: text,
  year: YearSchema,
  school_id: text,
  filters: z.array(FilterSchema).default([]),
  references: z.array(ReferenceRowsSchema).default([]),
  directory: DirectorySchema.optional(),
  group: GroupColumnSchema.optional(),
  values: z.array(ValueSchema).default([]),
});
export type FileRule = z.infer<typeof FileSchema>;

/** What content/indicators/<id>.md needs; the importer writes it with a placeholder explanation. */
const IndicatorSchema = z.strictObject({
  id,
  title: text,
  domain: id,
  kind: z.enum(['context', 'outcome', 'resource', 'climate'], { error: 'context, outcome, resource or climate' }),
  type: z.enum(['numeric', 'categorical']).default('numeric'),
  unit: z.enum(['percent', 'per_100', 'per_1000', 'count', 'days', 'dollars', 'years', 'ratio', 'score']).optional(),
  levels: z.array(z.string()).optional(),
  direction: z.enum(['higher_is_better', 'lower_is_better']).optional(),
  /** false: shown on every page, left out of the index. */
  scored: z.boolean().default(true),
  weight: z.number().positive().optional(),
  /** The group whose share of enrollment this is (ell_share: english_learner), so suppression hides the share with the count. */
  share_of: StudentGroupSchema.optional(),
  /** Where the number comes from: file and column, shown on the indicator's page. */
  source: text,
});
export type IndicatorRule = z.infer<typeof IndicatorSchema>;

const DomainSchema = z.strictObject({ id, title: text, weight: z.number().positive(), order: z.number().int().default(0) });

/** Every id the mapping uses is one it declares, each reported at the key that uses it. */
function checkReferences(
  mapping: { site: { need_measure: string }; files: FileRule[]; domains: { id: string }[]; indicators: IndicatorRule[] },
  ctx: z.RefinementCtx,
): void {
  const indicators = new Set(mapping.indicators.map((indicator) => indicator.id));
  const domains = new Set(mapping.domains.map((domain) => domain.id));
  const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (!indicators.has(mapping.site.need_measure))
    fail(['site', 'need_measure'], `one of the indicators listed under "indicators": ${[...indicators].join(', ')}`);
  mapping.indicators.forEach((indicator, i) => {
    if (!domains.has(indicator.domain))
      fail(['indicators', i, 'domain'], `one of the domains listed under "domains": ${[...domains].join(', ')}`);
  });
  mapping.files.forEach((file, f) =>
    file.values.forEach((value, v) => {
      if ('indicator' in value && !indicators.has(value.indicator))
        fail(['files', f, 'values', v, 'indicator'], `one of the indicators listed under "indicators": ${[...indicators].join(', ')}`);
    }),
  );
}

export const MappingSchema = z
  .strictObject({
    /** content/site.md: the site's name and the context indicator that measures need. */
    site: z.strictObject({ name: text, short_name: text, need_measure: id, notice: text.optional() }),
    /** data/manifest.json: who published the files, under what licence, which release. */
    source: z.strictObject({ title: text, publisher: text, url: z.url().optional(), licence: text, version: text }),
    /** schools.csv's district_id for every school. */
    district_id: text,
    masks: z.record(z.string(), MaskSchema).default({}),
    files: z.array(FileSchema).min(1),
    domains: z.array(DomainSchema).min(1),
    indicators: z.array(IndicatorSchema).min(1),
  })
  .superRefine(checkReferences);
export type Mapping = z.infer<typeof MappingSchema>;

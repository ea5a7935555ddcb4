import type { EnrollmentRow } from '../data/schemas.ts';
import type { RawDataset, RawMeasure, RawReference } from '../data/dataset.ts';
import { groupVocabulary, STUDENT_GROUPS, type GroupRelation, type StudentGroupId } from '../data/groups.ts';
import { districtKey, rowKey } from '../data/keys.ts';
import type { CellStatus } from '../data/schemas.ts';
import { roundHalfAwayFromZero } from '../index/rounding.ts';
import { smallGroup, sourceReason, unknownGroupSize, type SuppressionReason } from './reasons.ts';

/**
 * The only door from raw data to publishable data. A value about fewer students than the
 * site's minimum group size is removed here, before anything is computed from it or
 * rendered, so no page, chart, download or search entry can show it: downstream code is
 * typed to take `PublishableDataset`, which only this module can make.
 *
 * Hiding small cells is not enough: a reader can subtract the published groups of a family
 * from all students, or multiply a rate by an enrollment. So small numerators are coded or
 * hidden, and each family hides more cells until what is hidden covers enough students.
 */

declare const publishable: unique symbol;
/** Marks a value that passed suppression; only this module creates one. */
type Publishable<T> = T & { readonly [publishable]: true };

/** A published cell: a value with its status, never a count below the minimum. */
export interface PublishedCell {
  value: number | null;
  status: CellStatus;
  reason: SuppressionReason | null;
}

export type PublishedMeasure = Publishable<
  PublishedCell & {
    school_year: string;
    school_id: string;
    indicator_id: string;
    student_group: string;
    /** How many students the value is about; null when suppressed or unknown. */
    denominator: number | null;
  }
>;

type PublishedEnrollment = Publishable<PublishedCell & { school_year: string; school_id: string; student_group: string }>;

/** A district, state or national average as the source published it, with its status. */
type PublishedReference = Publishable<PublishedCell & Pick<RawReference, 'school_year' | 'reference' | 'indicator_id' | 'student_group'>>;

export type PublishableDataset = Publishable<
  Omit<RawDataset, 'measures' | 'enrollment' | 'references'> & {
    measures: PublishedMeasure[];
    enrollment: PublishedEnrollment[];
    references: PublishedReference[];
  }
>;

/** A cell on its way out: the true figures, and what will be published of them. */
interface Draft {
  group: string;
  /** Students the cell is about (a rate's denominator, else the group's enrollment); null when unknown or staff. */
  students: number | null;
  /** A percent of a known number of students. */
  rate: boolean;
  /** For a rate, how many students have the outcome; for a coded one, its worst case (see numeratorOf). */
  numerator: number | null;
  value: number | null;
  status: CellStatus;
  reason: SuppressionReason | null;
}

interface MeasureDraft extends Draft {
  raw: RawMeasure;
}

interface EnrollmentDraft extends Draft {
  raw: EnrollmentRow;
}

interface Thresholds {
  min: number;
  small: number;
}

/** Primary suppression alone: every cell about fewer than `site.min_group_size` students is hidden. */
export function primarySuppression(raw: RawDataset): PublishableDataset {
  const { enrollment, measures } = primaryDrafts(raw);
  return publish(raw, enrollment, measures);
}

/**
 * Every rule, in order: primary suppression; small numerators coded (all students) or hidden
 * (groups); each family's enrollment, then each family's values, hidden further until the
 * hidden cells cover enough students; shares of enrollment coded when the count is hidden.
 */
export function suppressDataset(raw: RawDataset): PublishableDataset {
  const limits = { min: raw.site.min_group_size, small: raw.site.small_count };
  const { relations, ids } = groupVocabulary(raw.site.student_groups);
  const order = new Map(ids.map((id, i) => [id, i]));
  const { enrollment, measures } = primaryDrafts(raw);
  for (const cell of measures) codeSmallNumerator(cell, limits);
  protectRelations(
    familyCells(enrollment, relations, (e) => rowKey({ school_year: e.raw.school_year, school_id: e.raw.school_id })),
    limits,
    order,
    () => false,
  );
  protectRelations(
    familyCells(measures, relations, (m) =>
      rowKey({ school_year: m.raw.school_year, school_id: m.raw.school_id, indicator_id: m.raw.indicator_id }),
    ),
    limits,
    order,
    (family) => family.some((m) => m.rate),
  );
  codeShares(raw, enrollment, measures, limits.min);
  return publish(raw, enrollment, measures);
}

/** The smallest whole percent of `students` that holds `count` of them: for 600 students, 5 → 1% (0 to 6). */
export function bandPercent(count: number, students: number): number {
  return Math.min(100, Math.ceil((100 * count) / students));
}

function primaryDrafts(raw: RawDataset): { enrollment: EnrollmentDraft[]; measures: MeasureDraft[] } {
  const min = raw.site.min_group_size;
  const enrollmentCount = new Map<string, number>();
  // Only an exact count says how many students a value is about.
  for (const row of raw.enrollment) if (row.status === 'ok' && row.count !== null) enrollmentCount.set(rowKey(row), row.count);
  const indicators = new Map(raw.indicators.map((i) => [i.id, i]));

  const enrollment = raw.enrollment.map((row) => enrollmentDraft(row, min));

  const measures = raw.measures.map((m): MeasureDraft => {
    const indicator = indicators.get(m.indicator_id);
    const staff = indicator?.subject === 'staff';
    // A value without its own denominator is about the group's enrolled students.
    const students = staff
      ? null
      : (m.denominator ??
        enrollmentCount.get(rowKey({ school_year: m.school_year, school_id: m.school_id, student_group: m.student_group })) ??
        null);
    const published = m.status !== 'missing' && m.status !== 'suppressed';
    // A categorical level rates the school (or group) as a whole: it counts no students.
    const rate = indicator?.type === 'numeric' && indicator.unit === 'percent' && !staff && students !== null;
    const numerator = rate && m.value !== null ? numeratorOf(m.status, m.value, students) : null;
    const draft: MeasureDraft = {
      raw: m,
      group: m.student_group,
      students,
      rate,
      numerator,
      value: published ? m.value : null,
      status: m.status,
      reason: sourceReason(m.reason),
    };
    if (m.status === 'suppressed') return draft;
    if (students !== null && students < min) return hide(draft, smallGroup(min));
    if (!staff && students === null && m.student_group !== 'all') return hide(draft, unknownGroupSize(min));
    return draft;
  });
  return { enrollment, measures };
}

/**
 * A count as published: an exact count of fewer than `min` students is hidden; so is every
 * source's "<5", whose range holds small counts, and it counts as no students at all when the
 * cells hidden around it are weighed, its worst case. A source's mask stays hidden with its
 * reason; a coded-high bound of at least `min` is published as a bound.
 */
function enrollmentDraft(row: EnrollmentRow, min: number): EnrollmentDraft {
  const draft: EnrollmentDraft = {
    raw: row,
    group: row.student_group,
    students: row.count,
    rate: false,
    numerator: null,
    value: row.count,
    status: row.status,
    reason: sourceReason(row.reason),
  };
  if (row.status === 'missing' || row.count === null) return { ...draft, students: null, value: null };
  if (row.status === 'suppressed') return { ...draft, students: null, value: null };
  if (row.status === 'coded_low') return hide({ ...draft, students: 0 }, smallGroup(min));
  if (row.count < min) return hide(draft, smallGroup(min));
  return draft;
}

/**
 * How many students have the outcome. A source's coded cell ("5% or less") counts as its
 * worst case, none (or, coded high, all of them), so the cells hidden around it are enough
 * whatever its true count.
 */
function numeratorOf(status: CellStatus, value: number, students: number): number | null {
  if (status === 'ok') return Math.round((value * students) / 100);
  if (status === 'coded_low') return 0;
  if (status === 'coded_high') return students;
  return null;
}

function hide<T extends Draft>(cell: T, reason: SuppressionReason): T {
  cell.value = null;
  cell.status = 'suppressed';
  cell.reason = reason;
  return cell;
}

/** Hidden by a rule of this module (not masked at the source), with the true figures known. */
const hiddenHere = (cell: Draft) => cell.status === 'suppressed' && cell.reason?.code === 'small_group' && cell.students !== null;

/** Hidden here, or coded by the source: a family's sum gives a coded cell's value back as surely as a hidden one's. */
const exposed = (cell: Draft) =>
  hiddenHere(cell) || ((cell.status === 'coded_low' || cell.status === 'coded_high') && cell.numerator !== null && cell.students !== null);

/**
 * A rate whose numerator or non-numerator is below `small_count` names what a few students
 * did. It is coded with a band: all students always (the index keeps them), a group when the
 * band is under half of it, else the group is hidden. The cells around a coded group are then
 * hidden by `protectFamily`. A source's own code is widened to the band when narrower, which stays true.
 */
function codeSmallNumerator(cell: MeasureDraft, { min, small }: Thresholds): void {
  const students = cell.students;
  if (!cell.rate || students === null || students < min || cell.value === null) return;
  const band = bandPercent(small, students);
  if (cell.status === 'coded_low') cell.value = Math.max(cell.value, band);
  if (cell.status === 'coded_high') cell.value = Math.min(cell.value, 100 - band);
  if (cell.status !== 'ok' || cell.numerator === null) return;
  if (cell.group !== 'all') {
    if (cell.numerator >= small && students - cell.numerator >= small) return;
    // Coded when the band leaves the group's other end in sight, hidden when it would cover most of the group.
    if (band >= 50) hide(cell, smallGroup(min));
    else if (cell.numerator < small) Object.assign(cell, { status: 'coded_low', value: band });
    else Object.assign(cell, { status: 'coded_high', value: 100 - band });
    return;
  }
  // A value inside the band is coded even when its count is not small, or the band would tell it apart.
  if (cell.value <= band) Object.assign(cell, { status: 'coded_low', value: band });
  else if (cell.value >= 100 - band) Object.assign(cell, { status: 'coded_high', value: 100 - band });
}

/**
 * Each relation's parts within one school-year (and indicator), keyed by `keyOf`. A group in
 * two relations (a union's member) is the same cell in both, so hiding it counts in each.
 */
function familyCells<T extends Draft>(cells: readonly T[], relations: readonly GroupRelation[], keyOf: (cell: T) => string): T[][] {
  const byGroup = new Map<string, Map<string, T>>();
  for (const cell of cells) {
    const key = keyOf(cell);
    const groups = byGroup.get(key) ?? new Map<string, T>();
    groups.set(cell.group, cell);
    byGroup.set(key, groups);
  }
  return [...byGroup.values()].flatMap((groups) =>
    relations.flatMap(({ parts }) => {
      const family = parts.flatMap((g) => groups.get(g) ?? []);
      return family.length > 0 ? [family] : [];
    }),
  );
}

/**
 * Protects every relation until none hides a cell more: hiding a union's member for its union
 * can expose its family's sum again, and the other way round. Disjoint families settle in one pass.
 */
function protectRelations<T extends Draft>(
  families: readonly T[][],
  limits: Thresholds,
  order: ReadonlyMap<string, number>,
  rates: (family: readonly T[]) => boolean,
): void {
  const hiddenCount = () => families.reduce((n, family) => n + family.filter((c) => c.status === 'suppressed').length, 0);
  for (let before = -1, now = hiddenCount(); now !== before; before = now, now = hiddenCount())
    for (const family of families) protectFamily(family, limits, rates(family), order);
}

/**
 * Complementary suppression. A family's groups add up to all students, so one hidden cell
 * is the total minus the others. While the hidden cells together hold fewer than
 * `min_group_size` students (or, for rates, fewer than `small_count` with or without the
 * outcome), the next smallest published cell is hidden too, ties broken by group order.
 */
function protectFamily(family: Draft[], { min, small }: Thresholds, rates: boolean, order: ReadonlyMap<string, number>): void {
  if (!family.some(exposed)) return;
  // Only a hidden cell covers: a coded one narrows itself to its band, so it adds no doubt to the others.
  const hidden = () => family.filter(hiddenHere);
  const enough = () => {
    const cells = hidden();
    const students = cells.reduce((sum, c) => sum + (c.students ?? 0), 0);
    if (students < min) return false;
    if (!rates) return true;
    const numerator = cells.reduce((sum, c) => sum + (c.numerator ?? 0), 0);
    return numerator >= small && students - numerator >= small;
  };
  // Exact cells first, smallest first, so a coded cell keeps its band; it is hidden only when the
  // exact ones cannot cover it, since left in sight it would narrow the hidden ones' sum.
  const coded = (c: Draft) => c.status === 'coded_low' || c.status === 'coded_high';
  const candidates = family
    .filter((c) => (c.status === 'ok' || coded(c)) && c.students !== null && (!rates || c.numerator !== null))
    .sort(
      (a, b) =>
        Number(coded(a)) - Number(coded(b)) ||
        (a.students ?? 0) - (b.students ?? 0) ||
        (order.get(a.group) ?? 0) - (order.get(b.group) ?? 0),
    );
  for (const next of candidates) {
    if (enough()) return;
    hide(next, smallGroup(min));
  }
}

/**
 * A share of enrollment (english_learner_share) times the enrollment is the group's count.
 * When that count or its complement's is hidden, the all-students share is coded with a band
 * that holds at least `min_group_size` students and the true value.
 */
function codeShares(raw: RawDataset, enrollment: readonly EnrollmentDraft[], measures: readonly MeasureDraft[], min: number): void {
  const shareOf = new Map(raw.indicators.flatMap((i) => (i.type === 'numeric' && i.share_of ? [[i.id, i.share_of] as const] : [])));
  const hiddenCounts = new Set(enrollment.filter((e) => e.status === 'suppressed').map((e) => rowKey(e.raw)));
  for (const cell of measures) {
    const group = shareOf.get(cell.raw.indicator_id);
    if (group === undefined || cell.group !== 'all' || cell.students === null || cell.raw.value === null) continue;
    if (cell.status === 'missing' || cell.status === 'suppressed') continue;
    const complement = STUDENT_GROUPS[group].complement;
    const countOf = (g: StudentGroupId) => rowKey({ school_year: cell.raw.school_year, school_id: cell.raw.school_id, student_group: g });
    const exposed =
      hiddenCounts.has(countOf(group)) || (complement !== null && complement !== 'all_others' && hiddenCounts.has(countOf(complement)));
    if (!exposed) continue;
    const band = bandPercent(min, cell.students);
    const value = cell.raw.value;
    if (value <= 50) Object.assign(cell, { status: 'coded_low', value: Math.max(band, Math.ceil(value)) });
    else Object.assign(cell, { status: 'coded_high', value: Math.min(100 - band, Math.floor(value)) });
  }
}

function publish(raw: RawDataset, enrollment: readonly EnrollmentDraft[], measures: readonly MeasureDraft[]): PublishableDataset {
  const publishedEnrollment = enrollment.map(
    (e) =>
      ({
        school_year: e.raw.school_year,
        school_id: e.raw.school_id,
        student_group: e.group,
        value: e.value,
        status: e.status,
        reason: e.reason,
      }) as PublishedEnrollment,
  );
  const publishedMeasures = measures.map(
    (m) =>
      ({
        school_year: m.raw.school_year,
        school_id: m.raw.school_id,
        indicator_id: m.raw.indicator_id,
        student_group: m.group,
        value: m.value,
        denominator: m.status === 'suppressed' ? null : m.raw.denominator,
        status: m.status,
        reason: m.reason,
      }) as PublishedMeasure,
  );
  const { measures: _m, enrollment: _e, references, ...rest } = raw;
  const decimalsOf = new Map(raw.indicators.map((i) => [i.id, i.decimals]));
  const schools = schoolCellsByKey(measures);
  return {
    ...rest,
    measures: publishedMeasures,
    enrollment: publishedEnrollment,
    references: references.map((r) =>
      publishReference(r, raw.site.min_group_size, decimalsOf.get(r.indicator_id) ?? 0, schools.get(districtKey(r))),
    ),
  } as PublishableDataset;
}

/** The schools' cells of each year, indicator and group: how many students they are about, and whether any is not exact. */
interface SchoolCells {
  /** Null when a cell's students are unknown. */
  students: number | null;
  inexact: boolean;
}

function schoolCellsByKey(measures: readonly MeasureDraft[]): Map<string, SchoolCells> {
  const byKey = new Map<string, SchoolCells>();
  for (const m of measures) {
    if (!m.rate) continue;
    const key = districtKey(m.raw);
    const cells = byKey.get(key) ?? { students: 0, inexact: false };
    cells.students = cells.students === null || m.students === null ? null : cells.students + m.students;
    cells.inexact ||= m.status !== 'ok' && m.status !== 'missing';
    byKey.set(key, cells);
  }
  return byKey;
}

/**
 * A source's average covers the district's, the state's or the nation's students, so the
 * primary rule applies: a group average about fewer than `min` students, or about an unknown
 * number of them, is hidden. Its denominator is never published, and its value only as the
 * page shows it, rounded to the indicator's decimals.
 *
 * A district's rate is its schools' counts added up. Where a school's cell of the same year,
 * indicator and group is hidden or coded, the district's count minus the others' gives that
 * cell back, unless the rounding of the district's rate leaves at least `min` students of doubt;
 * otherwise the district's rate is hidden.
 */
function publishReference(r: RawReference, min: number, decimals: number, schools: SchoolCells | undefined): PublishedReference {
  const { school_year, reference, indicator_id, student_group } = r;
  const key = { school_year, reference, indicator_id, student_group };
  if (r.status === 'missing' || r.status === 'suppressed')
    return { ...key, value: null, status: r.status, reason: sourceReason(r.reason) } as PublishedReference;
  // A reader takes the district's students as its schools' published ones added up: the smaller guess is the surer.
  const guesses = [r.denominator, schools?.students ?? null].filter((n): n is number => n !== null);
  const students = guesses.length === 0 ? null : Math.min(...guesses);
  const doubt = students === null ? 0 : (10 ** -decimals / 100) * students;
  const hiddenFor =
    r.denominator !== null && r.denominator < min
      ? smallGroup(min)
      : r.denominator === null && student_group !== 'all'
        ? unknownGroupSize(min)
        : reference === 'district' && schools?.inexact && doubt < min
          ? smallGroup(min)
          : null;
  if (hiddenFor) return { ...key, value: null, status: 'suppressed', reason: hiddenFor } as PublishedReference;
  const value = r.value === null ? null : roundHalfAwayFromZero(r.value, decimals);
  return { ...key, value, status: r.status, reason: sourceReason(r.reason) } as PublishedReference;
}

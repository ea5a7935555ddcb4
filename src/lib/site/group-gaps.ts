import { districtKey } from '../data/keys.ts';
import type { GroupRelation } from '../data/groups.ts';
import type { CellStatus } from '../data/schemas.ts';
import type { SuppressionReason } from '../privacy/reasons.ts';
import type { PublishedCell } from '../privacy/suppress.ts';

/**
 * A student group's gaps on one indicator at one school: to all *other* students at the school,
 * and to the same group across the district. Every figure is computed from published values
 * only, and only from exact ones: a hidden cell gives no gap (its reason is passed on), a coded
 * cell ("5% or less") gives a range from its band or no gap. Gaps are the group's value minus the
 * comparison's, in the indicator's units (percentage points for a percent); which way is better
 * is the indicator's direction.
 *
 * "All other students" is all students minus the group, pooled by the published denominators.
 * Published with the group's value it is the group's complement, so it is computed only when it
 * cannot give a hidden cell back:
 * - the all-students and group cells are exact and both denominators are published;
 * - the others are at least `min_group_size` students and, for a rate, at least `small_count`
 *   with and without the outcome (the same rules as any published cell);
 * - in a two-group family (sex, economic status…) the others ARE the other group: its own cell
 *   must be published exact, and that cell is the figure;
 * - in a larger family (race/ethnicity) the part of the others not published exact (the family's
 *   hidden or coded groups, together) must again be at least `min_group_size` students with at
 *   least `small_count` with and without the outcome, so the figure cannot pin them.
 */

/** A published cell with the number of students it is about, as `PublishedMeasure` has it. */
export type CountedCell = PublishedCell & { denominator: number | null };

export type Gap =
  /** The group's value minus the comparison. */
  | { kind: 'exact'; comparison: number; gap: number }
  /** A coded group: the gap lies between `low` and `high`. */
  | { kind: 'range'; comparison: number; low: number; high: number }
  | { kind: 'none'; why: NoGap };

/** Why a comparison has no figure, as a code the page words. */
export type NoGap =
  /** The group's own cell is hidden (its reason is on the GroupGap) or missing. */
  | 'group_hidden'
  /** The group's cell is coded and the comparison needs its exact value. */
  | 'group_coded'
  /** The all-students cell is not exact. */
  | 'all_not_exact'
  /** A denominator the pooled figure needs is not published. */
  | 'no_denominator'
  /** The other students are too few, or too few with or without the outcome, to publish. */
  | 'others_too_few'
  /** The other group of a two-group family is not published exact: the figure would give it back. */
  | 'complement_not_exact'
  /** The family's unpublished groups together are too few: the figure would narrow them down. */
  | 'hidden_groups_too_few'
  /** The group belongs to no family that adds up to all students. */
  | 'no_family'
  /** The indicator is not numeric, or no district figure exists. */
  | 'not_comparable';

export interface GroupGap {
  group: string;
  status: CellStatus;
  reason: SuppressionReason | null;
  value: number | null;
  others: Gap;
  district: Gap;
}

/** What the district's figure for one group is computed from. */
export type DistrictGroupFigure =
  /** The source's own district row (references.csv, kind `district`), exact. */
  | { basis: 'reference'; value: number }
  /**
   * The median of the schools' published exact values for the group that year. `hidden`
   * schools' cells are suppressed and `coded` ones only a band: both are left out. `reference`
   * is the status of a district row that exists but is not exact, else null.
   */
  | { basis: 'schools'; value: number; schools: number; hidden: number; coded: number; reference: CellStatus | null };

/** A computed district figure needs at least this many schools' exact values. */
const MIN_DISTRICT_SCHOOLS = 3;

export interface GapLimits {
  min: number;
  small: number;
}

export interface GapIndicator {
  /** Numeric: gaps are differences. A categorical indicator has none. */
  numeric: boolean;
  /** A percent of counted students: the small-count rule applies to the others' figure. */
  rate: boolean;
}

const isCoded = (s: CellStatus) => s === 'coded_low' || s === 'coded_high';

/** The interval a published cell's true value lies in: exact, or a coded cell's band. */
function bounds(cell: PublishedCell, rate: boolean): [number, number] | null {
  if (cell.value === null) return null;
  if (cell.status === 'ok') return [cell.value, cell.value];
  const top = rate ? 100 : Infinity;
  if (cell.status === 'coded_low') return [rate ? 0 : -Infinity, cell.value];
  if (cell.status === 'coded_high') return [cell.value, top];
  return null;
}

function gapTo(cell: CountedCell, comparison: number | null, rate: boolean, whyNone: NoGap): Gap {
  if (comparison === null) return { kind: 'none', why: whyNone };
  if (cell.status === 'ok' && cell.value !== null) return { kind: 'exact', comparison, gap: cell.value - comparison };
  const band = bounds(cell, rate);
  if (band && Number.isFinite(band[0]) && Number.isFinite(band[1]))
    return { kind: 'range', comparison, low: band[0] - comparison, high: band[1] - comparison };
  return { kind: 'none', why: isCoded(cell.status) ? 'group_coded' : 'group_hidden' };
}

/**
 * The pooled value of all students but `group` at the school, or why there is none. `cells`
 * are the school's cells of one indicator and year, by group.
 */
export function othersValue(
  group: string,
  cells: ReadonlyMap<string, CountedCell>,
  relations: readonly GroupRelation[],
  indicator: GapIndicator,
  limits: GapLimits,
): { value: number } | { why: NoGap } {
  const cell = cells.get(group);
  const all = cells.get('all');
  if (!cell || cell.value === null || cell.status === 'suppressed' || cell.status === 'missing') return { why: 'group_hidden' };
  if (!all || all.status !== 'ok' || all.value === null) return { why: 'all_not_exact' };
  const family = relations.find((r) => r.total === 'all' && r.parts.includes(group));
  if (!family) return { why: 'no_family' };
  const rest = family.parts.filter((p) => p !== group);
  if (rest.length === 1) {
    // The others are the other group: publish nothing its own cell does not already say.
    const other = cells.get(rest[0] ?? '');
    if (!other || other.status !== 'ok' || other.value === null) return { why: 'complement_not_exact' };
    if (cell.status !== 'ok') return { why: 'group_coded' };
    if (!passes(other.denominator, other.value, indicator.rate, limits)) return { why: 'others_too_few' };
    return { value: other.value };
  }
  if (cell.status !== 'ok') return { why: 'group_coded' };
  if (all.denominator === null || cell.denominator === null) return { why: 'no_denominator' };
  const students = all.denominator - cell.denominator;
  if (students <= 0) return { why: 'others_too_few' };
  const value = (all.value * all.denominator - cell.value * cell.denominator) / students;
  if (!passes(students, value, indicator.rate, limits)) return { why: 'others_too_few' };
  // What of the others is not published exact: the family's other groups, less the exact ones.
  let unseen = students;
  let unseenSum = value * students;
  for (const p of rest) {
    const c = cells.get(p);
    if (c?.status === 'ok' && c.value !== null && c.denominator !== null) {
      unseen -= c.denominator;
      unseenSum -= c.value * c.denominator;
    }
  }
  if (unseen > 0 && !passes(unseen, unseenSum / unseen, indicator.rate, limits)) return { why: 'hidden_groups_too_few' };
  return { value };
}

/** A published cell's rules: at least `min` students, and for a rate at least `small` with and without the outcome. */
function passes(students: number | null, value: number, rate: boolean, { min, small }: GapLimits): boolean {
  if (students === null || students < min) return false;
  if (!rate) return true;
  const count = Math.round((value * students) / 100);
  return count >= small && students - count >= small;
}

/** Every group's gaps on one indicator at one school, in the cells' order. */
export function groupGaps(
  cells: ReadonlyMap<string, CountedCell>,
  relations: readonly GroupRelation[],
  indicator: GapIndicator,
  limits: GapLimits,
  district: (group: string) => DistrictGroupFigure | undefined,
): GroupGap[] {
  return [...cells].flatMap(([group, cell]) => {
    if (group === 'all') return [];
    const base = { group, status: cell.status, reason: cell.reason, value: cell.value };
    if (!indicator.numeric) return [{ ...base, others: none('not_comparable'), district: none('not_comparable') }];
    const others = othersValue(group, cells, relations, indicator, limits);
    const othersGap: Gap =
      'value' in others
        ? gapTo(cell, others.value, indicator.rate, 'group_hidden')
        : // A coded group beside an exact other group of a two-group family: a range against it.
          others.why === 'group_coded' && isCoded(cell.status)
          ? codedAgainstComplement(group, cell, cells, relations, indicator, limits)
          : none(others.why);
    const figure = district(group);
    const districtGap =
      cell.status === 'missing' || cell.status === 'suppressed'
        ? none('group_hidden')
        : gapTo(cell, figure?.value ?? null, indicator.rate, 'not_comparable');
    return [{ ...base, others: othersGap, district: districtGap }];
  });
}

function codedAgainstComplement(
  group: string,
  cell: CountedCell,
  cells: ReadonlyMap<string, CountedCell>,
  relations: readonly GroupRelation[],
  indicator: GapIndicator,
  limits: GapLimits,
): Gap {
  const family = relations.find((r) => r.total === 'all' && r.parts.includes(group));
  const rest = family?.parts.filter((p) => p !== group) ?? [];
  const other = rest.length === 1 ? cells.get(rest[0] ?? '') : undefined;
  if (!other || other.status !== 'ok' || other.value === null || !passes(other.denominator, other.value, indicator.rate, limits))
    return none('group_coded');
  return gapTo(cell, other.value, indicator.rate, 'group_coded');
}

const none = (why: NoGap): Gap => ({ kind: 'none', why });

/** A school's measure as the district figures read it. */
export interface DistrictCell extends PublishedCell {
  school_year: string;
  indicator_id: string;
  student_group: string;
}

export interface DistrictReference extends PublishedCell {
  school_year: string;
  reference: string;
  indicator_id: string;
  student_group: string;
}

/**
 * Every year, indicator and group's district figure, once per build in one pass over the cells:
 * the district's own reference row when it is exact, else the median of the schools' published
 * exact values (at least `MIN_DISTRICT_SCHOOLS` of them), with how many were left out as hidden
 * or coded. Keyed by `districtKey`.
 */
export function districtGroupFigures(
  measures: readonly DistrictCell[],
  references: readonly DistrictReference[],
): Map<string, DistrictGroupFigure> {
  const tallies = new Map<string, { values: number[]; hidden: number; coded: number }>();
  for (const m of measures) {
    if (m.status === 'missing') continue;
    const key = districtKey(m);
    const t = tallies.get(key) ?? { values: [], hidden: 0, coded: 0 };
    if (m.status === 'ok' && m.value !== null) t.values.push(m.value);
    else if (isCoded(m.status)) t.coded++;
    else t.hidden++;
    tallies.set(key, t);
  }
  const refs = new Map(references.filter((r) => r.reference === 'district').map((r) => [districtKey(r), r]));
  const figures = new Map<string, DistrictGroupFigure>();
  for (const [key, ref] of refs) if (ref.status === 'ok' && ref.value !== null) figures.set(key, { basis: 'reference', value: ref.value });
  for (const [key, t] of tallies) {
    if (figures.has(key) || t.values.length < MIN_DISTRICT_SCHOOLS) continue;
    figures.set(key, {
      basis: 'schools',
      value: median(t.values),
      schools: t.values.length,
      hidden: t.hidden,
      coded: t.coded,
      reference: refs.get(key)?.status ?? null,
    });
  }
  return figures;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const at = (i: number) => sorted[i] ?? NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

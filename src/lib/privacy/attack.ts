import { DEFAULT_GROUPS, type GroupRelation } from '../data/groups.ts';

/**
 * The attacks a reader can mount by arithmetic on what a site shows, written once: the build
 * runs them on the publishable dataset (`check.ts`) and `npm run audit:privacy` on the HTML of
 * a built site. Each bounds a hidden count by intervals over the published linear relations
 * (a family's groups add up to all students; a rate times its students is a count) and says
 * when the bound is too narrow: a count pinned within fewer than `min_group_size` values, a
 * numerator within fewer than `small_count`.
 */

/** What a reader sees of one cell. */
export type Seen =
  | { kind: 'value'; value: number; /** the true value is within ± this of the shown one */ halfStep: number }
  | { kind: 'at_most'; bound: number }
  | { kind: 'at_least'; bound: number }
  | { kind: 'hidden' };

/** A percent of students for each group, with the rate's own denominator when it is published. */
export interface SeenRate {
  indicator: string;
  /** The group whose share of enrollment the all-students value is, if any. */
  shareOf: string | null;
  cells: Map<string, { seen: Seen; denominator: number | null }>;
}

export interface SeenSchoolYear {
  /** Names the school and year in findings. */
  label: string;
  enrollment: Map<string, Seen>;
  rates: SeenRate[];
}

interface Finding {
  cell: string;
  relation: string;
  range: [number, number];
}

export interface AttackReport {
  attack: string;
  /** Hidden (or, for rates, coded) cells the attack bounded; for exact small counts, published rates. */
  tried: number;
  pinned: Finding[];
}

export const ATTACKS = [
  'enrollment: family sum',
  'enrollment: complement pair',
  'rates: family sum',
  'rates: complement pair',
  'exact small counts from rates',
] as const;

interface Range {
  lo: number;
  hi: number;
}

const EPSILON = 1e-9;
/** A count a reader has no bound for: finite, so that sums of ranges stay numbers. */
const UNBOUNDED = 1e9;
const exact = (n: number): Range => ({ lo: n, hi: n });
const width = (r: Range) => r.hi - r.lo;
const show = (r: Range): [number, number] => [r.lo, r.hi];

/** The whole numbers a count can be, seen as itself; a hidden count is at most `cap`. */
function countRange(seen: Seen, cap: number): Range {
  switch (seen.kind) {
    case 'value':
      return { lo: Math.max(0, Math.ceil(seen.value - seen.halfStep - EPSILON)), hi: Math.floor(seen.value + seen.halfStep + EPSILON) };
    case 'at_most':
      return { lo: 0, hi: Math.floor(seen.bound + EPSILON) };
    case 'at_least':
      return { lo: Math.ceil(seen.bound - EPSILON), hi: cap };
    case 'hidden':
      return { lo: 0, hi: cap };
  }
}

/** The whole numbers a count can be, seen as a percent (or a bound on one) of `students`. */
function countOf(seen: Seen, students: Range, scale: number): Range {
  const cap = students.hi;
  switch (seen.kind) {
    case 'value':
      return wholeNumbers(((seen.value - seen.halfStep) * students.lo) / scale, ((seen.value + seen.halfStep) * students.hi) / scale, cap);
    case 'at_most':
      return { lo: 0, hi: Math.min(cap, Math.floor((seen.bound * students.hi) / scale + EPSILON)) };
    case 'at_least':
      return { lo: Math.max(0, Math.ceil((seen.bound * students.lo) / scale - EPSILON)), hi: cap };
    case 'hidden':
      return { lo: 0, hi: cap };
  }
}

/** The whole numbers in [low, high]; a value rounded before it was published (77.6% of 50) reads as the nearest one. */
function wholeNumbers(low: number, high: number, cap: number): Range {
  const lo = Math.max(0, Math.ceil(low - EPSILON));
  const hi = Math.min(cap, Math.floor(high + EPSILON));
  if (lo <= hi) return { lo, hi };
  const nearest = Math.min(cap, Math.max(0, Math.round((low + high) / 2)));
  return exact(nearest);
}

function intersect(range: Range, other: Range | undefined): Range {
  return other ? { lo: Math.max(range.lo, other.lo), hi: Math.min(range.hi, other.hi) } : range;
}

/** Tightens each part by the others, given that the parts add up to `total`. */
function bySum(parts: Range[], total: Range): Range[] {
  let ranges = parts.map((r) => ({ ...r }));
  for (let round = 0; round < 3; round++) {
    const sumLo = ranges.reduce((s, r) => s + r.lo, 0);
    const sumHi = ranges.reduce((s, r) => s + r.hi, 0);
    ranges = ranges.map((r) => ({
      lo: Math.max(r.lo, total.lo - (sumHi - r.hi)),
      hi: Math.min(r.hi, total.hi - (sumLo - r.lo)),
    }));
  }
  return ranges;
}

/** A cell a reader does not see exactly: hidden, or coded as a range. */
const inexact = (seen: Seen | undefined) => seen !== undefined && seen.kind !== 'value';

const familyKind = (family: readonly string[]) => (family.length > 2 ? 'family sum' : 'complement pair');

/**
 * Runs every attack on every school-year; a report per attack, in the order of `ATTACKS`. The
 * relations are the site's (`groupVocabulary`): its families, and each declared union with its
 * members, so "Asian or Pacific Islander" minus "Asian" is tried as a reader would try it.
 */
export function runAttacks(
  schoolYears: readonly SeenSchoolYear[],
  limits: { min: number; small: number },
  relations: readonly GroupRelation[] = DEFAULT_GROUPS.relations,
): AttackReport[] {
  const reports = new Map<string, AttackReport>(ATTACKS.map((attack) => [attack, { attack, tried: 0, pinned: [] }]));
  const report = (attack: string) => reports.get(attack) as AttackReport;
  for (const sy of schoolYears) {
    const counts = attackEnrollment(sy, relations, limits.min, report);
    attackRates(sy, relations, counts, limits.small, report);
  }
  return [...reports.values()];
}

/**
 * Bounds each hidden enrollment count; returns what a reader then knows of every group's count.
 * A relation's total is what is known of it so far: all students, or a union bounded by an
 * earlier relation, so relations are tried in the vocabulary's order.
 */
function attackEnrollment(
  sy: SeenSchoolYear,
  relations: readonly GroupRelation[],
  min: number,
  report: (attack: string) => AttackReport,
): Map<string, Range> {
  const known = new Map<string, Range>();
  const all = sy.enrollment.get('all');
  if (all?.kind !== 'value') return known;
  known.set('all', countRange(all, UNBOUNDED));
  const shares = new Map<string, Seen>();
  for (const rate of sy.rates) {
    const seen = rate.cells.get('all')?.seen;
    if (rate.shareOf && seen) shares.set(rate.shareOf, seen);
  }
  const allStudents = known.get('all') as Range;
  for (const { total: totalGroup, parts: family } of relations) {
    const ownTotal = sy.enrollment.get(totalGroup);
    const total = known.get(totalGroup) ?? (ownTotal ? countRange(ownTotal, allStudents.hi) : { lo: 0, hi: allStudents.hi });
    const seen = family.map((g) => sy.enrollment.get(g) ?? ({ kind: 'hidden' } as const));
    // What earlier relations pinned of a part (a union's member, bounded by its family) is kept.
    const alone = bySum(
      seen.map((s, i) => intersect(countRange(s, total.hi), known.get(family[i] ?? ''))),
      total,
    );
    const withShares = bySum(
      family.map((g, i) => {
        const share = shares.get(g);
        const range = alone[i] as Range;
        if (!share) return range;
        const byShare = countOf(share, allStudents, 100);
        return { lo: Math.max(range.lo, byShare.lo), hi: Math.min(range.hi, byShare.hi) };
      }),
      total,
    );
    family.forEach((g, i) => {
      // A group in two relations (a union's member) keeps the tighter of its bounds.
      known.set(g, withShares[i] as Range);
      if (!sy.enrollment.has(g) || seen[i]?.kind !== 'hidden') return;
      const r = report(`enrollment: ${familyKind(family)}`);
      r.tried++;
      const before = alone[i] as Range;
      const after = withShares[i] as Range;
      if (width(before) < min - 1)
        r.pinned.push({ cell: `${sy.label}, enrollment of ${g}`, relation: familyKind(family), range: show(before) });
      else if (width(after) < min - 1)
        r.pinned.push({ cell: `${sy.label}, enrollment of ${g}`, relation: `${familyKind(family)} and share × total`, range: show(after) });
    });
  }
  return known;
}

/** Bounds each hidden rate's numerator by its family, and reads exact small counts off published rates. */
function attackRates(
  sy: SeenSchoolYear,
  relations: readonly GroupRelation[],
  counts: Map<string, Range>,
  small: number,
  report: (attack: string) => AttackReport,
): void {
  const unknown: Range = { lo: 0, hi: UNBOUNDED };
  const studentsOf = (rate: SeenRate, g: string): Range => {
    const denominator = rate.cells.get(g)?.denominator;
    return denominator != null ? exact(denominator) : (counts.get(g) ?? unknown);
  };
  for (const rate of sy.rates) {
    for (const [g, { seen }] of rate.cells) {
      if (seen.kind === 'hidden') continue;
      const students = studentsOf(rate, g);
      if (width(students) !== 0) continue;
      const r = report('exact small counts from rates');
      r.tried++;
      const numerator = countOf(seen, students, 100);
      const without = { lo: students.lo - numerator.hi, hi: students.hi - numerator.lo };
      for (const [range, what] of [
        [numerator, 'with'],
        [without, 'without'],
      ] as const)
        if (width(range) < small - 1 && range.lo < small)
          r.pinned.push({
            cell: `${sy.label}, ${rate.indicator} for ${g}`,
            relation: `rate × students (${what} the outcome)`,
            range: show(range),
          });
    }
    for (const { total: totalGroup, parts: family } of relations) {
      const whole = rate.cells.get(totalGroup)?.seen;
      if (!whole || whole.kind === 'hidden') continue;
      const total = countOf(whole, studentsOf(rate, totalGroup), 100);
      if (total.hi >= UNBOUNDED) continue;
      const cells = family.map((g) => rate.cells.get(g)?.seen ?? ({ kind: 'hidden' } as const));
      if (!family.some((g, i) => rate.cells.has(g) && inexact(cells[i]))) continue;
      const numerators = bySum(
        family.map((g, i) => {
          const range = countOf(cells[i] as Seen, studentsOf(rate, g), 100);
          return { lo: range.lo, hi: Math.min(range.hi, total.hi) };
        }),
        total,
      );
      family.forEach((g, i) => {
        if (!rate.cells.has(g) || !inexact(cells[i])) return;
        const r = report(`rates: ${familyKind(family)}`);
        r.tried++;
        const range = numerators[i] as Range;
        // A hidden value must stay wide; a coded one only must not give a small count away.
        const students = studentsOf(rate, g);
        const revealsSmall = range.lo < small || students.lo - range.hi < small;
        if (width(range) < small - 1 && (cells[i]?.kind === 'hidden' || revealsSmall))
          r.pinned.push({
            cell: `${sy.label}, ${rate.indicator} for ${g}`,
            relation: `${familyKind(family)} of rate × students`,
            range: show(range),
          });
      });
    }
  }
}

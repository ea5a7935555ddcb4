import { group } from 'd3';
import { groupVocabulary } from '../data/groups.ts';
import { districtKey, rowKey } from '../data/keys.ts';
import { runAttacks, type AttackReport, type Seen, type SeenRate, type SeenSchoolYear } from './attack.ts';
import type { PublishableDataset, PublishedCell } from './suppress.ts';

/** A published cell as a reader sees it, at full precision: the check assumes the most a reader could know. */
function seenOf(cell: PublishedCell): Seen {
  if (cell.value === null || cell.status === 'suppressed' || cell.status === 'missing') return { kind: 'hidden' };
  if (cell.status === 'coded_low') return { kind: 'at_most', bound: cell.value };
  if (cell.status === 'coded_high') return { kind: 'at_least', bound: cell.value };
  return { kind: 'value', value: cell.value, halfStep: 0 };
}

/** Every school-year of a publishable dataset, as the attacks read it: enrollment and each percent of students. */
function seenSchoolYears(data: PublishableDataset): SeenSchoolYear[] {
  const rates = new Map(
    data.indicators.filter((i) => i.type === 'numeric' && i.unit === 'percent' && i.subject === 'students').map((i) => [i.id, i]),
  );
  const byKey = new Map<string, SeenSchoolYear & { byIndicator: Map<string, SeenRate> }>();
  const names = new Map(data.schools.map((s) => [s.school_id, s.name]));
  const entry = (year: string, school: string) => {
    const key = rowKey({ school_year: year, school_id: school });
    let sy = byKey.get(key);
    if (!sy)
      byKey.set(
        key,
        (sy = { label: `${names.get(school) ?? school} (${school}) ${year}`, enrollment: new Map(), rates: [], byIndicator: new Map() }),
      );
    return sy;
  };
  for (const e of data.enrollment) entry(e.school_year, e.school_id).enrollment.set(e.student_group, seenOf(e));
  for (const m of data.measures) {
    const indicator = rates.get(m.indicator_id);
    if (!indicator) continue;
    const sy = entry(m.school_year, m.school_id);
    let rate = sy.byIndicator.get(m.indicator_id);
    if (!rate) {
      rate = {
        indicator: m.indicator_id,
        shareOf: indicator.share_of ?? null,
        cells: new Map<string, { seen: Seen; denominator: number | null }>(),
      };
      sy.byIndicator.set(m.indicator_id, rate);
      sy.rates.push(rate);
    }
    rate.cells.set(m.student_group, { seen: seenOf(m), denominator: m.denominator });
  }
  return [...byKey.values()].map(({ label, enrollment, rates: seen }) => ({ label, enrollment, rates: seen }));
}

/** Runs every attack on the publishable dataset. */
export function attackDataset(data: PublishableDataset): AttackReport[] {
  return [
    ...runAttacks(
      seenSchoolYears(data),
      { min: data.site.min_group_size, small: data.site.small_count },
      groupVocabulary(data.site.student_groups).relations,
    ),
    attackDistrictReferences(data),
  ];
}

/**
 * A district's published rate times its students is its schools' counts added up; minus the
 * counts a reader can work out, what is left is the one school cell that is not exact. Bounds
 * that cell's count with the district's rate read at the most a reader could know: the rate as
 * published (rounded to the indicator's decimals), the students as the schools' published ones.
 */
function attackDistrictReferences(data: PublishableDataset): AttackReport {
  const report: AttackReport = { attack: 'reference rows: district sum', tried: 0, pinned: [] };
  const rates = new Map(
    data.indicators.flatMap((i) => (i.type === 'numeric' && i.unit === 'percent' && i.subject === 'students' ? [[i.id, i]] : [])),
  );
  const cells = group(data.measures, districtKey);
  for (const r of data.references) {
    const indicator = rates.get(r.indicator_id);
    if (r.reference !== 'district' || r.status !== 'ok' || r.value === null || !indicator) continue;
    const schools = cells.get(districtKey(r)) ?? [];
    const inexact = schools.filter((m) => m.status !== 'ok' && m.status !== 'missing');
    // With two cells not exact, the sum only gives their total: the families' attacks weigh that.
    const [target] = inexact;
    if (inexact.length !== 1 || !target || target.denominator === null || schools.some((m) => m.denominator === null)) continue;
    report.tried++;
    const students = schools.reduce((sum, m) => sum + (m.denominator ?? 0), 0);
    const halfStep = 0.5 * 10 ** -indicator.decimals;
    const known = schools.reduce((sum, m) => (m === target || m.value === null ? sum : sum + (m.value * (m.denominator ?? 0)) / 100), 0);
    const lo = Math.max(0, Math.ceil(((r.value - halfStep) * students) / 100 - known - 1e-9));
    const hi = Math.min(target.denominator, Math.floor(((r.value + halfStep) * students) / 100 - known + 1e-9));
    if (hi - lo < data.site.small_count - 1)
      report.pinned.push({
        cell: `${target.school_id} ${target.school_year}, ${target.indicator_id} for ${target.student_group}`,
        relation: 'district rate × students − the other schools',
        range: [lo, hi],
      });
  }
  return report;
}

/**
 * A build stopped because what it would publish gives a small count away. It is said in full,
 * like a data problem, not as a crash: the person building needs the cells, not a stack trace.
 */
export class PrivacyError extends Error {
  override readonly name = 'PrivacyError';
}

/**
 * The build-time proof: throws, naming each cell and the relation that pins it, when any
 * published relation bounds a hidden count too narrowly. Returns the dataset for chaining.
 */
export function assertNothingPinned(data: PublishableDataset): PublishableDataset {
  const pinned = attackDataset(data).flatMap((r) => r.pinned);
  if (pinned.length === 0) return data;
  const lines = pinned.slice(0, 20).map((f) => `- ${f.cell}: ${f.relation} pins it to ${f.range[0]}–${f.range[1]}`);
  const more = pinned.length > 20 ? [`- … and ${pinned.length - 20} more`] : [];
  throw new PrivacyError(
    [
      `Privacy check failed: ${pinned.length} hidden or small counts could be worked out from what the site would publish, so nothing was published:`,
      ...lines,
      ...more,
      'The suppression rules should have hidden more cells around these. Please report it to the project with these lines; raising min_group_size in content/site.md may hide enough meanwhile.',
    ].join('\n'),
  );
}

import type { RawDataset, RawMeasure } from '../data/dataset.ts';
import type { StudentGroupId } from '../data/groups.ts';
import type { CellStatus } from '../data/schemas.ts';
import { smallGroup, sourceReason, unknownGroupSize, type SuppressionReason } from './reasons.ts';

/**
 * The only door from raw data to publishable data. A value about fewer students than the
 * site's minimum group size is removed here, before anything is computed from it or
 * rendered, so no page, chart, download or search entry can show it: downstream code is
 * typed to take `PublishableDataset`, which only this module can make.
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
    student_group: StudentGroupId;
    /** How many students the value is about; null when suppressed or unknown. */
    denominator: number | null;
  }
>;

type PublishedEnrollment = Publishable<PublishedCell & { school_year: string; school_id: string; student_group: StudentGroupId }>;

export type PublishableDataset = Publishable<
  Omit<RawDataset, 'measures' | 'enrollment'> & {
    measures: PublishedMeasure[];
    enrollment: PublishedEnrollment[];
  }
>;

/** Primary suppression: every cell about fewer than `site.min_group_size` students. */
export function suppressDataset(raw: RawDataset): PublishableDataset {
  const min = raw.site.min_group_size;
  const reason = smallGroup(min);
  const enrollmentCount = new Map<string, number>();
  for (const row of raw.enrollment) enrollmentCount.set(`${row.school_year} ${row.school_id} ${row.student_group}`, row.count ?? 0);
  const staffIndicators = new Set(raw.indicators.filter((i) => i.subject === 'staff').map((i) => i.id));

  const enrollment = raw.enrollment.map((row) => {
    const small = row.count === null || row.count < min;
    return {
      school_year: row.school_year,
      school_id: row.school_id,
      student_group: row.student_group,
      value: small ? null : row.count,
      status: small ? (row.count === null ? 'missing' : 'suppressed') : 'ok',
      reason: small && row.count !== null ? reason : null,
    } as PublishedEnrollment;
  });

  const measures = raw.measures.map((m) => {
    // A value without its own denominator is about the group's enrolled students.
    const students = staffIndicators.has(m.indicator_id)
      ? null
      : (m.denominator ?? enrollmentCount.get(`${m.school_year} ${m.school_id} ${m.student_group}`) ?? null);
    const small = students !== null && students < min;
    const unknownSubgroup = !staffIndicators.has(m.indicator_id) && students === null && m.student_group !== 'all';
    if (m.status !== 'suppressed' && small) return suppressedMeasure(m, reason);
    if (m.status !== 'suppressed' && unknownSubgroup) return suppressedMeasure(m, unknownGroupSize(min));
    return {
      school_year: m.school_year,
      school_id: m.school_id,
      indicator_id: m.indicator_id,
      student_group: m.student_group,
      value: m.status === 'missing' || m.status === 'suppressed' ? null : m.value,
      denominator: m.status === 'suppressed' ? null : m.denominator,
      status: m.status,
      reason: sourceReason(m.reason),
    } as PublishedMeasure;
  });

  const { measures: _m, enrollment: _e, ...rest } = raw;
  return { ...rest, measures, enrollment } as PublishableDataset;
}

function suppressedMeasure(m: RawMeasure, reason: SuppressionReason): PublishedMeasure {
  return {
    school_year: m.school_year,
    school_id: m.school_id,
    indicator_id: m.indicator_id,
    student_group: m.student_group,
    value: null,
    denominator: null,
    status: 'suppressed',
    reason,
  } as PublishedMeasure;
}

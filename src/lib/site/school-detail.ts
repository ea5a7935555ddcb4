import { rowKey } from '../data/keys.ts';
import type { MeasureIndex } from '../data/measure-index.ts';
import type { SchoolRow } from '../data/schemas.ts';
import type { ScoresByYear } from '../index/scores-by-year.ts';
import type { PublishableDataset, PublishedCell, PublishedMeasure } from '../privacy/suppress.ts';
import { domainPositions, type DomainPosition } from './domain-positions.ts';
import { computePeers, type Peer } from './peers.ts';
import { indexValue } from '../privacy/index-value.ts';
import type { GroupCell, IndicatorHistory, SchoolDetail, SchoolSummary, SchoolYearDetail } from './types.ts';

/** The lookups every school's detail reads, built once per build. */
export interface SchoolDetailSources {
  data: PublishableDataset;
  scores: ScoresByYear;
  measures: MeasureIndex<PublishedMeasure>;
  enrollment: ReadonlyMap<string, GroupCell[]>;
  spending: ReadonlyMap<string, PublishableDataset['spending'][number]>;
  domainPosition: DomainPosition;
  /** A year's peers of every school, computed on first use and kept: one sort per year, not per school. */
  peers: (year: string) => ReadonlyMap<string, Peer[]>;
}

export function schoolDetailSources(
  data: PublishableDataset,
  scores: ScoresByYear,
  measures: MeasureIndex<PublishedMeasure>,
): SchoolDetailSources {
  const enrollment = new Map<string, GroupCell[]>();
  for (const row of data.enrollment) {
    const key = rowKey({ school_year: row.school_year, school_id: row.school_id });
    const list = enrollment.get(key) ?? [];
    list.push({ group: row.student_group, cell: toCell(row) });
    enrollment.set(key, list);
  }
  const spending = new Map(data.spending.map((row) => [rowKey({ school_year: row.school_year, school_id: row.school_id }), row]));
  const domainPosition = domainPositions(
    scores,
    data.years,
    data.domains.map((d) => d.id),
  );
  const peersByYear = new Map<string, ReadonlyMap<string, Peer[]>>();
  const peers = (year: string) => {
    const known = peersByYear.get(year);
    if (known) return known;
    const bySchool = measures.year(year);
    const computed = computePeers(
      data.schools
        .filter((s) => bySchool.has(s.school_id))
        .map((s) => ({
          id: s.school_id,
          level: s.level,
          need: indexValue(bySchool.get(s.school_id)?.get(data.site.need_measure)?.get('all')),
        })),
      { count: data.site.peers.count, sameLevel: data.site.peers.same_level },
    );
    peersByYear.set(year, computed);
    return computed;
  };
  return { data, scores, measures, enrollment, spending, domainPosition, peers };
}

/** A school's page data: its score every year, its newest scored year in full, and every indicator's history. */
export function schoolDetail(school: SchoolRow, summary: SchoolSummary, sources: SchoolDetailSources): SchoolDetail {
  const { scores } = sources;
  const years = sources.data.years.filter((year) => scores.entity(year, school.school_id) !== undefined);
  return {
    ...summary,
    address: school.address,
    zip: school.zip,
    latitude: school.latitude,
    longitude: school.longitude,
    phone: school.phone,
    website: school.website,
    trend: years.map((year) => ({ year, score: scores.info(year, school.school_id)?.score ?? null })),
    current: summary.latestYear === null ? null : schoolYearDetail(school.school_id, summary.latestYear, sources),
    indicators: indicatorHistories(school.school_id, years, sources),
    peers: summary.latestYear === null ? null : peersOf(school.school_id, summary.latestYear, sources),
    enrollment: years.flatMap((year) => {
      const groups = sources.enrollment.get(rowKey({ school_year: year, school_id: school.school_id }));
      return groups ? [{ year, groups }] : [];
    }),
  };
}

/**
 * Each indicator's newest year at this school, with its groups, and its all-students series.
 * The newest year is the newest whose all-students cell says something (a value, a code, or why
 * it is hidden): a row only marked missing would push an older value off the page. An indicator
 * with no row in any year does not apply (graduation in an elementary school).
 */
function indicatorHistories(schoolId: string, years: readonly string[], { data, measures }: SchoolDetailSources): IndicatorHistory[] {
  const yearCells = years.map((year) => ({ year, cells: measures.schoolYear(year, schoolId) }));
  return data.indicators.flatMap((indicator) => {
    const rows = yearCells.flatMap(({ year, cells }) => {
      const byGroup = cells?.get(indicator.id);
      return byGroup ? [{ year, byGroup }] : [];
    });
    const newest = rows.findLast(({ byGroup }) => (byGroup.get('all')?.status ?? 'missing') !== 'missing') ?? rows.at(-1);
    if (!newest) return [];
    const all = newest.byGroup.get('all');
    return [
      {
        id: indicator.id,
        year: newest.year,
        all: all ? toCell(all) : null,
        groups: [...newest.byGroup.values()]
          .filter((m) => m.student_group !== 'all')
          .map((m) => ({ group: m.student_group, cell: toCell(m) })),
        series: rows.flatMap(({ year, byGroup }) => {
          const cell = byGroup.get('all');
          return cell ? [{ year, cell: toCell(cell) }] : [];
        }),
      },
    ];
  });
}

function schoolYearDetail(
  schoolId: string,
  year: string,
  { data, scores, spending, domainPosition }: SchoolDetailSources,
): SchoolYearDetail | null {
  const entity = scores.entity(year, schoolId);
  const score = scores.info(year, schoolId);
  if (!entity || !score) return null;
  const key = rowKey({ school_year: year, school_id: schoolId });
  const money = spending.get(key);
  return {
    year,
    score,
    domains: data.domains.map((d) => {
      const score = entity.domains[d.id]?.score ?? null;
      return { id: d.id, score, ...(score === null ? { below: 0, of: 0 } : domainPosition(year, d.id, score)) };
    }),
    spending: money
      ? {
          federal: money.federal,
          stateLocal: money.state_local,
          total: money.federal !== null && money.state_local !== null ? money.federal + money.state_local : null,
        }
      : null,
  };
}

function toCell({ value, status, reason }: PublishedCell): PublishedCell {
  return { value, status, reason };
}

function peersOf(schoolId: string, year: string, { data, measures, peers }: SchoolDetailSources): SchoolDetail['peers'] {
  // The cells as published: a coded need reads as its range on the page, never as its bound.
  const cell = (id: string) => measures.cell(year, id, data.site.need_measure, 'all');
  const own = cell(schoolId);
  const schools = peers(year).get(schoolId);
  if (!own || !schools || schools.length === 0) return null;
  return {
    year,
    need: toCell(own),
    schools: schools.flatMap((peer) => {
      const c = cell(peer.id);
      return c ? [{ id: peer.id, need: toCell(c) }] : [];
    }),
  };
}

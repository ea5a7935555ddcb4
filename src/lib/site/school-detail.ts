import { groupVocabulary, type GroupRelation } from '../data/groups.ts';
import { districtKey, rowKey } from '../data/keys.ts';
import type { MeasureIndex } from '../data/measure-index.ts';
import type { SchoolRow } from '../data/schemas.ts';
import { SCORE_DECIMALS } from '../format/number.ts';
import { explainScore, type ScoreExplanation } from '../index/explain.ts';
import { findLevelChange, searchRange } from '../index/level-change.ts';
import { yearEvaluator, type YearEvaluator } from '../index/year-evaluator.ts';
import type { ScoresByYear } from '../index/scores-by-year.ts';
import type { PublishableDataset, PublishedCell, PublishedMeasure } from '../privacy/suppress.ts';
import { domainPositions, type DomainPosition } from './domain-positions.ts';
import { districtGroupFigures, groupGaps, type CountedCell, type DistrictGroupFigure } from './group-gaps.ts';
import { computePeers, type Peer } from './peers.ts';
import { compareSpending, type SpendingYear } from '../spending/site-spending.ts';
import type { PerPupil } from '../spending/per-pupil.ts';
import type { SpendingSchool } from '../spending/progressivity.ts';
import { strengthsAndChallenges, type FindingIndicator } from './strengths.ts';
import { indexValue } from '../privacy/index-value.ts';
import type { GroupCell, IndicatorHistory, SchoolDetail, SchoolSummary, SchoolYearDetail } from './types.ts';

/** The lookups every school's detail reads, built once per build. */
export interface SchoolDetailSources {
  data: PublishableDataset;
  scores: ScoresByYear;
  measures: MeasureIndex<PublishedMeasure>;
  enrollment: ReadonlyMap<string, GroupCell[]>;
  /** Each year's schools with spending, by id, and the district's average of them. */
  spending: ReadonlyMap<string, { schools: ReadonlyMap<string, SpendingSchool>; district: PerPupil }>;
  domainPosition: DomainPosition;
  /** The sums of groups a reader can subtract from, which the gap to "all other students" must respect. */
  relations: readonly GroupRelation[];
  /** Each year, indicator and group's district figure, by `districtKey`. */
  districtFigures: ReadonlyMap<string, DistrictGroupFigure>;
  /** A year's peers of every school, computed on first use and kept: one sort per year, not per school. */
  peers: (year: string) => ReadonlyMap<string, Peer[]>;
  /** Every school's exact all-students value of an indicator in a year, computed on first use and kept. */
  districtValues: (year: string, indicatorId: string) => readonly number[];
  /** The year's index, ready to re-run with one value changed; built on first use and kept. */
  evaluator: (year: string) => YearEvaluator | null;
}

export function schoolDetailSources(
  data: PublishableDataset,
  scores: ScoresByYear,
  measures: MeasureIndex<PublishedMeasure>,
  spendingByYear: ReadonlyMap<string, SpendingYear>,
): SchoolDetailSources {
  const enrollment = new Map<string, GroupCell[]>();
  for (const row of data.enrollment) {
    const key = rowKey({ school_year: row.school_year, school_id: row.school_id });
    const list = enrollment.get(key) ?? [];
    list.push({ group: row.student_group, cell: toCell(row) });
    enrollment.set(key, list);
  }
  const spending = new Map(
    [...spendingByYear].map(([year, { schools, district }]) => [year, { schools: new Map(schools.map((s) => [s.id, s])), district }]),
  );
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
  const relations = groupVocabulary(data.site.student_groups).relations;
  const districtFigures = districtGroupFigures(data.measures, data.references);
  const valuesByKey = new Map<string, number[]>();
  const districtValues = (year: string, indicatorId: string) => {
    const key = `${year} ${indicatorId}`;
    let values = valuesByKey.get(key);
    if (!values) {
      values = [...measures.year(year).values()].flatMap((cells) => {
        const cell = cells.get(indicatorId)?.get('all');
        return cell?.status === 'ok' && cell.value !== null ? [cell.value] : [];
      });
      valuesByKey.set(key, values);
    }
    return values;
  };
  const evaluators = new Map<string, YearEvaluator | null>();
  const evaluator = (year: string) => {
    if (!evaluators.has(year)) {
      const input = scores.input(year);
      evaluators.set(year, input && yearEvaluator(input));
    }
    return evaluators.get(year) ?? null;
  };
  return { data, scores, measures, enrollment, spending, domainPosition, relations, districtFigures, peers, districtValues, evaluator };
}

/** How many measures "What would change the level" searches: the school's largest parts. */
const LEVEL_CHANGE_MEASURES = 3;

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
    findings: summary.latestYear === null ? null : findingsOf(school.school_id, summary.latestYear, sources),
    enrollment: years.flatMap((year) => {
      const groups = sources.enrollment.get(rowKey({ school_year: year, school_id: school.school_id }));
      return groups ? [{ year, groups }] : [];
    }),
    spending: spendingHistory(school.school_id, sources),
  };
}

/**
 * Each indicator's newest year at this school, with its groups, and its all-students series.
 * The newest year is the newest whose all-students cell says something (a value, a code, or why
 * it is hidden): a row only marked missing would push an older value off the page. An indicator
 * with no row in any year does not apply (graduation in an elementary school).
 */
function indicatorHistories(schoolId: string, years: readonly string[], sources: SchoolDetailSources): IndicatorHistory[] {
  const { data, measures } = sources;
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
        groups: groupComparisons(indicator, newest.year, newest.byGroup, sources),
        series: rows.flatMap(({ year, byGroup }) => {
          const cell = byGroup.get('all');
          return cell ? [{ year, cell: toCell(cell) }] : [];
        }),
      },
    ];
  });
}

function schoolYearDetail(schoolId: string, year: string, sources: SchoolDetailSources): SchoolYearDetail | null {
  const { data, scores, measures, domainPosition } = sources;
  const entity = scores.entity(year, schoolId);
  const score = scores.info(year, schoolId);
  if (!entity || !score) return null;
  const own = measures.schoolYear(year, schoolId);
  const explanation = explainScore(data.method, entity, scores.entities(year), SCORE_DECIMALS);
  const cells: Record<string, PublishedCell> = Object.fromEntries(
    data.indicators.flatMap((i) => {
      const cell = i.scored ? own?.get(i.id)?.get('all') : undefined;
      return cell ? [[i.id, toCell(cell)]] : [];
    }),
  );
  return {
    year,
    score,
    domains: data.domains.map((d) => {
      const score = entity.domains[d.id]?.score ?? null;
      return { id: d.id, score, ...(score === null ? { below: 0, of: 0 } : domainPosition(year, d.id, score)) };
    }),
    explanation,
    cells,
    levelChanges: levelChangesOf(schoolId, year, score.level, explanation, cells, sources),
  };
}

/**
 * The engine re-run with one of the school's values moved, for its measures with the largest
 * parts (by weight where the score has no parts). Only an exact published value is searched: a
 * coded or hidden one would be revealed by where its level changes.
 */
function levelChangesOf(
  schoolId: string,
  year: string,
  level: number | null,
  explanation: ScoreExplanation,
  cells: Readonly<Record<string, PublishedCell>>,
  { data, evaluator, districtValues }: SchoolDetailSources,
): SchoolYearDetail['levelChanges'] {
  const evaluate = evaluator(year);
  if (level === null || !evaluate || !data.method.levels) return null;
  const withCells = data.indicators.filter((i) => i.scored && cells[i.id]);
  const top = explanation.decomposable
    ? explanation.parts.map((p) => p.indicatorId)
    : [...withCells].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0)).map((i) => i.id);
  return top.slice(0, LEVEL_CHANGE_MEASURES).flatMap((indicatorId): NonNullable<SchoolYearDetail['levelChanges']> => {
    const indicator = data.indicators.find((i) => i.id === indicatorId);
    const cell = cells[indicatorId];
    if (!indicator || indicator.type !== 'numeric' || !cell) return [];
    if (cell.status !== 'ok' || cell.value === null) return [{ indicatorId, change: null }];
    const change = findLevelChange(
      evaluate.withValue(schoolId, indicatorId),
      { value: cell.value, level },
      { decimals: indicator.decimals, range: searchRange(indicator.unit, districtValues(year, indicatorId)) },
      evaluate.estimateWithValue(schoolId, indicatorId),
    );
    return [{ indicatorId, change }];
  });
}

/** Each group's cell of one indicator and year at a school, with its gaps, from published cells only. */
function groupComparisons(
  indicator: PublishableDataset['indicators'][number],
  year: string,
  byGroup: ReadonlyMap<string, PublishedMeasure>,
  { data, relations, districtFigures }: SchoolDetailSources,
): IndicatorHistory['groups'] {
  const cells = new Map<string, CountedCell>([...byGroup].map(([group, m]) => [group, { ...toCell(m), denominator: m.denominator }]));
  const figure = (group: string) =>
    districtFigures.get(districtKey({ school_year: year, indicator_id: indicator.id, student_group: group }));
  const gaps = groupGaps(
    cells,
    relations,
    { numeric: indicator.type === 'numeric', rate: indicator.type === 'numeric' && indicator.unit === 'percent' },
    { min: data.site.min_group_size, small: data.site.small_count },
    figure,
  );
  return gaps.map(({ group, others, district }) => ({
    group,
    cell: toCell(byGroup.get(group) as PublishedMeasure),
    others,
    district,
    districtFigure: figure(group) ?? null,
  }));
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

/** Each year the school has spending: its own, the district's, and its peers' of that year (`computePeers`). */
function spendingHistory(schoolId: string, { spending, peers }: SchoolDetailSources): SchoolDetail['spending'] {
  return [...spending].flatMap(([year, { schools, district }]) => {
    const own = schools.get(schoolId);
    if (!own) return [];
    const peerSpending = (peers(year).get(schoolId) ?? []).flatMap((p) => schools.get(p.id) ?? []);
    return [compareSpending(year, own, district, peerSpending)];
  });
}

/** The school's strengths and challenges against its peers in the page's year (`strengthsAndChallenges`). */
function findingsOf(
  schoolId: string,
  year: string,
  { data, measures, peers, districtValues }: SchoolDetailSources,
): SchoolDetail['findings'] {
  const peerIds = (peers(year).get(schoolId) ?? []).map((p) => p.id);
  if (peerIds.length === 0) return null;
  const indicators = data.indicators.flatMap((i): FindingIndicator[] =>
    i.type === 'numeric'
      ? [{ id: i.id, kind: i.kind, direction: i.direction, rate: i.unit === 'percent' && i.subject === 'students' }]
      : [],
  );
  const found = strengthsAndChallenges(indicators, {
    own: (id) => measures.cell(year, schoolId, id, 'all'),
    peers: (id) => peerIds.map((peer) => measures.cell(year, peer, id, 'all')),
    district: (id) => districtValues(year, id),
  });
  return { year, ...found };
}

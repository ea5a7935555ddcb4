import { rowKey } from '../data/keys.ts';
import type { MeasureIndex } from '../data/measure-index.ts';
import type { ScoresByYear } from '../index/scores-by-year.ts';
import { indexValue } from '../privacy/index-value.ts';
import type { PublishableDataset, PublishedCell, PublishedMeasure } from '../privacy/suppress.ts';
import {
  findMoreWithLess,
  MORE_WITH_LESS_RULE,
  seriesKey,
  type MoreWithLessResult,
  type MoreWithLessRule,
  type OutcomeSeries,
} from './more-with-less.ts';
import { perPupil, weightedPerPupil, type Enrolled, type PerPupil } from './per-pupil.ts';
import { computeProgressivity, type LevelProgressivity, type SpendingSchool } from './progressivity.ts';

/** A level with fewer schools than this (above the floor) gets no progressivity figures: four quarters of a handful say little. */
const PROGRESSIVITY_MIN_SCHOOLS = 8;

/** What the spending page and the stories show, as plain JSON; null for a site with no spending file. */
export interface SpendingStory {
  rule: { minEnrollment: number; minSchools: number; groups: string[]; moreWithLess: MoreWithLessRule };
  /** Every year with spending, oldest first. */
  years: {
    year: string;
    /** The average of the district's schools, weighted by their students: not the district's own ESSA figure. */
    district: PerPupil;
    levels: LevelProgressivity[];
  }[];
  /** The year the page leads with: the site's leading year, or the newest year with spending before it. */
  year: string;
  /** That year's schools with spending, for spending against need. */
  schools: {
    id: string;
    level: string;
    /** The need as published (a coded one reads as its range) and where it is drawn (a coded one at its bound). */
    needCell: PublishedCell | null;
    need: number | null;
    pupils: number | null;
    perPupil: PerPupil;
    indexLevel: number | null;
    belowFloor: boolean;
  }[];
  moreWithLess: MoreWithLessResult & { years: string[]; outcomes: OutcomeSeries[] };
}

/** A year's schools with a spending row, and the average of them weighted by their students (the district's figure). */
export interface SpendingYear {
  schools: SpendingSchool[];
  district: PerPupil;
}

/** Each year's schools with a spending row, with their students (all students, as published) and need, oldest year first. */
export function spendingSchools(data: PublishableDataset, measures: MeasureIndex<PublishedMeasure>): Map<string, SpendingYear> {
  const pupils = new Map<string, number>();
  for (const row of data.enrollment)
    if (row.student_group === 'all' && row.status === 'ok' && row.value !== null)
      pupils.set(rowKey({ school_year: row.school_year, school_id: row.school_id }), row.value);
  const level = new Map(data.schools.map((s) => [s.school_id, s.level]));
  const byYear = new Map<string, SpendingSchool[]>();
  for (const row of data.spending) {
    const schoolLevel = level.get(row.school_id);
    if (schoolLevel === undefined) continue;
    const list = byYear.get(row.school_year) ?? [];
    list.push({
      id: row.school_id,
      level: schoolLevel,
      need: indexValue(measures.cell(row.school_year, row.school_id, data.site.need_measure, 'all')),
      pupils: pupils.get(rowKey({ school_year: row.school_year, school_id: row.school_id })) ?? null,
      perPupil: perPupil(row),
    });
    byYear.set(row.school_year, list);
  }
  return new Map(
    [...byYear].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, schools]) => [year, { schools, district: weightedPerPupil(schools) }]),
  );
}

export function computeSpendingStory(
  data: PublishableDataset,
  measures: MeasureIndex<PublishedMeasure>,
  scores: ScoresByYear,
  byYear: ReadonlyMap<string, SpendingYear>,
  leadingYear: string,
): SpendingStory | null {
  const years = [...byYear.keys()];
  const year = years.findLast((y) => y <= leadingYear) ?? years.at(-1);
  if (year === undefined) return null;
  const rule = { minEnrollment: data.site.spending.min_enrollment, minSchools: PROGRESSIVITY_MIN_SCHOOLS };
  const moreWithLessRule = { ...MORE_WITH_LESS_RULE, minEnrollment: rule.minEnrollment };
  const outcomes = outcomeSeries(data);
  const recent = years.slice(-moreWithLessRule.years);
  return {
    rule: { ...rule, groups: data.site.spending.groups, moreWithLess: moreWithLessRule },
    years: [...byYear].map(([y, { schools, district }]) => ({ year: y, district, levels: computeProgressivity(schools, rule) })),
    year,
    schools: (byYear.get(year)?.schools ?? []).map((s) => {
      const cell = measures.cell(year, s.id, data.site.need_measure, 'all');
      return {
        ...s,
        needCell: cell ? { value: cell.value, status: cell.status, reason: cell.reason } : null,
        indexLevel: scores.info(year, s.id)?.level ?? null,
        belowFloor: s.pupils !== null && s.pupils < rule.minEnrollment,
      };
    }),
    moreWithLess: {
      ...findMoreWithLess(
        recent.map((y) => ({ year: y, schools: outcomeSchools(y, byYear.get(y)?.schools ?? [], outcomes, data, measures) })),
        outcomes,
        moreWithLessRule,
      ),
      years: recent,
      outcomes,
    },
  };
}

/** Every numeric outcome with a direction, for each of the configured groups. */
function outcomeSeries(data: PublishableDataset): OutcomeSeries[] {
  return data.indicators.flatMap((i) => {
    const direction = i.type === 'numeric' ? i.direction : undefined;
    return i.kind === 'outcome' && direction !== undefined
      ? data.site.spending.groups.map((group) => ({ indicatorId: i.id, group, direction }))
      : [];
  });
}

/** Only exact published cells: a coded value is a range, and a residual from its bound would claim too much. */
function outcomeSchools(
  year: string,
  schools: readonly SpendingSchool[],
  outcomes: readonly OutcomeSeries[],
  data: PublishableDataset,
  measures: MeasureIndex<PublishedMeasure>,
) {
  const exact = (id: string, indicatorId: string, group: string) => {
    const cell = measures.cell(year, id, indicatorId, group);
    return cell?.status === 'ok' && cell.value !== null ? cell.value : undefined;
  };
  return schools.map((s) => ({
    ...s,
    need: exact(s.id, data.site.need_measure, 'all') ?? null,
    outcomes: new Map(
      outcomes.flatMap((o) => {
        const value = exact(s.id, o.indicatorId, o.group);
        return value === undefined ? [] : [[seriesKey(o), value] as const];
      }),
    ),
  }));
}

/** A school's spending beside the district's and its peers', in one year. */
export interface SpendingComparison {
  year: string;
  school: PerPupil;
  district: PerPupil;
  /** The peers' average, weighted by their students; null without peers with spending. */
  peers: PerPupil | null;
  peerCount: number;
}

/** The district's figure is made once per year by the caller: per school, this reads only the school and its peers. */
export function compareSpending(year: string, own: Enrolled, district: PerPupil, peers: readonly Enrolled[]): SpendingComparison {
  return {
    year,
    school: own.perPupil,
    district,
    peers: peers.length > 0 ? weightedPerPupil(peers) : null,
    peerCount: peers.length,
  };
}

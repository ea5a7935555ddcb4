import { group, median } from 'd3';
import type { MeasureIndex } from '../data/measure-index.ts';
import type { ScoresByYear } from '../index/scores-by-year.ts';
import type { EntityScore } from '../index/types.ts';
import { indexValue } from '../privacy/index-value.ts';
import type { PublishableDataset, PublishedMeasure } from '../privacy/suppress.ts';
import type { YearStats } from './types.ts';

/** The district's figures for each school year: how many schools, and the medians pages compare with. */
export function computeYearStats(data: PublishableDataset, scores: ScoresByYear, measures: MeasureIndex<PublishedMeasure>): YearStats[] {
  return data.years.map((year) => {
    const entities = scores.entities(year);
    const scored = entities.filter((e) => e.composite.score !== null);
    const schools = [...measures.year(year).values()];
    return {
      year,
      schoolCount: entities.length,
      scoredCount: scored.length,
      domainShortfalls: Object.fromEntries(
        data.domains.map((d) => [d.id, entities.filter((e) => e.domains[d.id]?.status !== 'ok').length]),
      ),
      medianScore: median(scored, (e) => e.composite.score) ?? null,
      levelMedianScores: levelMedians(scored, data.schools),
      domainMedians: Object.fromEntries(
        data.domains.map((d) => [d.id, median(entities, (e) => e.domains[d.id]?.score ?? undefined) ?? null]),
      ),
      // A level is a rank, not a quantity: categorical indicators have no median.
      indicatorMedians: Object.fromEntries(
        data.indicators.flatMap((ind) =>
          ind.type === 'categorical'
            ? []
            : [[ind.id, median(schools, (cells) => indexValue(cells.get(ind.id)?.get('all')) ?? undefined) ?? null]],
        ),
      ),
    };
  });
}

/** Each level's median score among the year's scored schools: "schools like this one" by level, for the school page's comparison. */
function levelMedians(
  scored: readonly EntityScore[],
  schools: PublishableDataset['schools'],
): Record<string, { median: number; count: number }> {
  const levelOf = new Map(schools.map((s) => [s.school_id, s.level]));
  const byLevel = group(scored, (e) => levelOf.get(e.id) ?? '');
  return Object.fromEntries(
    [...byLevel]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([level, entities]) => [level, { median: median(entities, (e) => e.composite.score) ?? 0, count: entities.length }]),
  );
}

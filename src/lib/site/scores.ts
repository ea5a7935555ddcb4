import type { MeasureIndex } from '../data/measure-index.ts';
import type { Indicator } from '../data/schemas.ts';
import { computeScoresByYear, type ScoresByYear } from '../index/scores-by-year.ts';
import type { IndexIndicator } from '../index/types.ts';
import { indexValue } from '../privacy/index-value.ts';
import type { PublishableDataset, PublishedMeasure } from '../privacy/suppress.ts';

/**
 * The indicators the index engine scores: display-only and categorical ones never reach it,
 * so no normalization, coverage, weight share or median of scores can include them.
 */
export function indexIndicators(indicators: readonly Indicator[]): IndexIndicator[] {
  return indicators.flatMap((i) => (i.scored ? [{ id: i.id, domain: i.domain, direction: i.direction, weight: i.weight }] : []));
}

/** Every school year's index scores, from the publishable all-students values of the schools with data that year. */
export function scoreSchoolYears(data: PublishableDataset, measures: MeasureIndex<PublishedMeasure>): ScoresByYear {
  return computeScoresByYear(
    { method: data.method, domains: data.domains, indicators: indexIndicators(data.indicators) },
    data.years.map((year) => {
      const bySchool = measures.year(year);
      return {
        year,
        entities: data.schools.filter((s) => bySchool.has(s.school_id)).map((s) => ({ id: s.school_id, scope: s.level })),
        value: (schoolId, indicatorId) => indexValue(bySchool.get(schoolId)?.get(indicatorId)?.get('all')),
      };
    }),
  );
}

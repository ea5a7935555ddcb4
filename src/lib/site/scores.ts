import type { MeasureIndex } from '../data/measure-index.ts';
import { computeScoresByYear, type ScoresByYear } from '../index/scores-by-year.ts';
import { indexValue } from '../privacy/index-value.ts';
import type { PublishableDataset, PublishedMeasure } from '../privacy/suppress.ts';

/** Every school year's index scores, from the publishable all-students values of the schools with data that year. */
export function scoreSchoolYears(data: PublishableDataset, measures: MeasureIndex<PublishedMeasure>): ScoresByYear {
  return computeScoresByYear(
    data,
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

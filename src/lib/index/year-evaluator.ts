import { levelEstimator, type LevelEstimate } from './level-estimate.ts';
import { levelOfScore } from './levels.ts';
import {
  aggregateComposite,
  aggregateDomain,
  compositeScores,
  domainValues,
  indicatorValues,
  scoreIndicator,
  scoringYear,
  type AggregatedColumn,
  type IndicatorColumn,
  type ScoringYear,
} from './stages.ts';
import type { IndexInput } from './types.ts';
import { usableNumber } from './values.ts';

/** One school's published score and level, as `computeIndexScores` gives them in its `composite`. */
export interface ScoreAndLevel {
  score: number | null;
  level: number | null;
}

/**
 * Re-scores one school year with a single value replaced, for "what value would move this
 * school to another level". Every other school's values stay as given.
 */
export interface YearEvaluator {
  /**
   * A function of the replacement value of `indicatorId` for `entityId` (the cell may have
   * had no value; a non-finite value empties it, as in the engine), giving that school's
   * composite score and level exactly as `computeIndexScores` would on the changed input.
   * Throws for an unknown school or indicator, or a display-only one, which scores nothing.
   */
  withValue(entityId: string, indicatorId: string): (value: number) => ScoreAndLevel;
  /**
   * A guess at `withValue`'s level in O(log N) a value instead of O(N), which is right but
   * for how the value moves the other schools (level-estimate.ts); null where there is no
   * score or the method sets no levels. Not exact: only to choose which values to evaluate.
   */
  estimateWithValue(entityId: string, indicatorId: string): LevelEstimate;
}

/**
 * Scores every indicator once; each evaluation then re-runs only what the one value reaches:
 * its indicator (normalized against the other schools), its domain, the composite, the scale,
 * and the school's level. The other indicators' and domains' columns are reused as they are,
 * which is exact because they do not read the changed value at all.
 */
export function yearEvaluator(input: IndexInput): YearEvaluator {
  const year = scoringYear(input);
  const indicatorColumns = year.input.indicators.map((indicator) =>
    scoreIndicator(year, indicator, indicatorValues(year.input, indicator)),
  );
  const domainColumns = input.domains.map((_, d) => aggregateDomain(year, d, indicatorColumns));
  const entityIndexOf = (entityId: string) => {
    const entityIndex = year.input.entities.findIndex((e) => e.id === entityId);
    if (entityIndex < 0) throw new Error(`yearEvaluator: no school "${entityId}" in this year`);
    return entityIndex;
  };
  let estimator: ReturnType<typeof levelEstimator> | undefined;
  return {
    withValue(entityId, indicatorId) {
      const entityIndex = entityIndexOf(entityId);
      const column = scoredColumn(input, indicatorColumns, indicatorId);
      return (value) => evaluate(year, indicatorColumns, domainColumns, column, entityIndex, value);
    },
    estimateWithValue(entityId, indicatorId) {
      const entityIndex = entityIndexOf(entityId);
      const column = scoredColumn(input, indicatorColumns, indicatorId);
      // Only a page that searches for level changes needs the year's composite column sorted and summed.
      estimator ??= levelEstimator({ year, indicatorColumns, domainColumns, ...aggregateComposite(year, domainColumns) });
      return estimator(entityIndex, column);
    },
  };
}

function scoredColumn(input: IndexInput, indicatorColumns: readonly IndicatorColumn[], indicatorId: string): IndicatorColumn {
  const column = indicatorColumns.find((c) => c.indicator.id === indicatorId);
  if (column) return column;
  const known = input.indicators.some((i) => i.id === indicatorId);
  throw new Error(
    known
      ? `yearEvaluator: indicator "${indicatorId}" is display-only (scored: false); its value changes no score`
      : `yearEvaluator: no indicator "${indicatorId}" in the index`,
  );
}

function evaluate(
  year: ScoringYear,
  indicatorColumns: readonly IndicatorColumn[],
  domainColumns: readonly AggregatedColumn[],
  column: IndicatorColumn,
  entityIndex: number,
  value: number,
): ScoreAndLevel {
  const values = [...column.values];
  values[entityIndex] = usableNumber(value);
  const changed = scoreIndicator(year, column.indicator, values);
  const columns = indicatorColumns.map((c) => (c === column ? changed : c));
  const domains = domainColumns.map((d, i) => (i === column.domainIndex ? domainValues(year, i, columns) : d));
  const scores = compositeScores(year, domains);
  const score = scores[entityIndex] ?? null;
  const levels = year.input.method.levels;
  return { score, level: score === null || !levels ? null : levelOfScore(score, scores, levels) };
}

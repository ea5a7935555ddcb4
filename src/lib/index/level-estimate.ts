/**
 * A cheap guess at the level one school would be in with one of its values replaced, for
 * `findLevelChange` to search with before it checks its answer with the exact evaluator.
 *
 * The exact evaluator re-scores every school, O(N) a value, since the changed value moves the
 * indicator's mean and SD (or extremes, or ranks) and so every school's score. The guess
 * re-scores only the one school, O(log N) a value: its new value is normalized against the
 * other schools' values with the mean, SD, extremes and ranks updated for it, and its domain,
 * composite, scale and level are then set against the other schools' columns as they are.
 * What it leaves out is how the change moves the other schools, by about 1/N of it for
 * z-scores and ranks but fully when the value is an extreme of a min-max: near a level's
 * boundary that can make the guess wrong, which is why every answer is checked.
 */
import { aggregateWeighted } from './aggregate.ts';
import { levelAmong } from './levels.ts';
import type { Normalization } from './method.ts';
import { flipNormalized, pointsAgainstIndex } from './normalize.ts';
import { normalizeOneAgainst, type NormalizeOne } from './normalize-one.ts';
import { countBelowInSorted } from './percentile-rank.ts';
import { roundTo } from './rounding.ts';
import { onScale } from './scale.ts';
import type { AggregatedColumn, IndicatorColumn, ScoringYear } from './stages.ts';
import { usableNumber } from './values.ts';

/** A year's scored columns as the engine computed them, before any value is replaced. */
export interface ScoredYear {
  year: ScoringYear;
  indicatorColumns: readonly IndicatorColumn[];
  domainColumns: readonly AggregatedColumn[];
  composite: AggregatedColumn;
  scores: readonly (number | null)[];
}

/** The guessed level for each replacement value; null where the school would have no score. */
export type LevelEstimate = (value: number) => number | null;

/** Each column is prepared once per normalization group, the first time a school needs it. */
export function levelEstimator(scored: ScoredYear): (entityIndex: number, column: IndicatorColumn) => LevelEstimate {
  const prepared = new Map<readonly (number | null)[], Map<string, NormalizeOne>>();
  const groupKeys = scored.year.groupKeys;
  const against = (values: readonly (number | null)[], groupKey: string | null): NormalizeOne => {
    let byGroup = prepared.get(values);
    if (!byGroup) prepared.set(values, (byGroup = new Map()));
    const key = groupKey ?? '';
    let normalizeOne = byGroup.get(key);
    if (!normalizeOne) {
      normalizeOne = normalizeOneAgainst(groupKey === null ? values : values.filter((_, e) => groupKeys?.[e] === groupKey));
      byGroup.set(key, normalizeOne);
    }
    return normalizeOne;
  };
  const ascendingScores = Float64Array.from(scored.scores.filter((s): s is number => s !== null)).sort();
  return (entityIndex, column) => {
    const groupKey = groupKeys?.[entityIndex] ?? null;
    const own = <T>(values: readonly (T | null)[]) => values[entityIndex] ?? null;
    /** The school's `value` in `values`, normalized against the others' in its group (or all schools'). */
    const normalized = (values: readonly (number | null)[], value: number | null, normalization: Normalization, group = groupKey) =>
      value === null ? null : against(values, group)(own(values), value, normalization);
    const ownScore = own(scored.scores);
    return (value) => {
      const score = estimateScore(scored, entityIndex, column, usableNumber(value), normalized);
      const levels = scored.year.input.method.levels;
      if (score === null || !levels) return null;
      const othersBelow = countBelowInSorted(ascendingScores, score) - (ownScore !== null && ownScore < score ? 1 : 0);
      return levelAmong(score, othersBelow, ascendingScores.length + (ownScore === null ? 1 : 0), levels);
    };
  };
}

type Normalized = (
  values: readonly (number | null)[],
  value: number | null,
  normalization: Normalization,
  groupKey?: string | null,
) => number | null;

/** The school's published score through the engine's stages, each normalized by `normalized`. */
function estimateScore(
  { year, indicatorColumns, domainColumns, composite }: ScoredYear,
  entityIndex: number,
  column: IndicatorColumn,
  value: number | null,
  normalized: Normalized,
): number | null {
  const { method, domains } = year.input;
  const normalization = method.indicators.normalization;
  const share = normalized(column.values, value, normalization);
  const flip = pointsAgainstIndex(column.indicator.direction, method.orientation);
  const indicatorScore = share === null ? null : roundTo(flip ? flipNormalized(share, normalization) : share, method.indicators.round);
  const domainParts = indicatorColumns
    .filter((c) => c.domainIndex === column.domainIndex)
    .map((c) => ({ weight: c.indicator.weight, value: c === column ? indicatorScore : (c.normalized[entityIndex] ?? null) }));
  const domain = domainColumns[column.domainIndex] as AggregatedColumn;
  const domainRounded = aggregated(domainParts, method.domains);
  const domainValue = normalized(domain.rounded, domainRounded, method.domains.normalization);
  const domainScore = domainValue === null ? null : roundTo(domainValue, method.domains.round);
  const compositeParts = domains.map((d, i) => {
    const byScore = method.composite.input === 'score';
    const other = domainColumns[i] as AggregatedColumn;
    const own =
      i === column.domainIndex
        ? byScore
          ? domainScore
          : domainRounded
        : ((byScore ? other.normalized : other.rounded)[entityIndex] ?? null);
    return { weight: d.weight, value: own };
  });
  const compositeRounded = aggregated(compositeParts, method.composite);
  const compositeValue = normalized(composite.rounded, compositeRounded, method.composite.normalization);
  const compositeScore = compositeValue === null ? null : roundTo(compositeValue, method.composite.round);
  if (compositeScore === null) return null;
  if (method.scale.method === 'none') return onScale(compositeScore, method.scale);
  // The scale spans every scored school of the year, whatever the scope.
  return onScale(normalized(composite.normalized, compositeScore, method.scale.method, null) as number, method.scale);
}

function aggregated(
  parts: { weight: number; value: number | null }[],
  stage: ScoringYear['input']['method']['domains'] | ScoringYear['input']['method']['composite'],
): number | null {
  const { value } = aggregateWeighted(parts, stage.aggregation, stage.min_coverage);
  return value === null ? null : roundTo(value, stage.round_aggregate);
}

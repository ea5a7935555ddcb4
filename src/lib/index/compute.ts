/**
 * The equity index engine: one school year's indicator values in, every school's indicator,
 * domain and composite scores out, in the order the schools came in.
 *
 * How a score is computed (the `method` options are in `method.ts`):
 *
 * 1. Indicator normalization. Each indicator is normalized across the year's schools that
 *    have a value for it (only among schools of the same level when `scope` is `level`):
 *    - `none`: the value as it is;
 *    - `zscore`: (x − mean) / SD, with the population SD (divided by N); if all values are
 *      equal, every school gets 0;
 *    - `minmax`: (x − min) / (max − min); if all values are equal, every school gets 0.5;
 *    - `percentile`: PERCENTRANK.INC as spreadsheets compute it: the number of values
 *      strictly below x divided by N − 1, so ties share a percentile; a single school gets 1.
 *    A missing value (empty, null, not a number) is left out of N, the mean and the extremes.
 * 2. Orientation. The index points one way: `need` (higher = greater need) or `performance`
 *    (higher = better results). After normalizing, an indicator that points against it is
 *    flipped: in a need index the `higher_is_better` indicators, in a performance index the
 *    `lower_is_better` ones. A flip is 1 − v for percentile and minmax, −v for zscore and
 *    none. Then the value is rounded to `indicators.round` decimals, if set.
 * 3. Domains. A domain's coverage for a school is the weight of its indicators that have a
 *    value divided by the weight of all its indicators. Below `domains.min_coverage` (read
 *    with a slack of 0.00005, so 0.6667 admits two thirds) the domain has "insufficient
 *    data" and no value. Otherwise its aggregate is, over the indicators with a value,
 *    `weighted_mean`: Σ wᵢvᵢ / Σ wᵢ, or `sum`: Σ wᵢvᵢ × (all weight / present weight), which
 *    is the plain weighted sum when nothing is missing. The aggregate is rounded to
 *    `round_aggregate`, then normalized again across schools (`domains.normalization`, same
 *    scope rule, never flipped) and rounded to `domains.round`: the domain score.
 * 4. Composite. The same rule combines the domains with enough data, taking each domain's
 *    score (`composite.input: score`) or its aggregate (`aggregate`), weighted by domain
 *    weight, with `composite.min_coverage`, `round_aggregate`, then `composite.normalization`
 *    (same scope rule) and `round`: the normalized composite.
 * 5. Scale. The normalized composite is put on the published scale across all of the year's
 *    schools that have one, whatever their level: `none` keeps it, `minmax` maps lowest to
 *    `min` and highest to `max` (all equal: the midpoint), `percentile` is
 *    PERCENTRANK.INC × (max − min) + min. Rounded to `scale.round`: the published score.
 * 6. Rank. Schools with a score are ranked by it, highest first, across all levels. Equal
 *    published scores share the best rank among them and the next rank is skipped (1, 2, 2, 4).
 * 7. Levels (if set). `quantiles` with K levels: level = min(K, floor(p × K) + 1) where p is
 *    the PERCENTRANK.INC of the school's score among scored schools, so tied scores share a
 *    level; `cuts`: level = 1 + the number of cut points at or below the score.
 * 8. Contributions. When neither domains nor composite are re-normalized (and no domain or
 *    composite aggregate is rounded), each indicator with a value gets its share of the
 *    composite aggregate: value × its weight share in the domain × the domain's weight share
 *    in the composite, so a school's contributions add up to its composite aggregate. Otherwise,
 *    and for indicators of a domain or composite with insufficient data, it is null.
 * 9. Display-only indicators (`scored: false`) are dropped before step 1: they take no part
 *    in any normalization, coverage, weight or score, and have no entry in the output.
 * 10. Missing data is never read as zero: a school without enough data gets "insufficient
 *    data" and no score, rank or level, and is left out of everyone else's normalization.
 */
import type { WeightedAggregate } from './aggregate.ts';
import { contributionsAreAdditive } from './contributions.ts';
import { assignLevels } from './levels.ts';
import { competitionRanks } from './rank.ts';
import { aggregateComposite, aggregateDomain, indicatorValues, scoreIndicator, scoringYear, type AggregatedColumn } from './stages.ts';
import type { CompositeScore, DomainScore, EntityScore, IndexInput, IndicatorScore } from './types.ts';

export { computeScoreChanges } from './changes.ts';

export function computeIndexScores(input: IndexInput): EntityScore[] {
  const year = scoringYear(input);
  const { method, entities } = year.input;

  const indicatorColumns = year.input.indicators.map((indicator) =>
    scoreIndicator(year, indicator, indicatorValues(year.input, indicator)),
  );
  const domainColumns = input.domains.map((_, d) => aggregateDomain(year, d, indicatorColumns));
  const { composite: compositeColumn, scores } = aggregateComposite(year, domainColumns);
  const ranks = competitionRanks(scores);
  const levels = method.levels ? assignLevels(scores, method.levels) : scores.map(() => null);
  const additive = contributionsAreAdditive(method);

  return entities.map((entity, e): EntityScore => {
    const compositeAggregate = compositeColumn.aggregates[e] as WeightedAggregate;
    const indicators: Record<string, IndicatorScore> = {};
    for (const column of indicatorColumns) {
      const domainColumn = domainColumns[column.domainIndex] as AggregatedColumn;
      const domainAggregate = domainColumn.aggregates[e] as WeightedAggregate;
      const normalized = column.normalized[e] ?? null;
      const shareInDomain = domainAggregate.multipliers[column.positionInDomain] ?? null;
      const shareInComposite = compositeAggregate.multipliers[column.domainIndex] ?? null;
      const contribution =
        additive && normalized !== null && shareInDomain !== null && shareInComposite !== null
          ? normalized * shareInDomain * shareInComposite
          : null;
      indicators[column.indicator.id] = { value: column.values[e] ?? null, normalized, contribution };
    }
    const domains: Record<string, DomainScore> = {};
    input.domains.forEach((domain, d) => {
      const column = domainColumns[d] as AggregatedColumn;
      const aggregate = column.aggregates[e] as WeightedAggregate;
      domains[domain.id] = {
        status: aggregate.status,
        coverage: aggregate.coverage,
        aggregate: column.rounded[e] ?? null,
        score: column.normalized[e] ?? null,
      };
    });
    const composite: CompositeScore = {
      status: compositeAggregate.status,
      coverage: compositeAggregate.coverage,
      aggregate: compositeColumn.rounded[e] ?? null,
      normalized: compositeColumn.normalized[e] ?? null,
      score: scores[e] ?? null,
      rank: ranks[e] ?? null,
      level: levels[e] ?? null,
    };
    return { id: entity.id, indicators, domains, composite };
  });
}

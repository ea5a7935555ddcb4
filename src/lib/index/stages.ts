import { aggregateWeighted, type WeightedAggregate } from './aggregate.ts';
import type { IndexMethod } from './method.ts';
import { flipNormalized, pointsAgainstIndex } from './normalize.ts';
import { roundTo } from './rounding.ts';
import { normalizeWithinGroups } from './scope.ts';
import type { IndexIndicator, IndexInput } from './types.ts';
import { usableNumber } from './values.ts';

/**
 * The engine's stages, each computed for all of a year's schools at once because every
 * normalization compares a school with the others. Columns keep the schools' input order.
 */

/** An indicator's raw and normalized values for each school. */
export interface IndicatorColumn {
  indicator: IndexIndicator;
  /** Its domain's position in `input.domains`. */
  domainIndex: number;
  /** Its position among its domain's indicators, as the domain aggregate lists its parts. */
  positionInDomain: number;
  values: (number | null)[];
  normalized: (number | null)[];
}

/** A domain's or the composite's values for each school. */
export interface AggregatedColumn {
  aggregates: WeightedAggregate[];
  /** Aggregates rounded to `round_aggregate`; null where data are insufficient. */
  rounded: (number | null)[];
  /** After the stage's normalization and `round`. */
  normalized: (number | null)[];
}

type AggregationStage = IndexMethod['domains'] | IndexMethod['composite'];

/** Normalizes one indicator across schools, then points it the index's way and rounds it. */
export function scoreIndicator(input: IndexInput, indicator: IndexIndicator, groupKeys: readonly string[] | null): IndicatorColumn {
  const { method } = input;
  const normalization = method.indicators.normalization;
  const values = input.entities.map((entity) => usableNumber(input.values[entity.id]?.[indicator.id]));
  const flip = pointsAgainstIndex(indicator.direction, method.orientation);
  // Flip after normalizing: 1 − percentile keeps tied schools tied, ranking negated values would not.
  const normalized = normalizeWithinGroups(values, groupKeys, normalization).map((v) =>
    v === null ? null : roundTo(flip ? flipNormalized(v, normalization) : v, method.indicators.round),
  );
  const domainIndex = input.domains.findIndex((domain) => domain.id === indicator.domain);
  const positionInDomain = input.indicators.filter((i) => i.domain === indicator.domain).indexOf(indicator);
  return { indicator, domainIndex, positionInDomain, values, normalized };
}

/** Combines weighted columns school by school, then re-normalizes the result across schools. */
export function aggregateStage(
  parts: readonly { weight: number; values: readonly (number | null)[] }[],
  stage: AggregationStage,
  groupKeys: readonly string[] | null,
  entityCount: number,
): AggregatedColumn {
  const aggregates = Array.from({ length: entityCount }, (_, e) =>
    aggregateWeighted(
      parts.map((part) => ({ weight: part.weight, value: part.values[e] ?? null })),
      stage.aggregation,
      stage.min_coverage,
    ),
  );
  const rounded = aggregates.map((a) => (a.value === null ? null : roundTo(a.value, stage.round_aggregate)));
  const normalized = normalizeWithinGroups(rounded, groupKeys, stage.normalization).map((v) =>
    v === null ? null : roundTo(v, stage.round),
  );
  return { aggregates, rounded, normalized };
}

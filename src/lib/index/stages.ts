import { aggregateValue, aggregateWeighted, type WeightedAggregate, type WeightedPart } from './aggregate.ts';
import type { IndexMethod } from './method.ts';
import { flipNormalized, pointsAgainstIndex } from './normalize.ts';
import { roundTo } from './rounding.ts';
import { scaleScores } from './scale.ts';
import { normalizeWithinGroups } from './scope.ts';
import type { IndexIndicator, IndexInput } from './types.ts';
import { assertScorableInput } from './validate-input.ts';
import { usableNumber } from './values.ts';

/**
 * The engine's stages, each computed for all of a year's schools at once because every
 * normalization compares a school with the others. Columns keep the schools' input order.
 * `computeIndexScores` runs them all; `yearEvaluator` re-runs only those one changed value
 * reaches, so both must go through these same functions to agree to the last bit.
 */

/** A year ready to score: only its scored indicators, and each school's normalization group. */
export interface ScoringYear {
  input: IndexInput;
  /** Each school's `scope` when normalizing within levels; null when all schools go together. */
  groupKeys: readonly string[] | null;
}

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

/** Validates the input and drops display-only indicators, which take part in nothing. */
export function scoringYear(input: IndexInput): ScoringYear {
  const scored = { ...input, indicators: assertScorableInput(input) };
  return { input: scored, groupKeys: input.method.scope === 'level' ? input.entities.map((e) => e.scope) : null };
}

/** Each school's usable value of the indicator, in school order. */
export function indicatorValues(input: IndexInput, indicator: IndexIndicator): (number | null)[] {
  return input.entities.map((entity) => usableNumber(input.values[entity.id]?.[indicator.id]));
}

/** Normalizes one indicator's `values` across schools, then points it the index's way and rounds it. */
export function scoreIndicator(year: ScoringYear, indicator: IndexIndicator, values: (number | null)[]): IndicatorColumn {
  const { input, groupKeys } = year;
  const { method } = input;
  const normalization = method.indicators.normalization;
  const flip = pointsAgainstIndex(indicator.direction, method.orientation);
  // Flip after normalizing: 1 − percentile keeps tied schools tied, ranking negated values would not.
  const normalized = normalizeWithinGroups(values, groupKeys, normalization).map((v) =>
    v === null ? null : roundTo(flip ? flipNormalized(v, normalization) : v, method.indicators.round),
  );
  const domainIndex = input.domains.findIndex((domain) => domain.id === indicator.domain);
  const positionInDomain = input.indicators.filter((i) => i.domain === indicator.domain).indexOf(indicator);
  return { indicator, domainIndex, positionInDomain, values, normalized };
}

/** What the later stages read of a domain or the composite: its rounded and normalized values. */
export type StageValues = Pick<AggregatedColumn, 'rounded' | 'normalized'>;

type StageParts = readonly { weight: number; values: readonly (number | null)[] }[];

/** Combines weighted columns school by school, then re-normalizes the result across schools. */
function aggregateStage(parts: StageParts, stage: AggregationStage, year: ScoringYear): AggregatedColumn {
  const aggregates = eachSchool(parts, year, (schoolParts) => aggregateWeighted(schoolParts, stage.aggregation, stage.min_coverage));
  return {
    aggregates,
    ...normalizedStage(
      aggregates.map((a) => a.value),
      stage,
      year.groupKeys,
    ),
  };
}

/** `aggregateStage` without the aggregates, which re-scoring for one changed value does not read. */
function stageValues(parts: StageParts, stage: AggregationStage, year: ScoringYear): StageValues {
  return normalizedStage(
    eachSchool(parts, year, (schoolParts) => aggregateValue(schoolParts, stage.aggregation, stage.min_coverage)),
    stage,
    year.groupKeys,
  );
}

function eachSchool<T>(parts: StageParts, year: ScoringYear, aggregate: (schoolParts: readonly WeightedPart[]) => T): T[] {
  // The aggregates keep nothing of the list they are given, so one list serves every school
  // instead of thousands of short-lived ones per stage.
  const schoolParts: WeightedPart[] = parts.map((part) => ({ weight: part.weight, value: null }));
  const results: T[] = [];
  for (let e = 0; e < year.input.entities.length; e++) {
    parts.forEach((part, i) => {
      (schoolParts[i] as WeightedPart).value = part.values[e] ?? null;
    });
    results.push(aggregate(schoolParts));
  }
  return results;
}

function normalizedStage(values: readonly (number | null)[], stage: AggregationStage, groupKeys: readonly string[] | null): StageValues {
  const rounded = values.map((v) => (v === null ? null : roundTo(v, stage.round_aggregate)));
  const normalized = normalizeWithinGroups(rounded, groupKeys, stage.normalization).map((v) =>
    v === null ? null : roundTo(v, stage.round),
  );
  return { rounded, normalized };
}

function domainParts(domainIndex: number, indicatorColumns: readonly IndicatorColumn[]): StageParts {
  return indicatorColumns
    .filter((column) => column.domainIndex === domainIndex)
    .map((column) => ({ weight: column.indicator.weight, values: column.normalized }));
}

/** The domain at `domainIndex`, from the indicator columns of all domains. */
export function aggregateDomain(year: ScoringYear, domainIndex: number, indicatorColumns: readonly IndicatorColumn[]): AggregatedColumn {
  return aggregateStage(domainParts(domainIndex, indicatorColumns), year.input.method.domains, year);
}

/** `aggregateDomain`'s values alone, to the bit. */
export function domainValues(year: ScoringYear, domainIndex: number, indicatorColumns: readonly IndicatorColumn[]): StageValues {
  return stageValues(domainParts(domainIndex, indicatorColumns), year.input.method.domains, year);
}

function compositeParts({ input }: ScoringYear, domainColumns: readonly StageValues[]): StageParts {
  return input.domains.map((domain, d) => {
    const column = domainColumns[d] as StageValues;
    return { weight: domain.weight, values: input.method.composite.input === 'score' ? column.normalized : column.rounded };
  });
}

/** The composite of the domains, and each school's published score on the method's scale. */
export function aggregateComposite(
  year: ScoringYear,
  domainColumns: readonly StageValues[],
): { composite: AggregatedColumn; scores: (number | null)[] } {
  const { method } = year.input;
  const composite = aggregateStage(compositeParts(year, domainColumns), method.composite, year);
  return { composite, scores: scaleScores(composite.normalized, method.scale) };
}

/** `aggregateComposite`'s scores alone, to the bit. */
export function compositeScores(year: ScoringYear, domainColumns: readonly StageValues[]): (number | null)[] {
  const { method } = year.input;
  return scaleScores(stageValues(compositeParts(year, domainColumns), method.composite, year).normalized, method.scale);
}

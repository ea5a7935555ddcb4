import fc from 'fast-check';
import { IndexMethodSchema, type IndexMethod } from '../../src/lib/index/method.ts';
import type { LevelsMethod } from '../../src/lib/index/levels.ts';
import type { Direction, IndexIndicator, IndexInput } from '../../src/lib/index/types.ts';

/**
 * Random but valid index inputs for property tests. Values are small integers (so ties are
 * common) or numbers with 3 decimals (never so tiny that squaring them underflows), with
 * about one value in six missing.
 */

const normalization = fc.constantFrom('none', 'zscore', 'minmax', 'percentile' as const);
const aggregation = fc.constantFrom('weighted_mean', 'sum' as const);
const rounding = fc.constantFrom(null, 0, 1, 2, 4);

const levelsArb: fc.Arbitrary<LevelsMethod> = fc.oneof(
  fc.record({ method: fc.constant('quantiles' as const), count: fc.integer({ min: 2, max: 10 }) }),
  fc.record({
    method: fc.constant('cuts' as const),
    cuts: fc.uniqueArray(fc.integer({ min: -50, max: 150 }), { minLength: 1, maxLength: 4 }).map((c) => c.sort((a, b) => a - b)),
  }),
);

const methodArb: fc.Arbitrary<IndexMethod> = fc
  .record({
    title: fc.constant('Property index'),
    orientation: fc.constantFrom('need', 'performance' as const),
    scope: fc.constantFrom('all', 'level' as const),
    indicators: fc.record({ normalization, round: rounding }),
    domains: fc.record({
      aggregation,
      min_coverage: fc.constantFrom(0.5, 0.6667, 1),
      round_aggregate: rounding,
      normalization,
      round: rounding,
    }),
    composite: fc.record({
      input: fc.constantFrom('score', 'aggregate' as const),
      aggregation,
      min_coverage: fc.constantFrom(0.5, 1),
      round_aggregate: rounding,
      normalization,
      round: rounding,
    }),
    scale: fc
      .record({
        method: fc.constantFrom('none', 'minmax', 'percentile' as const),
        min: fc.integer({ min: -50, max: 50 }),
        span: fc.integer({ min: 1, max: 200 }),
        round: rounding,
      })
      .map(({ span, ...scale }) => ({ ...scale, max: scale.min + span })),
    levels: fc.option(levelsArb, { nil: undefined }),
  })
  .map((raw) => IndexMethodSchema.parse(raw));

const value = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((i) => i / 1000),
);

const structureArb = fc.record({
  domains: fc.array(
    fc.record({
      weight: fc.integer({ min: 1, max: 5 }),
      indicators: fc.array(
        fc.record({
          weight: fc.integer({ min: 1, max: 5 }),
          direction: fc.constantFrom<Direction>('higher_is_better', 'lower_is_better'),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  entityCount: fc.integer({ min: 2, max: 12 }),
});

export const inputArb: fc.Arbitrary<IndexInput> = fc.tuple(structureArb, methodArb).chain(([structure, method]) => {
  const indicators: IndexIndicator[] = structure.domains.flatMap((domain, d) =>
    domain.indicators.map((indicator, i) => ({ id: `d${d}i${i}`, domain: `d${d}`, ...indicator })),
  );
  const row = fc.array(fc.option(value, { freq: 6, nil: null }), {
    minLength: indicators.length,
    maxLength: indicators.length,
  });
  return fc
    .array(fc.tuple(row, fc.constantFrom('elementary', 'high')), {
      minLength: structure.entityCount,
      maxLength: structure.entityCount,
    })
    .map((rows): IndexInput => ({
      method,
      domains: structure.domains.map((domain, d) => ({ id: `d${d}`, weight: domain.weight })),
      indicators,
      entities: rows.map(([, scope], e) => ({ id: `school-${e}`, scope })),
      values: Object.fromEntries(
        rows.map(([values], e) => [`school-${e}`, Object.fromEntries(indicators.map((ind, i) => [ind.id, values[i] ?? null]))]),
      ),
    }));
});

/** The same input with parts of the method replaced. */
export function withMethod(input: IndexInput, change: (method: IndexMethod) => IndexMethod): IndexInput {
  return { ...input, method: change(input.method) };
}

/** Settings under which contributions add up: no re-normalization or rounding between indicator and composite aggregate. */
export function additive(method: IndexMethod): IndexMethod {
  return {
    ...method,
    domains: { ...method.domains, normalization: 'none', round_aggregate: null, round: null },
    composite: { ...method.composite, normalization: 'none', round_aggregate: null },
  };
}

/** Random inputs whose method always sorts schools into levels. */
export const inputWithLevelsArb: fc.Arbitrary<IndexInput> = fc
  .tuple(inputArb, levelsArb)
  .map(([input, levels]) => withMethod(input, (m) => ({ ...m, levels })));

/** One school's cell: any school, any scored indicator, whether or not it has a value. */
export interface Cell {
  entityId: string;
  indicatorId: string;
}

export function cellArb(input: IndexInput): fc.Arbitrary<Cell> {
  return fc.record({
    entityId: fc.constantFrom(...input.entities.map((e) => e.id)),
    indicatorId: fc.constantFrom(...input.indicators.filter((i) => i.scored !== false).map((i) => i.id)),
  });
}

/**
 * A replacement value for an indicator: a value like the generated ones, one another school
 * has (a tie), one far beyond every school's, or no number at all.
 */
export function replacementArb(input: IndexInput, indicatorId: string): fc.Arbitrary<number> {
  const others = input.entities.map((e) => input.values[e.id]?.[indicatorId]).filter((v): v is number => typeof v === 'number');
  return fc.oneof(value, ...(others.length > 0 ? [fc.constantFrom(...others)] : []), fc.constantFrom(-1e6, 1e6, 123_456.789, Number.NaN));
}

import { describe, expect, it } from 'vitest';
import { computeIndexScores } from '../../src/lib/index/compute.ts';
import type { IndexInput } from '../../src/lib/index/types.ts';
import { methodOf } from './build-input.ts';

/** Two domains: A = {a1 weight 2, a2 weight 1}, B = {b1}; domain weights 1 and 1. */
function twoDomainInput(method: IndexInput['method'], values: IndexInput['values']): IndexInput {
  return {
    method,
    domains: [
      { id: 'A', weight: 1 },
      { id: 'B', weight: 1 },
    ],
    indicators: [
      { id: 'a1', domain: 'A', direction: 'lower_is_better', weight: 2 },
      { id: 'a2', domain: 'A', direction: 'lower_is_better', weight: 1 },
      { id: 'b1', domain: 'B', direction: 'lower_is_better', weight: 1 },
    ],
    entities: Object.keys(values).map((id) => ({ id, scope: 'all' })),
    values,
  };
}

const noScaling = { scale: { method: 'none' } };

describe('computeIndexScores', () => {
  it('returns the schools in input order', () => {
    const values = { z: { a1: 1, a2: 1, b1: 1 }, a: { a1: 2, a2: 2, b1: 2 }, m: { a1: 3, a2: 3, b1: 3 } };
    expect(computeIndexScores(twoDomainInput(methodOf(), values)).map((s) => s.id)).toEqual(['z', 'a', 'm']);
  });

  describe('min_coverage', () => {
    const values = {
      full: { a1: 10, a2: 10, b1: 10 },
      noA2: { a1: 20, b1: 20 },
      noA1: { a2: 30, b1: 30 },
      other: { a1: 40, a2: 40, b1: 40 },
    };

    it('keeps a domain at 2/3 coverage under the default threshold and drops it at 1/3', () => {
      const scores = computeIndexScores(twoDomainInput(methodOf({ indicators: { normalization: 'none' } }), values));
      const byId = Object.fromEntries(scores.map((s) => [s.id, s]));
      expect(byId.noA2?.domains.A).toEqual({ status: 'ok', coverage: 2 / 3, aggregate: 20, score: 20 });
      expect(byId.noA1?.domains.A).toEqual({ status: 'insufficient_data', coverage: 1 / 3, aggregate: null, score: null });
    });

    it('drops the composite when a domain is missing and the composite requires full coverage', () => {
      const scores = computeIndexScores(twoDomainInput(methodOf({ indicators: { normalization: 'none' } }), values));
      const noA1 = scores.find((s) => s.id === 'noA1');
      expect(noA1?.composite).toEqual({
        status: 'insufficient_data',
        coverage: 0.5,
        aggregate: null,
        normalized: null,
        score: null,
        rank: null,
        level: null,
      });
      expect(Object.values(noA1?.indicators ?? {}).map((i) => i.contribution)).toEqual([null, null, null]);
    });

    it('builds the composite from the domains present when the composite threshold allows', () => {
      const method = methodOf({ indicators: { normalization: 'none' }, composite: { min_coverage: 0.5 }, ...noScaling });
      const noA1 = computeIndexScores(twoDomainInput(method, values)).find((s) => s.id === 'noA1');
      expect(noA1?.composite).toMatchObject({ status: 'ok', coverage: 0.5, aggregate: 30, score: 30 });
      // b1 carries the whole composite; a2, in an insufficient domain, carries nothing.
      expect(noA1?.indicators.b1?.contribution).toBe(30);
      expect(noA1?.indicators.a2).toEqual({ value: 30, normalized: 30, contribution: null });
    });

    it('leaves a school without enough data out of the other schools’ normalization', () => {
      const method = methodOf({ indicators: { normalization: 'none' }, domains: { normalization: 'minmax' } });
      const scores = computeIndexScores(twoDomainInput(method, values));
      // A's aggregates among schools with enough data: 10, 20, 40.
      expect(scores.map((s) => s.domains.A?.score)).toEqual([0, 1 / 3, null, 1]);
    });
  });

  it('reads null, undefined, NaN, Infinity and an absent school row as missing, never as zero', () => {
    const method = methodOf({ indicators: { normalization: 'none' }, domains: { min_coverage: 0.1 }, ...noScaling });
    const input = twoDomainInput(method, {
      s1: { a1: 1, a2: Number.NaN, b1: 4 },
      s2: { a1: null, a2: undefined, b1: Number.POSITIVE_INFINITY },
      s3: { a1: 3, a2: 3, b1: 3 },
    });
    const scores = computeIndexScores({ ...input, entities: [...input.entities, { id: 's4', scope: 'all' }] });
    expect(scores[0]?.indicators.a2).toEqual({ value: null, normalized: null, contribution: null });
    expect(scores[0]?.domains.A).toMatchObject({ coverage: 2 / 3, aggregate: 1 });
    expect(scores[1]?.domains.A).toMatchObject({ status: 'insufficient_data', coverage: 0 });
    expect(scores[1]?.indicators.b1?.value).toBeNull();
    expect(scores[3]?.composite).toMatchObject({ status: 'insufficient_data', coverage: 0, score: null });
  });

  it('flips lower_is_better indicators in a performance index', () => {
    const input: IndexInput = {
      method: methodOf({ orientation: 'performance', indicators: { normalization: 'percentile' } }),
      domains: [{ id: 'D', weight: 1 }],
      indicators: [
        { id: 'proficiency', domain: 'D', direction: 'higher_is_better', weight: 1 },
        { id: 'absence', domain: 'D', direction: 'lower_is_better', weight: 1 },
      ],
      entities: [
        { id: 'x', scope: 'all' },
        { id: 'y', scope: 'all' },
      ],
      values: { x: { proficiency: 80, absence: 5 }, y: { proficiency: 60, absence: 15 } },
    };
    const [x, y] = computeIndexScores(input);
    expect(x?.indicators.proficiency?.normalized).toBe(1);
    expect(x?.indicators.absence?.normalized).toBe(1);
    expect(y?.indicators.absence?.normalized).toBe(0);
    expect(x?.composite).toMatchObject({ score: 100, rank: 1 });
  });

  it('with scope = level, normalizes each level separately, then scales and ranks all together', () => {
    const input: IndexInput = {
      method: methodOf({ scope: 'level', indicators: { normalization: 'percentile' }, scale: { method: 'none' } }),
      domains: [{ id: 'D', weight: 1 }],
      indicators: [{ id: 'need', domain: 'D', direction: 'lower_is_better', weight: 1 }],
      entities: [
        { id: 'e1', scope: 'elementary' },
        { id: 'h1', scope: 'high' },
        { id: 'e2', scope: 'elementary' },
        { id: 'h2', scope: 'high' },
        { id: 'h3', scope: 'high' },
      ],
      values: { e1: { need: 10 }, h1: { need: 90 }, e2: { need: 20 }, h2: { need: 95 }, h3: { need: 99 } },
    };
    const scores = computeIndexScores(input);
    expect(scores.map((s) => s.indicators.need?.normalized)).toEqual([0, 0, 1, 0.5, 1]);
    // All together, h1 (90) would be at 0.5; within its level it is the lowest.
    expect(scores.map((s) => s.composite.rank)).toEqual([4, 4, 1, 3, 1]);
  });

  it('composite.input aggregate reads domain aggregates, score reads re-normalized domain scores', () => {
    const values = { p: { a1: 1, a2: 1, b1: 100 }, q: { a1: 3, a2: 3, b1: 200 } };
    const base = { indicators: { normalization: 'none' }, domains: { normalization: 'minmax' }, ...noScaling };
    const fromScore = computeIndexScores(twoDomainInput(methodOf({ ...base, composite: { input: 'score' } }), values));
    const fromAggregate = computeIndexScores(twoDomainInput(methodOf({ ...base, composite: { input: 'aggregate' } }), values));
    expect(fromScore.map((s) => s.composite.aggregate)).toEqual([0, 1]);
    expect(fromAggregate.map((s) => s.composite.aggregate)).toEqual([(1 + 100) / 2, (3 + 200) / 2]);
  });

  it('rounds each stage as the method says, half away from zero', () => {
    const method = methodOf({
      indicators: { normalization: 'none', round: 1 },
      domains: { round_aggregate: 2, normalization: 'none', round: 1 },
      composite: { round_aggregate: 1, round: 0 },
      scale: { method: 'minmax', min: 0, max: 10, round: 1 },
    });
    const input = twoDomainInput(method, {
      s1: { a1: 1.25, a2: 0.04, b1: 2.449 },
      s2: { a1: 0, a2: 0, b1: 0 },
      s3: { a1: 10, a2: 10, b1: 10 },
    });
    const [s1] = computeIndexScores(input);
    // Indicators to 1 place: 1.25 → 1.3, 0.04 → 0, 2.449 → 2.4.
    expect(Object.values(s1?.indicators ?? {}).map((i) => i.normalized)).toEqual([1.3, 0, 2.4]);
    // A: (2 × 1.3 + 0) / 3 = 0.8666… → aggregate 0.87 → score 0.9. B: 2.4 → 2.4.
    expect(s1?.domains.A).toMatchObject({ aggregate: 0.87, score: 0.9 });
    expect(s1?.domains.B).toMatchObject({ aggregate: 2.4, score: 2.4 });
    // Composite: (0.9 + 2.4) / 2 = 1.65 → 1.7 → 2; scaled against 0 and 10: 2.
    expect(s1?.composite).toMatchObject({ aggregate: 1.7, normalized: 2, score: 2 });
  });

  describe('contributions', () => {
    const values = { s1: { a1: 1, a2: 5, b1: 2 }, s2: { a1: 2, b1: 9 }, s3: { a1: 4, a2: 3, b1: 3 } };

    it('add up to the composite aggregate, including a school with a missing indicator', () => {
      for (const aggregation of ['weighted_mean', 'sum'] as const) {
        const method = methodOf({ domains: { aggregation }, composite: { aggregation } });
        for (const s of computeIndexScores(twoDomainInput(method, values))) {
          const sum = Object.values(s.indicators).reduce((total, i) => total + (i.contribution ?? 0), 0);
          expect(sum).toBeCloseTo(s.composite.aggregate as number, 12);
        }
      }
    });

    it('are null when domains or composite are re-normalized or a domain aggregate is rounded', () => {
      for (const options of [
        { domains: { normalization: 'zscore' } },
        { composite: { normalization: 'percentile' } },
        { domains: { round_aggregate: 2 } },
        { composite: { round_aggregate: 2 } },
        { domains: { round: 2 } },
      ]) {
        const scores = computeIndexScores(twoDomainInput(methodOf(options), values));
        expect(scores.flatMap((s) => Object.values(s.indicators).map((i) => i.contribution))).toEqual(Array(9).fill(null));
      }
    });

    it('survive rounding that does not break additivity (indicators, composite, scale)', () => {
      const rounded = { indicators: { round: 2 }, domains: { round: 2 }, scale: { round: 0 } };
      const fromAggregates = methodOf({ ...rounded, composite: { input: 'aggregate', round: 1 } });
      const s1 = computeIndexScores(twoDomainInput(fromAggregates, values))[0];
      const sum = Object.values(s1?.indicators ?? {}).reduce((total, i) => total + (i.contribution as number), 0);
      expect(sum).toBeCloseTo(s1?.composite.aggregate as number, 12);
      // The same rounding of domain scores does break it when the composite reads the scores.
      const fromScores = methodOf({ ...rounded, composite: { input: 'score', round: 1 } });
      expect(computeIndexScores(twoDomainInput(fromScores, values))[0]?.indicators.a1?.contribution).toBeNull();
    });
  });

  describe('refuses input it cannot score', () => {
    const valid = twoDomainInput(methodOf(), { s: { a1: 1, a2: 1, b1: 1 } });

    it.each([
      [
        'an indicator of an unknown domain',
        { indicators: [...valid.indicators, { id: 'c1', domain: 'C', direction: 'lower_is_better' as const, weight: 1 }] },
        /names domain "C"/,
      ],
      ['a domain without indicators', { domains: [...valid.domains, { id: 'C', weight: 1 }] }, /domain "C" has no indicators/],
      [
        'a zero weight',
        {
          domains: [
            { id: 'A', weight: 0 },
            { id: 'B', weight: 1 },
          ],
        },
        /weight 0/,
      ],
      ['a duplicated school', { entities: [...valid.entities, ...valid.entities] }, /entity "s" appears more than once/],
    ])('%s', (_what, change, message) => {
      expect(() => computeIndexScores({ ...valid, ...change })).toThrow(message);
    });
  });
});

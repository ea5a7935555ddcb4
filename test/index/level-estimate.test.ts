import { describe, expect, it } from 'vitest';
import type { IndexMethod } from '../../src/lib/index/method.ts';
import type { IndexInput } from '../../src/lib/index/types.ts';
import { yearEvaluator } from '../../src/lib/index/year-evaluator.ts';
import { methodOf } from './build-input.ts';

/** A seeded stream of numbers in [0, 1), so every run draws the same district. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A district of `count` schools, two domains of two percent indicators, about one value in twelve missing. */
function district(method: IndexMethod, count: number, seed: number): IndexInput {
  const next = random(seed);
  const ids = ['a', 'b', 'c', 'd'];
  const entities = Array.from({ length: count }, (_, e) => ({ id: `s${e}`, scope: next() < 0.5 ? 'elementary' : 'high' }));
  return {
    method,
    domains: [
      { id: 'd0', weight: 2 },
      { id: 'd1', weight: 1 },
    ],
    indicators: ids.map((id, i) => ({
      id,
      domain: `d${i % 2}`,
      direction: i === 1 ? 'higher_is_better' : 'lower_is_better',
      weight: 1 + i,
    })),
    entities,
    values: Object.fromEntries(
      entities.map((e) => [e.id, Object.fromEntries(ids.map((id) => [id, next() < 0.08 ? null : Math.round(next() * 1000) / 10]))]),
    ),
  };
}

const NORMALIZATIONS = ['none', 'zscore', 'minmax', 'percentile'] as const;
const methods: [string, IndexMethod][] = NORMALIZATIONS.flatMap((indicators) =>
  (['none', 'minmax', 'percentile'] as const).flatMap((scale) =>
    [
      { method: 'quantiles', count: 5 },
      { method: 'cuts', cuts: [25, 50, 75] },
    ].map((levels): [string, IndexMethod] => [
      `${indicators} indicators, ${scale} scale, ${levels.method}`,
      methodOf({
        scope: indicators === 'minmax' ? 'level' : 'all',
        indicators: { normalization: indicators, round: 2 },
        domains: { normalization: indicators === 'percentile' ? 'zscore' : 'none' },
        composite: { normalization: scale === 'none' ? 'minmax' : 'none', round: 3 },
        scale: { method: scale, min: 0, max: scale === 'none' ? 1 : 100, round: 1 },
        levels: scale === 'none' && levels.method === 'cuts' ? { method: 'cuts', cuts: [0.25, 0.5, 0.75] } : levels,
      }),
    ]),
  ),
);

describe('estimateWithValue', () => {
  it.each(methods)('guesses the exact level for nearly every value in a district of 300 schools: %s', (_, method) => {
    const input = district(method, 300, 17);
    const evaluator = yearEvaluator(input);
    const next = random(29);
    let agree = 0;
    const probes = 200;
    const seen = new Set<number | null>();
    for (let i = 0; i < probes; i++) {
      const school = `s${Math.floor(next() * 300)}`;
      const indicator = ['a', 'b', 'c', 'd'][Math.floor(next() * 4)] as string;
      const value = Math.round(next() * 1000) / 10;
      const exact = evaluator.withValue(school, indicator)(value).level;
      seen.add(exact);
      if (evaluator.estimateWithValue(school, indicator)(value) === exact) agree += 1;
    }
    // What it leaves out, the other schools' shift, decides a level only next to a boundary.
    expect(agree / probes).toBeGreaterThanOrEqual(0.95);
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });

  it('has no level where the method sets none, nor where the school would lack data', () => {
    const input = district(methodOf({ domains: { min_coverage: 1 } }), 20, 5);
    const evaluator = yearEvaluator(input);
    expect(evaluator.estimateWithValue('s0', 'a')(50)).toBeNull();
    const levelled = yearEvaluator({
      ...input,
      method: methodOf({ domains: { min_coverage: 1 }, levels: { method: 'quantiles', count: 3 } }),
    });
    expect(levelled.estimateWithValue('s0', 'a')(Number.NaN)).toBeNull();
  });
});

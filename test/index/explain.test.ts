import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndexScores } from '../../src/lib/index/compute.ts';
import { apportion, explainScore, methodNotDecomposable, type DecomposedScore } from '../../src/lib/index/explain.ts';
import type { Normalization } from '../../src/lib/index/method.ts';
import type { IndexInput } from '../../src/lib/index/types.ts';
import { additive, inputArb, withMethod } from './arbitraries.ts';
import { methodOf } from './build-input.ts';

/**
 * Three schools, one domain of two equally weighted indicators, z-scores, min-max 0–100.
 *   absence (lower is better, so it counts as need as it is): 10, 20, 30 → mean 20, SD √(200/3),
 *     z = −√1.5, 0, +√1.5 (−1.2247, 0, 1.2247);
 *   reading (higher is better, flipped): 50, 80, 80 → mean 70, SD √200, z = −√2, √½, √½,
 *     flipped: +1.4142, −0.7071, −0.7071.
 * Composites (means): a = (−1.2247 + 1.4142) / 2 = 0.0947, b = −0.3536, c = 0.2588.
 * Scale: b → 0, c → 100, factor = 100 / (0.2588 + 0.3536) = 163.299; baseline (composite 0) =
 * 0.3536 × 163.299 = 57.735. School a: 57.735 + (−0.6124 × 163.299 = −100.000) + (0.7071 × 163.299
 * = 115.470) = 73.205. Shown at 1 decimal: 57.7 + 115.5 − 100.0 = 73.2, which is the shown score.
 */
const handWorked: IndexInput = {
  method: methodOf({ scale: { method: 'minmax', round: 1 } }),
  domains: [{ id: 'learning', weight: 1 }],
  indicators: [
    { id: 'absence', domain: 'learning', direction: 'lower_is_better', weight: 1 },
    { id: 'reading', domain: 'learning', direction: 'higher_is_better', weight: 1 },
  ],
  entities: ['a', 'b', 'c'].map((id) => ({ id, scope: 'all' })),
  values: { a: { absence: 10, reading: 50 }, b: { absence: 20, reading: 80 }, c: { absence: 30, reading: 80 } },
};

function explainAll(input: IndexInput, decimals = 1) {
  const scores = computeIndexScores(input);
  return scores.map((entity) => explainScore(input.method, entity, scores, decimals));
}

function decomposed(explanation: ReturnType<typeof explainScore>): DecomposedScore {
  if (!explanation.decomposable) throw new Error(`not decomposable: ${explanation.reason}`);
  return explanation;
}

describe('explainScore', () => {
  it('splits a hand-worked score into a baseline at the district mean and each measure’s points', () => {
    const a = decomposed(explainAll(handWorked)[0] as ReturnType<typeof explainScore>);
    expect(a.score).toBe(73.2);
    expect(a.baseline.meaning).toBe('mean');
    expect(a.baseline.value).toBeCloseTo(57.735, 3);
    expect(a.scaleFactor).toBeCloseTo(163.299, 3);
    expect(a.parts.map((p) => p.indicatorId)).toEqual(['reading', 'absence']);
    expect(a.parts[0]?.part).toBeCloseTo(115.47, 2);
    expect(a.parts[1]?.part).toBeCloseTo(-100, 6);
    expect({ baseline: a.baseline.shown, parts: a.parts.map((p) => p.shown), score: a.shownScore }).toEqual({
      baseline: 57.7,
      parts: [115.5, -100],
      score: 73.2,
    });
  });

  it('says why a score cannot be split, method by method', () => {
    const reason = (options: Record<string, unknown>) => methodNotDecomposable(methodOf(options));
    expect(reason({})).toBeNull();
    expect(reason({ scale: { method: 'percentile' } })).toBe('percentile_scale');
    expect(reason({ domains: { normalization: 'zscore' } })).toBe('renormalized');
    expect(reason({ composite: { normalization: 'minmax' } })).toBe('renormalized');
    expect(reason({ domains: { round_aggregate: 2 } })).toBe('rounded');
    expect(reason({ composite: { round: 3 } })).toBe('rounded');
    expect(reason({ indicators: { round: 2 } })).toBeNull();
    const percentile = explainAll(withMethod(handWorked, (m) => ({ ...m, scale: { ...m.scale, method: 'percentile' } })));
    expect(percentile[0]).toEqual({ decomposable: false, reason: 'percentile_scale' });
  });

  it('has no split when every school scores the same, or for a school without a score', () => {
    const same = { ...handWorked, values: { a: { absence: 1, reading: 1 }, b: { absence: 1, reading: 1 }, c: { absence: 1, reading: 1 } } };
    expect(explainAll(same)[0]).toEqual({ decomposable: false, reason: 'all_equal' });
    const gap = { ...handWorked, values: { ...handWorked.values, a: { absence: null, reading: null } } };
    expect(explainAll(gap)[0]).toEqual({ decomposable: false, reason: 'not_scored' });
  });

  it('names the baseline by the normalization: least under min-max, zero without one', () => {
    const under = (normalization: Normalization) =>
      decomposed(explainAll(withMethod(handWorked, (m) => ({ ...m, indicators: { ...m.indicators, normalization } })))[0]!);
    expect(under('minmax').baseline.meaning).toBe('least');
    expect(under('percentile').baseline.meaning).toBe('least');
    expect(under('none').baseline.meaning).toBe('zero');
  });

  it('baseline plus parts is the score, and the shown parts add up to the shown score, on any decomposable input', () => {
    fc.assert(
      fc.property(
        inputArb.map((input) => withMethod(input, (m) => ({ ...additive(m), composite: { ...additive(m).composite, round: null } }))),
        fc.constantFrom(0, 1, 2),
        (input, decimals) => {
          const scores = computeIndexScores(input);
          for (const entity of scores) {
            const explanation = explainScore(input.method, entity, scores, decimals);
            if (!explanation.decomposable) {
              expect(['not_scored', 'all_equal', 'percentile_scale']).toContain(explanation.reason);
              continue;
            }
            const sum = explanation.parts.reduce((total, p) => total + p.part, explanation.baseline.value);
            const scale = Math.abs(input.method.scale.max - input.method.scale.min);
            const roundingSlack = input.method.scale.round === null ? 0 : 0.5 * 10 ** -input.method.scale.round;
            expect(Math.abs(sum - explanation.score)).toBeLessThanOrEqual(roundingSlack + scale * 1e-9 + 1e-9);
            const step = 10 ** decimals;
            const shownSteps = explanation.parts.reduce(
              (total, p) => total + Math.round(p.shown * step),
              Math.round(explanation.baseline.shown * step),
            );
            expect(shownSteps).toBe(Math.round(explanation.shownScore * step));
            const order = explanation.parts.map((p) => Math.abs(p.part));
            expect(order).toEqual([...order].sort((x, y) => y - x));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('apportion', () => {
  it('moves the fewest steps, to the values rounding moved most', () => {
    // 0.33 × 3 rounds to 0.3 each, 0.9 in all; the total 1.0 needs one more step, to the first.
    expect(apportion([1 / 3, 1 / 3, 1 / 3], 1, 1)).toEqual([0.4, 0.3, 0.3]);
    // 0.46 and 0.46 round up to 0.5 each; the total 0.9 takes a step back from the first.
    expect(apportion([0.46, 0.46], 0.9, 1)).toEqual([0.4, 0.5]);
    expect(apportion([1.25, -0.25], 1, 1)).toEqual([1.3, -0.3]);
    expect(apportion([], 0, 1)).toEqual([]);
  });

  it('always adds up to the total and moves no value by more than its rounding plus one step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -3, max: 3 }),
        (values, nudge) => {
          const total = Math.round((values.reduce((s, v) => s + v, 0) + nudge / 10) * 10) / 10;
          const shown = apportion(values, total, 1);
          expect(Math.round(shown.reduce((s, v) => s + v * 10, 0)) + 0).toBe(Math.round(total * 10) + 0);
          shown.forEach((v, i) =>
            expect(Math.abs(v - (values[i] as number))).toBeLessThanOrEqual(
              0.05 + 0.1 * Math.ceil(Math.abs(nudge) / values.length + 1) + 1e-9,
            ),
          );
        },
      ),
    );
  });
});

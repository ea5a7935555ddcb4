import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndexScores } from '../../src/lib/index/compute.ts';
import type { IndexInput } from '../../src/lib/index/types.ts';
import { yearEvaluator, type ScoreAndLevel } from '../../src/lib/index/year-evaluator.ts';
import { cellArb, inputArb, replacementArb, type Cell } from './arbitraries.ts';
import { methodOf } from './build-input.ts';
import { goldenCases, goldenInput } from './golden-cases.ts';

const RUNS = { seed: 7, numRuns: 500 } as const;

/** What the full engine publishes for the school once its value is replaced. */
function engineWith(input: IndexInput, { entityId, indicatorId }: Cell, value: number): ScoreAndLevel {
  const values = { ...input.values, [entityId]: { ...input.values[entityId], [indicatorId]: value } };
  const school = computeIndexScores({ ...input, values }).find((s) => s.id === entityId);
  if (!school) throw new Error(`the engine lost school ${entityId}`);
  return { score: school.composite.score, level: school.composite.level };
}

const caseArb = inputArb.chain((input) =>
  cellArb(input).chain((cell) =>
    fc.tuple(fc.constant(input), fc.constant(cell), fc.array(replacementArb(input, cell.indicatorId), { minLength: 1, maxLength: 4 })),
  ),
);

describe('yearEvaluator', () => {
  it('gives exactly the score and level the engine gives with the one value replaced, whatever the method', () => {
    const reached = { withLevel: 0, insufficientBefore: 0 };
    fc.assert(
      fc.property(caseArb, ([input, cell, values]) => {
        // Several values through one function: each must start from the original input, not the last value.
        const evaluate = yearEvaluator(input).withValue(cell.entityId, cell.indicatorId);
        for (const value of values) {
          const expected = engineWith(input, cell, value);
          const actual = evaluate(value);
          expect(actual.score).toBe(expected.score);
          expect(actual.level).toBe(expected.level);
          if (actual.level !== null) reached.withLevel += 1;
        }
        if (input.values[cell.entityId]?.[cell.indicatorId] == null) reached.insufficientBefore += 1;
      }),
      RUNS,
    );
    // The property says little unless levels are reached and empty cells get filled.
    expect(reached.withLevel).toBeGreaterThan(300);
    expect(reached.insufficientBefore).toBeGreaterThan(30);
  });

  it.each(goldenCases)('agrees with the engine on every cell of the hand-worked case %s', (name) => {
    const input = goldenInput(name);
    const evaluator = yearEvaluator(input);
    const scored = input.indicators.filter((i) => i.scored !== false);
    for (const entity of input.entities) {
      for (const indicator of scored) {
        // Another school's value: ties are where normalizations and levels are most delicate.
        const other = input.entities.find((e) => e.id !== entity.id && typeof input.values[e.id]?.[indicator.id] === 'number');
        const value = (other && input.values[other.id]?.[indicator.id]) ?? 0;
        const cell = { entityId: entity.id, indicatorId: indicator.id };
        expect(evaluator.withValue(entity.id, indicator.id)(value)).toEqual(engineWith(input, cell, value));
      }
    }
  });

  describe('refuses a cell it cannot score', () => {
    const input: IndexInput = {
      method: methodOf(),
      domains: [{ id: 'D', weight: 1 }],
      indicators: [
        { id: 'absence', domain: 'D', direction: 'lower_is_better', weight: 1 },
        { id: 'enrollment', domain: 'D', direction: 'higher_is_better', weight: 1, scored: false },
      ],
      entities: [
        { id: 'a', scope: 'all' },
        { id: 'b', scope: 'all' },
      ],
      values: { a: { absence: 10, enrollment: 300 }, b: { absence: 20, enrollment: 400 } },
    };
    const evaluator = yearEvaluator(input);

    it.each([
      ['an unknown school', 'z', 'absence', /no school "z"/],
      ['an unknown indicator', 'a', 'nope', /no indicator "nope"/],
      ['a display-only indicator', 'a', 'enrollment', /"enrollment" is display-only/],
    ])('%s', (_what, entityId, indicatorId, message) => {
      expect(() => evaluator.withValue(entityId, indicatorId)).toThrow(message);
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndexScores } from '../../src/lib/index/compute.ts';
import { isDeepStrictEqual } from 'node:util';
import { findLevelChange, searchRange, type LevelChange, type LevelMove } from '../../src/lib/index/level-change.ts';
import { roundHalfAwayFromZero } from '../../src/lib/index/rounding.ts';
import type { IndexInput } from '../../src/lib/index/types.ts';
import { yearEvaluator, type ScoreAndLevel } from '../../src/lib/index/year-evaluator.ts';
import { cellArb, inputWithLevelsArb } from './arbitraries.ts';
import { methodOf } from './build-input.ts';

/**
 * Four schools, one indicator (chronic absence, %, which points with need, so it is not
 * flipped), z-scores, then min-max onto 0–100 rounded to 1 decimal. With one indicator the
 * z-score is an increasing linear map of the value, and min-max undoes any linear map, so a
 * school's score is 100 × (x − min) / (max − min) of the raw values: A 10 → 0, B 20 → 25,
 * C 30 → 50, D 50 → 100.
 */
function absenceInput(levels: IndexInput['method']['levels']): IndexInput {
  return {
    method: methodOf({ indicators: { normalization: 'zscore' }, scale: { method: 'minmax', min: 0, max: 100, round: 1 }, levels }),
    domains: [{ id: 'attendance', weight: 1 }],
    indicators: [{ id: 'absence', domain: 'attendance', direction: 'lower_is_better', weight: 1 }],
    entities: ['A', 'B', 'C', 'D'].map((id) => ({ id, scope: 'all' })),
    values: { A: { absence: 10 }, B: { absence: 20 }, C: { absence: 30 }, D: { absence: 50 } },
  };
}

const percentDisplay = { decimals: 1, range: [0, 100] } as const;

type Current = Parameters<typeof findLevelChange>[1];
type Display = Parameters<typeof findLevelChange>[2];

function levelChangeOfB(input: IndexInput) {
  const evaluate = yearEvaluator(input).withValue('B', 'absence');
  const level = computeIndexScores(input).find((s) => s.id === 'B')?.composite.level as number;
  return { level, change: findLevelChange(evaluate, { value: 20, level }, percentDisplay), evaluate };
}

/** The last value shown with `decimals` places before `end`, coming from the other side of it. */
function onGridToward(end: number, decimals: number, sign: 1 | -1): number {
  const steps = Number((end * 10 ** decimals).toPrecision(15));
  return (sign > 0 ? Math.floor(steps) : Math.ceil(steps)) / 10 ** decimals;
}

describe('findLevelChange', () => {
  it('finds, by hand, the values that move school B between terciles', () => {
    // Terciles of 4 schools: level = min(3, floor(below / 3 × 3) + 1) = min(3, below + 1), with
    // `below` the schools scoring strictly less. B (25) has A below it: level 2.
    const { level, change } = levelChangeOfB(absenceInput({ method: 'quantiles', count: 3 }));
    expect(level).toBe(2);
    // Up: while 10 ≤ x ≤ 50 the extremes stay, B scores 2.5 × (x − 10). At 30.0 B ties C at 50.0
    // and still has only A below; at 30.1 it scores 50.25 → 50.3 > C's 50: level 3.
    // Down: at 10.0 B ties A at 0, so no school is below it: level 1. At 10.1 it scores
    // 0.25 (→ 0.2 or 0.3 by float noise, either above A's 0): still level 2.
    expect(change).toEqual({ increase: { value: 30.1, level: 3 }, decrease: { value: 10, level: 1 } });
  });

  it('finds, by hand, the value that moves school B over a cut, and none below the lowest level', () => {
    // Cut at 50: level 2 from a score of 50 up. B scores 2.5 × (x − 10): 29.9 → 49.75 → 49.8
    // (or 49.7), level 1; 30.0 → 50.0, level 2. Down, B is in level 1 already and no lower exists.
    const { level, change, evaluate } = levelChangeOfB(absenceInput({ method: 'cuts', cuts: [50] }));
    expect(level).toBe(1);
    expect(change).toEqual({ increase: { value: 30, level: 2 }, decrease: null });
    expect(evaluate(0).level).toBe(1);
  });

  it('rounds the current value to the display grid and only tries values within the range', () => {
    const tried: number[] = [];
    const levelAbove = (threshold: number) => (value: number) => {
      tried.push(value);
      return { score: value, level: value >= threshold ? 2 : 1 };
    };
    // Shown as 0.3 (0.29 × 10 and 0.25 would drift in floats); the change is at 0.7, and below is nothing.
    const change = findLevelChange(levelAbove(0.7), { value: 0.29, level: 1 }, { decimals: 1, range: [0.1, 0.9] });
    expect(change).toEqual({ increase: { value: 0.7, level: 2 }, decrease: null });
    expect(tried.every((v) => v >= 0.1 && v <= 0.9 && v !== 0.3 && Number.isInteger(Math.round(v * 10)))).toBe(true);
    expect(tried).toContain(0.9);
    expect(tried).toContain(0.1);
    // Above the range's end there is nothing to try.
    expect(findLevelChange(levelAbove(0), { value: 0.9, level: 2 }, { decimals: 1, range: [0.1, 0.9] }).increase).toBeNull();
  });

  it('refuses an evaluation without a level, which a method without levels gives', () => {
    expect(() => findLevelChange(() => ({ score: 1, level: null }), { value: 1, level: 1 }, percentDisplay)).toThrow(/no level/);
  });

  it('reports a change it checked where the level goes back and forth, though not the nearest', () => {
    // Found by the random cases below. School 2 holds d0i1's highest value, 60, far above the
    // others' (4 at most), under min-max: lowering it stretches every other school's share of
    // d0i1, each by an amount of its own, which re-orders them against school 2 through their
    // other indicators (domain z-scores, then composite percentiles, then quantiles).
    const input: IndexInput = {
      method: methodOf({
        indicators: { normalization: 'minmax', round: 4 },
        domains: { aggregation: 'sum', min_coverage: 0.6667, normalization: 'zscore', round: 4 },
        composite: { min_coverage: 0.5, round_aggregate: 0, normalization: 'percentile', round: 4 },
        scale: { method: 'minmax', min: -40, max: 81, round: 0 },
        levels: { method: 'quantiles', count: 6 },
      }),
      domains: [{ id: 'd0', weight: 2 }],
      indicators: [
        { id: 'd0i0', domain: 'd0', weight: 4, direction: 'lower_is_better' },
        { id: 'd0i1', domain: 'd0', weight: 4, direction: 'lower_is_better' },
        { id: 'd0i2', domain: 'd0', weight: 4, direction: 'higher_is_better' },
      ],
      entities: [0, 1, 2, 3, 4, 5, 6, 7].map((e) => ({ id: `school-${e}`, scope: 'all' })),
      values: {
        'school-0': { d0i0: -25.117, d0i1: 4, d0i2: -1 },
        'school-1': { d0i0: 0, d0i1: -10.603, d0i2: 86.834 },
        'school-2': { d0i0: -4, d0i1: 60, d0i2: 2 },
        'school-3': { d0i0: -60.188, d0i1: 0.01, d0i2: -0.002 },
        'school-4': { d0i0: -3, d0i1: -6.065, d0i2: -28.077 },
        'school-5': { d0i0: null, d0i1: -0.007, d0i2: -3 },
        'school-6': { d0i0: 0.004, d0i1: null, d0i2: -2 },
        'school-7': { d0i0: 66.575, d0i1: 1.886, d0i2: -5 },
      },
    };
    const evaluate = yearEvaluator(input).withValue('school-2', 'd0i1');
    const levels = [60, 18, 17, 9, 8, 4, 3].map((v) => evaluate(v).level);
    // Level 5 at 60 down to 18, 6 from 17 to 9, 5 again from 8 to 4, then 2.
    expect(levels).toEqual([5, 5, 6, 6, 5, 5, 2]);
    const display = { decimals: 0, range: [-10.603, 60] } as const;
    const change = findLevelChange(evaluate, { value: 60, level: 5 }, display);
    // Bisection from the range's end lands on 3, the last change, not on 17, the nearest:
    // what it reports is still so, at 3 and one step before.
    expect(change).toEqual({ increase: null, decrease: { value: 3, level: 2 } });
    expect(evaluate(4).level).toBe(5);
  });

  describe('on random inputs and methods', () => {
    /** A school with a score, one of its present values put on the display grid, and the display. */
    const caseArb = inputWithLevelsArb
      .chain((input) => fc.tuple(fc.constant(input), cellArb(input), fc.constantFrom(0, 1, 2), fc.constantFrom('percent', 'count')))
      .map(([input, cell, decimals, unit]) => {
        const raw = input.values[cell.entityId]?.[cell.indicatorId];
        if (typeof raw !== 'number') return null;
        const value = roundHalfAwayFromZero(raw, decimals);
        const values = { ...input.values, [cell.entityId]: { ...input.values[cell.entityId], [cell.indicatorId]: value } };
        const onGrid = { ...input, values };
        const level = computeIndexScores(onGrid).find((s) => s.id === cell.entityId)?.composite.level;
        if (level == null) return null;
        const observed = onGrid.entities.map((e) => onGrid.values[e.id]?.[cell.indicatorId]).filter((v) => typeof v === 'number');
        const range = searchRange(unit, observed);
        return { input: onGrid, cell, current: { value, level }, display: { decimals, range } };
      })
      .filter((c) => c !== null);

    /** The answer's promises, checked with the exact evaluator: what it reports and what it says is not there. */
    function expectExact(evaluate: (value: number) => ScoreAndLevel, change: LevelChange, current: Current, display: Display): number {
      let moves = 0;
      const step = 10 ** -display.decimals;
      const [low, high] = display.range;
      const directions: [LevelMove | null, number, 1 | -1][] = [
        [change.increase, high, 1],
        [change.decrease, low, -1],
      ];
      for (const [move, end, sign] of directions) {
        if (move === null) {
          const lastShown = onGridToward(end, display.decimals, sign);
          if ((lastShown - current.value) * sign > 0) expect(evaluate(lastShown).level).toBe(current.level);
          continue;
        }
        moves += 1;
        expect((move.value - current.value) * sign).toBeGreaterThan(0);
        expect(move.value >= low && move.value <= high).toBe(true);
        expect(evaluate(move.value).level).toBe(move.level);
        expect(move.level).not.toBe(current.level);
        const before = roundHalfAwayFromZero(move.value - sign * step, display.decimals);
        if ((before - current.value) * sign > 0 && before >= low && before <= high) {
          expect(evaluate(before).level).toBe(current.level);
        }
      }
      return moves;
    }

    it('moves to another level at the value it reports, not one display step before it, and at no range end it reports none for', () => {
      let moves = 0;
      fc.assert(
        fc.property(caseArb, ({ input, cell, current, display }) => {
          const evaluate = yearEvaluator(input).withValue(cell.entityId, cell.indicatorId);
          let evaluations = 0;
          const counted = (value: number) => {
            evaluations += 1;
            return evaluate(value);
          };
          moves += expectExact(evaluate, findLevelChange(counted, current, display), current, display);
          // Each direction: its range end, then a bisection of at most log2(grid points) steps.
          const points = (display.range[1] - display.range[0]) * 10 ** display.decimals + 1;
          expect(evaluations).toBeLessThanOrEqual(2 * (1 + Math.ceil(Math.log2(points))));
        }),
        { seed: 11, numRuns: 800 },
      );
      // One indicator often cannot move a school out of its level at all; enough cases must still move.
      expect(moves).toBeGreaterThan(150);
    });

    it('with the evaluator’s estimate, gives the exact search’s answer, or where the level leaves and comes back another as exact', () => {
      let differ = 0;
      fc.assert(
        fc.property(caseArb, ({ input, cell, current, display }) => {
          const evaluator = yearEvaluator(input);
          const evaluate = evaluator.withValue(cell.entityId, cell.indicatorId);
          const estimated = findLevelChange(evaluate, current, display, evaluator.estimateWithValue(cell.entityId, cell.indicatorId));
          expectExact(evaluate, estimated, current, display);
          // Two answers that both keep their promises differ only where the level leaves and comes back.
          if (!isDeepStrictEqual(estimated, findLevelChange(evaluate, current, display))) differ += 1;
        }),
        { seed: 12, numRuns: 800 },
      );
      expect(differ).toBeLessThanOrEqual(2);
    });
  });

  describe('with an estimate', () => {
    const exactAbove = (threshold: number, evaluated: number[]) => (value: number) => {
      evaluated.push(value);
      return { score: value, level: value >= threshold ? 2 : 1 };
    };
    const estimateAbove = (threshold: number) => (value: number) => (value >= threshold ? 2 : 1);
    const display = { decimals: 1, range: [0, 100] } as const;

    it('confirms a right estimate with the change and the step before it', () => {
      const evaluated: number[] = [];
      const change = findLevelChange(exactAbove(62.5, evaluated), { value: 20, level: 1 }, display, estimateAbove(62.5));
      expect(change).toEqual({ increase: { value: 62.5, level: 2 }, decrease: null });
      // Down, the estimate sees no change, and the exact level at 0 bears it out.
      expect([...evaluated].sort((a, b) => a - b)).toEqual([0, 62.4, 62.5]);
    });

    it('finds the exact change from an estimate a few steps off either way, or one that sees none', () => {
      for (const estimate of [estimateAbove(62.2), estimateAbove(63.1), estimateAbove(101), estimateAbove(0)]) {
        const evaluated: number[] = [];
        const change = findLevelChange(exactAbove(62.5, evaluated), { value: 20, level: 1 }, display, estimate);
        expect(change).toEqual({ increase: { value: 62.5, level: 2 }, decrease: null });
        expect(evaluated.length).toBeLessThanOrEqual(2 + 2 * Math.ceil(Math.log2(1001)));
      }
    });
  });
});

describe('searchRange', () => {
  it('searches a percent from 0 to 100, whatever the schools show', () => {
    expect(searchRange('percent', [12.5, 40])).toEqual([0, 100]);
  });

  it('searches other units from 0 to the highest value a school shows', () => {
    expect(searchRange('dollars', [9876, 15000, 12000])).toEqual([0, 15000]);
    expect(searchRange('count', [3])).toEqual([0, 3]);
  });

  it('starts below 0 when a school shows a negative value', () => {
    expect(searchRange('score', [-2.5, 4, 1])).toEqual([-2.5, 4]);
  });

  it('ignores values that are not numbers, and has only 0 without any', () => {
    expect(searchRange('count', [Number.NaN, 7, Number.POSITIVE_INFINITY])).toEqual([0, 7]);
    expect(searchRange('count', [])).toEqual([0, 0]);
  });
});

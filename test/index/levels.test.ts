import { describe, expect, it } from 'vitest';
import { assignLevels } from '../../src/lib/index/levels.ts';

describe('assignLevels', () => {
  it('quintiles: floor(PERCENTRANK.INC × 5) + 1, capped at 5', () => {
    // p = 0, .25, .5, .75, 1 → 1, 2, 3, 4, 5
    expect(assignLevels([10, 20, 30, 40, 50], { method: 'quantiles', count: 5 })).toEqual([1, 2, 3, 4, 5]);
  });

  it('quantiles: tied scores share a level', () => {
    // below: 0, 1, 1, 1, 4 of N − 1 = 4 → p = 0, .25, .25, .25, 1
    expect(assignLevels([1, 2, 2, 2, 3], { method: 'quantiles', count: 4 })).toEqual([1, 2, 2, 2, 4]);
    expect(assignLevels([7, 7, 7], { method: 'quantiles', count: 3 })).toEqual([1, 1, 1]);
  });

  it('quantiles: a school exactly on a boundary (p × K whole) starts the upper level', () => {
    // 101 scores: score i has p = i/100; at K = 10, p = 0.29 is level 3 (0.29 × 10 = 2.9), p = 0.3 is level 4.
    const scores = Array.from({ length: 101 }, (_, i) => i);
    const levels = assignLevels(scores, { method: 'quantiles', count: 10 });
    expect(levels[29]).toBe(3);
    expect(levels[30]).toBe(4);
    expect(levels[70]).toBe(8);
    expect(levels[100]).toBe(10);
  });

  it('quantiles: a single scored school is in the top level; unscored schools have none', () => {
    expect(assignLevels([null, 12, null], { method: 'quantiles', count: 5 })).toEqual([null, 5, null]);
  });

  it('cuts: 1 + the number of cut points at or below the score', () => {
    expect(assignLevels([0, 24.9, 25, 74.99, 75, 100, null], { method: 'cuts', cuts: [25, 75] })).toEqual([1, 1, 2, 2, 3, 3, null]);
  });
});

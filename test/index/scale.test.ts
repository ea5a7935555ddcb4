import { describe, expect, it } from 'vitest';
import { IndexMethodSchema } from '../../src/lib/index/method.ts';
import { scaleScores } from '../../src/lib/index/scale.ts';

const scale = (input: object) => IndexMethodSchema.parse({ title: 't', scale: input }).scale;

describe('scaleScores', () => {
  it('minmax maps the lowest to min and the highest to max', () => {
    expect(scaleScores([-1, 0, 3, null], scale({ method: 'minmax', min: 0, max: 100 }))).toEqual([0, 25, 100, null]);
    expect(scaleScores([2, 4], scale({ method: 'minmax', min: 1, max: 5 }))).toEqual([1, 5]);
  });

  it('minmax puts all-equal composites at the midpoint', () => {
    expect(scaleScores([0.3, 0.3], scale({ method: 'minmax', min: 0, max: 10 }))).toEqual([5, 5]);
  });

  it('percentile is PERCENTRANK.INC × (max − min) + min', () => {
    expect(scaleScores([5, 1, 3, 3, 9], scale({ method: 'percentile', min: 0, max: 100 }))).toEqual([75, 0, 25, 25, 100]);
  });

  it('none keeps the composite and only rounds it', () => {
    expect(scaleScores([0.123456, -2], scale({ method: 'none', round: 2 }))).toEqual([0.12, -2]);
  });

  it('stays inside [min, max] where min + 1 × (max − min) overshoots in floating point', () => {
    expect(-2 + 1 * (0.1 - -2)).toBeGreaterThan(0.1);
    const scores = scaleScores([0, 1, 2], scale({ method: 'minmax', min: -2, max: 0.1, round: null }));
    expect(scores[0]).toBe(-2);
    expect(scores[2]).toBe(0.1);
  });

  it('rounds the scaled score half away from zero', () => {
    expect(scaleScores([0, 1, 8], scale({ method: 'minmax', min: 0, max: 100, round: 0 }))).toEqual([0, 13, 100]);
  });
});

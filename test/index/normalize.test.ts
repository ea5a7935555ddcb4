import { describe, expect, it } from 'vitest';
import { flipNormalized, normalizeValues, pointsAgainstIndex } from '../../src/lib/index/normalize.ts';
import { normalizeWithinGroups } from '../../src/lib/index/scope.ts';

describe('normalizeValues', () => {
  it('zscore uses the population SD (divides by N)', () => {
    // mean 5, squared deviations 9 + 1 + 1 + 9 = 20, / 4 = 5: SD √5 (the sample SD would be √(20/3)).
    const z = normalizeValues([2, 4, 6, 8], 'zscore');
    expect(z.map((v) => v as number)).toEqual([-3, -1, 1, 3].map((d) => d / Math.sqrt(5)));
  });

  it('zscore gives 0 to all when the values do not vary, even with float noise in the mean', () => {
    expect(normalizeValues([0.1, 0.1, 0.1], 'zscore')).toEqual([0, 0, 0]);
  });

  it('minmax spans 0..1 and puts all-equal values at 0.5', () => {
    expect(normalizeValues([10, 15, 30], 'minmax')).toEqual([0, 0.25, 1]);
    expect(normalizeValues([4, 4], 'minmax')).toEqual([0.5, 0.5]);
  });

  it('percentile is PERCENTRANK.INC with ties sharing a rank', () => {
    expect(normalizeValues([30, 10, 20, 20, 40], 'percentile')).toEqual([0.75, 0, 0.25, 0.25, 1]);
  });

  it('none keeps the values', () => {
    expect(normalizeValues([3, -1.5, null], 'none')).toEqual([3, -1.5, null]);
  });

  it('leaves missing values out of N and keeps them missing', () => {
    // Present: 20, 40, 60 → mean 40, SD √(800/3); with a missing value counted as 0 it would differ.
    const sd = Math.sqrt(800 / 3);
    expect(normalizeValues([20, null, 40, 60], 'zscore')).toEqual([-20 / sd, null, 0, 20 / sd]);
    expect(normalizeValues([null, 10, 30], 'percentile')).toEqual([null, 0, 1]);
    expect(normalizeValues([null, null], 'minmax')).toEqual([null, null]);
  });
});

describe('orientation', () => {
  it('flips indicators that point against the index', () => {
    expect(pointsAgainstIndex('higher_is_better', 'need')).toBe(true);
    expect(pointsAgainstIndex('lower_is_better', 'need')).toBe(false);
    expect(pointsAgainstIndex('lower_is_better', 'performance')).toBe(true);
    expect(pointsAgainstIndex('higher_is_better', 'performance')).toBe(false);
  });

  it('mirrors percentiles and min-max shares as 1 − v, z-scores and raw values as −v', () => {
    expect(flipNormalized(0.25, 'percentile')).toBe(0.75);
    expect(flipNormalized(0, 'minmax')).toBe(1);
    expect(flipNormalized(1.5, 'zscore')).toBe(-1.5);
    expect(flipNormalized(-7, 'none')).toBe(7);
    expect(Object.is(flipNormalized(0, 'zscore'), 0)).toBe(true);
  });
});

describe('normalizeWithinGroups (scope = level)', () => {
  it('normalizes each group against itself only', () => {
    const values = [10, 100, 20, 200, 30];
    const levels = ['elementary', 'high', 'elementary', 'high', 'elementary'];
    expect(normalizeWithinGroups(values, levels, 'minmax')).toEqual([0, 0, 0.5, 1, 1]);
    expect(normalizeWithinGroups(values, levels, 'percentile')).toEqual([0, 0, 0.5, 1, 1]);
  });

  it('normalizes all together without groups', () => {
    expect(normalizeWithinGroups([10, 100, 20, 200, 30], null, 'minmax')).toEqual([0, 90 / 190, 10 / 190, 1, 20 / 190]);
  });

  it('gives a group of one its own single-value result', () => {
    expect(normalizeWithinGroups([5, 1, 9], ['a', 'b', 'b'], 'percentile')).toEqual([1, 0, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { countsStrictlyBelow, percentRankInc, percentRanksInc } from '../../src/lib/index/percentile-rank.ts';

describe('percentRankInc (PERCENTRANK.INC)', () => {
  it('is the number of values strictly below divided by N − 1', () => {
    const values = [10, 20, 30, 40, 50];
    expect(values.map((v) => percentRankInc(values, v))).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('gives ties the percentile of their lowest position', () => {
    const values = [3, 1, 3, 2, 3];
    // Below 3: the 1 and the 2, so 2 / 4 for each 3.
    expect(percentRankInc(values, 3)).toBe(0.5);
    expect(percentRankInc(values, 1)).toBe(0);
    expect(percentRankInc(values, 2)).toBe(0.25);
    expect(percentRanksInc(values)).toEqual([0.5, 0, 0.5, 0.25, 0.5]);
  });

  it('ranks a single value at 1', () => {
    expect(percentRankInc([42], 42)).toBe(1);
    expect(percentRanksInc([42])).toEqual([1]);
  });

  it('gives all-equal values 0, as spreadsheets do', () => {
    expect(percentRanksInc([7, 7, 7])).toEqual([0, 0, 0]);
  });

  it('counts strictly lower values for every element, in the list order', () => {
    expect(countsStrictlyBelow([5, -1, 5, 0, 9])).toEqual([2, 0, 2, 1, 4]);
  });

  it('refuses an empty list', () => {
    expect(() => percentRankInc([], 1)).toThrow(/at least one value/);
  });
});

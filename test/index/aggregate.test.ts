import { describe, expect, it } from 'vitest';
import { aggregateWeighted } from '../../src/lib/index/aggregate.ts';

describe('aggregateWeighted', () => {
  it('weighted_mean divides by the weight of the parts present', () => {
    const result = aggregateWeighted(
      [
        { value: 1, weight: 2 },
        { value: 4, weight: 1 },
        { value: null, weight: 1 },
      ],
      'weighted_mean',
      0.5,
    );
    expect(result).toEqual({ status: 'ok', coverage: 0.75, value: 2, multipliers: [2 / 3, 1 / 3, null] });
  });

  it('sum is the plain weighted sum at full coverage', () => {
    const result = aggregateWeighted(
      [
        { value: 0.5, weight: 1 },
        { value: 0.25, weight: 2 },
      ],
      'sum',
      1,
    );
    expect(result).toEqual({ status: 'ok', coverage: 1, value: 1, multipliers: [1, 2] });
  });

  it('sum scales up for a missing part instead of counting it as zero', () => {
    const result = aggregateWeighted(
      [
        { value: 0.5, weight: 1 },
        { value: 0.25, weight: 1 },
        { value: null, weight: 2 },
      ],
      'sum',
      0.5,
    );
    // (0.5 + 0.25) × 4 / 2
    expect(result.value).toBe(1.5);
    expect(result.multipliers).toEqual([2, 2, null]);
  });

  describe('min_coverage', () => {
    const twoOfThree = [
      { value: 1, weight: 2 },
      { value: null, weight: 1 },
    ];

    it('admits 2/3 coverage at a threshold of 2/3 written as 0.6667', () => {
      expect(aggregateWeighted(twoOfThree, 'weighted_mean', 0.6667).status).toBe('ok');
      expect(aggregateWeighted(twoOfThree, 'weighted_mean', 2 / 3).status).toBe('ok');
    });

    it('refuses 2/3 coverage at a higher threshold, keeping the coverage but no value', () => {
      for (const threshold of [0.67, 0.75, 1]) {
        expect(aggregateWeighted(twoOfThree, 'weighted_mean', threshold)).toEqual({
          status: 'insufficient_data',
          coverage: 2 / 3,
          value: null,
          multipliers: [null, null],
        });
      }
    });

    it('has no value when nothing is present, whatever the threshold', () => {
      const none = aggregateWeighted([{ value: null, weight: 1 }], 'sum', 0.00001);
      expect(none).toMatchObject({ status: 'insufficient_data', coverage: 0, value: null });
    });

    it('passes a threshold of 1 only with every part present', () => {
      expect(aggregateWeighted([{ value: 0, weight: 1 }], 'weighted_mean', 1)).toMatchObject({ status: 'ok', value: 0 });
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeValues } from '../../src/lib/index/normalize.ts';
import { normalizeOneAgainst } from '../../src/lib/index/normalize-one.ts';

const value = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((i) => i / 1000),
);
const columnArb = fc
  .array(fc.option(value, { freq: 6, nil: null }), { minLength: 1, maxLength: 30 })
  .chain((values) =>
    fc.tuple(
      fc.constant(values),
      fc.nat({ max: values.length - 1 }),
      fc.oneof(value, fc.constantFrom(...values.filter((v) => v !== null), 1e6)),
      fc.constantFrom('none', 'zscore', 'minmax', 'percentile' as const),
    ),
  );

describe('normalizeOneAgainst', () => {
  it('gives one school the value normalizeValues gives it with only its value replaced, z-scores to float noise', () => {
    fc.assert(
      fc.property(columnArb, ([values, school, replacement, normalization]) => {
        const replaced = values.map((v, e) => (e === school ? replacement : v));
        const expected = normalizeValues(replaced, normalization)[school] as number;
        const actual = normalizeOneAgainst(values)(values[school] ?? null, replacement, normalization);
        if (normalization === 'zscore') expect(actual).toBeCloseTo(expected, 9);
        else expect(actual).toBe(expected);
      }),
      { seed: 3, numRuns: 2000 },
    );
  });

  it('takes only one of tied extremes out with the school, and puts a school alone at the ends of the scale', () => {
    // Others 2 and 5; min-max of 2, 5 and 8 puts 8 at 1.
    expect(normalizeOneAgainst([5, 5, 2])(5, 8, 'minmax')).toBe(1);
    // Without its own 5 the others are 5 and 2, so 3.5 sits halfway.
    expect(normalizeOneAgainst([5, 5, 2])(5, 3.5, 'minmax')).toBe(0.5);
    expect(normalizeOneAgainst([7])(7, 3, 'percentile')).toBe(1);
    expect(normalizeOneAgainst([7, null])(null, 3, 'zscore')).toBe(-1);
  });
});

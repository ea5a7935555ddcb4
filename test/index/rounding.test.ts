import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero, roundTo } from '../../src/lib/index/rounding.ts';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [0.12345, 4, 0.1235],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [0.5, 0, 1],
    [1.4999, 0, 1],
    [0.285, 2, 0.29],
    [1.0049, 2, 1],
    [5401.5, 0, 5402],
    [0.6477 / 4, 4, 0.1619],
    [123.456, 1, 123.5],
    [7, 3, 7],
  ])('rounds %d to %d places as %d', (x, digits, expected) => {
    expect(roundHalfAwayFromZero(x, digits)).toBe(expected);
  });

  it('absorbs float noise from sums, as a spreadsheet would', () => {
    expect(1.1 + 2.2).not.toBe(3.3);
    expect(roundHalfAwayFromZero(1.1 + 2.2, 4)).toBe(3.3);
    expect(roundHalfAwayFromZero(0.1 + 0.2, 12)).toBe(0.3);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.00001, 4), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.4, 0), 0)).toBe(true);
  });

  it('leaves numbers too large to have the requested decimals unchanged', () => {
    expect(roundHalfAwayFromZero(123456789.12345679, 12)).toBe(123456789.12345679);
  });

  it('gives, to the bit, the rounding of the value read back at 15 significant digits, also all but on a half', () => {
    // The definition, which skipping toPrecision away from halves must not change.
    const definition = (x: number, digits: number) => {
      const factor = 10 ** digits;
      const scaled = Math.abs(x) * factor;
      if (scaled >= 1e15) return x;
      const rounded = Math.round(Number(scaled.toPrecision(15))) / factor;
      return (x < 0 ? -rounded : rounded) + 0;
    };
    const digits = fc.integer({ min: 0, max: 12 });
    const nearHalf = fc
      .tuple(
        fc.integer({ min: -2_000_000, max: 2_000_000 }),
        digits,
        fc.integer({ min: -4, max: 4 }),
        fc.constantFrom(1e-15, 1e-12, 1e-9, 1e-7, 1e-6),
      )
      .map(([whole, d, nudges, size]) => [((whole + 0.5) * (1 + nudges * size)) / 10 ** d, d] as const);
    const anyValue = fc.tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), digits);
    fc.assert(
      fc.property(fc.oneof(nearHalf, anyValue), ([x, d]) => {
        expect(Object.is(roundHalfAwayFromZero(x, d), definition(x, d))).toBe(true);
      }),
      { seed: 3, numRuns: 20_000 },
    );
  });

  it('roundTo keeps the value when the method sets no rounding', () => {
    expect(roundTo(0.123456789, null)).toBe(0.123456789);
    expect(roundTo(0.123456789, 3)).toBe(0.123);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLine, predictionInterval, slopeInterval } from '../../src/lib/spending/regression.ts';
import { studentTCdf, studentTQuantile } from '../../src/lib/spending/student-t.ts';

describe("Student's t", () => {
  // Published tables (e.g. NIST/SEMATECH e-Handbook, 1.3.6.7.2), to the table's 3 decimals.
  it.each([
    [0.975, 1, 12.706],
    [0.975, 2, 4.303],
    [0.975, 5, 2.571],
    [0.975, 10, 2.228],
    [0.975, 30, 2.042],
    [0.95, 10, 1.812],
    [0.95, 28, 1.701],
    [0.975, 1e7, 1.96],
  ])('the %s quantile with %s degrees of freedom is %s', (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 3);
  });

  it('has a distribution function that its quantile inverts, symmetric about zero', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 500 }), (p, df) => {
        const q = studentTQuantile(p, df);
        expect(studentTCdf(q, df)).toBeCloseTo(p, 9);
        expect(studentTCdf(-q, df)).toBeCloseTo(1 - p, 9);
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('refuses a probability below one half', () => {
    expect(() => studentTQuantile(0.4, 3)).toThrow(RangeError);
  });
});

describe('fitLine', () => {
  // Worked by hand: x̄ = 1.5, ȳ = 2.5, Sxy = 4, Sxx = 5, so b = 0.8 and a = 1.3; residuals
  // −0.3, 0.9, −0.9, 0.3 give SSE 1.8, so SE(b) = √(1.8 / 2 / 5) = √0.18; t(0.975, 2) = 4.3027.
  const points = [
    { x: 0, y: 1, weight: 1 },
    { x: 1, y: 3, weight: 1 },
    { x: 2, y: 2, weight: 1 },
    { x: 3, y: 4, weight: 1 },
  ];

  it('fits the least-squares line with its standard error and 95% interval', () => {
    const line = fitLine(points);
    expect(line?.slope).toBeCloseTo(0.8, 12);
    expect(line?.intercept).toBeCloseTo(1.3, 12);
    expect(line?.slopeError).toBeCloseTo(Math.sqrt(0.18), 12);
    const [low, high] = slopeInterval(line!, 0.95);
    expect(low).toBeCloseTo(0.8 - 4.302653 * Math.sqrt(0.18), 5);
    expect(high).toBeCloseTo(0.8 + 4.302653 * Math.sqrt(0.18), 5);
  });

  it('weights points: a school of twice the students counts twice in the slope', () => {
    // W = 4, x̄ = 1.25, ȳ = 2.25, Sxy = 5.75, Sxx = 2.75.
    const line = fitLine([
      { x: 0, y: 0, weight: 1 },
      { x: 1, y: 1, weight: 1 },
      { x: 2, y: 4, weight: 2 },
    ]);
    expect(line?.slope).toBeCloseTo(5.75 / 2.75, 12);
  });

  it('treats weights as relative: scaling every weight changes neither the line nor its intervals', () => {
    const scaled = fitLine(points.map((p, i) => ({ ...p, weight: (i + 1) * 37 })));
    const unit = fitLine(points.map((p, i) => ({ ...p, weight: i + 1 })));
    expect(scaled?.slope).toBeCloseTo(unit!.slope, 12);
    expect(scaled?.slopeError).toBeCloseTo(unit!.slopeError, 12);
    expect(predictionInterval(scaled!, 2.5, 0.9)[1]).toBeCloseTo(predictionInterval(unit!, 2.5, 0.9)[1], 10);
  });

  it('gives the textbook prediction interval for equal weights', () => {
    // s = √(1.8 / 2) = √0.9; at x = 3: 1 + 1/4 + (1.5)² / 5 = 1.7; t(0.95, 2) = 2.919986.
    const [low, high] = predictionInterval(fitLine(points)!, 3, 0.9);
    const half = 2.919986 * Math.sqrt(0.9) * Math.sqrt(1.7);
    expect(low).toBeCloseTo(3.7 - half, 5);
    expect(high).toBeCloseTo(3.7 + half, 5);
  });

  it('draws no line through fewer than three points or through points of one x', () => {
    expect(fitLine(points.slice(0, 2))).toBeNull();
    expect(fitLine(points.map((p) => ({ ...p, x: 2 })))).toBeNull();
  });
});

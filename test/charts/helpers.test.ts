import { describe, expect, it } from 'vitest';
import { binValues } from '../../src/lib/charts/bins.ts';
import { spreadLabels } from '../../src/lib/charts/labels.ts';
import { coveringDomain, niceDomain, valueAxis } from '../../src/lib/charts/scale.ts';
import { wrapLines } from '../../src/lib/charts/text.ts';

describe('binValues', () => {
  it('counts every value once, the maximum in the last bin, on round thresholds', () => {
    const bins = binValues([0, 4.9, 5, 99.9, 100], [0, 100], 20);
    expect(bins).toHaveLength(20);
    expect(bins[0]).toEqual({ x0: 0, x1: 5, count: 2 });
    expect(bins[1]).toEqual({ x0: 5, x1: 10, count: 1 });
    expect(bins.at(-1)).toEqual({ x0: 95, x1: 100, count: 2 });
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(5);
  });
});

describe('niceDomain and coveringDomain', () => {
  it('rounds outwards and gives a single value room', () => {
    expect(niceDomain([3.2, 97.1], 20)).toEqual([0, 100]);
    expect(niceDomain([45, 45], 20)).toEqual([44, 46]);
    expect(niceDomain([], 20)).toEqual([0, 1]);
  });

  it('keeps a fixed domain unless a value falls outside it', () => {
    expect(coveringDomain([0, 100], [12, 88], 5)).toEqual([0, 100]);
    expect(coveringDomain([0, 100], [-3, 88], 5)).toEqual([-20, 100]);
  });
});

describe('valueAxis', () => {
  it('labels ticks with the decimals the step needs, percent with its sign', () => {
    const percent = valueAxis([0, 1], 5, 'percent', 'en');
    expect(percent.ticks.map(percent.tickFormat)).toEqual(['0.0%', '0.2%', '0.4%', '0.6%', '0.8%', '1.0%']);
    const dollars = valueAxis([0, 20000], 4, 'dollars', 'en');
    expect(dollars.tickFormat(5000)).toBe('$5,000');
    const years = valueAxis([0, 20], 4, 'years', 'en');
    expect(years.tickFormat(5)).toBe('5');
  });
});

describe('spreadLabels', () => {
  it('leaves labels that do not overlap where they are', () => {
    expect(
      spreadLabels(
        [
          { position: 50, size: 14 },
          { position: 100, size: 14 },
        ],
        0,
        200,
      ),
    ).toEqual([50, 100]);
  });

  it('pushes overlapping labels apart by half their heights, keeping their order', () => {
    const placed = spreadLabels(
      [
        { position: 100, size: 14 },
        { position: 98, size: 28 },
      ],
      0,
      200,
    );
    expect(placed[1]).toBeLessThan(placed[0]!);
    expect(placed[0]! - placed[1]!).toBeCloseTo(21);
  });

  it('keeps labels inside the frame', () => {
    const placed = spreadLabels(
      [
        { position: 199, size: 14 },
        { position: 199, size: 14 },
      ],
      0,
      200,
    );
    expect(Math.max(...placed)).toBeLessThanOrEqual(193);
    expect(Math.abs(placed[0]! - placed[1]!)).toBeGreaterThanOrEqual(14);
  });
});

describe('wrapLines', () => {
  it('breaks at spaces to fit, keeping an over-long word whole', () => {
    expect(wrapLines('District median', 200)).toEqual(['District median']);
    expect(wrapLines('Martin Luther King Jr. Elementary School', 110)).toEqual(['Martin Luther', 'King Jr.', 'Elementary', 'School']);
    expect(wrapLines('Supercalifragilistic', 50)).toEqual(['Supercalifragilistic']);
  });
});

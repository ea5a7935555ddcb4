import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../src/lib/charts/bar.ts';
import { describeHistogramChart, renderHistogramChart, tabulateHistogramChart } from '../../src/lib/charts/histogram.ts';
import { renderTrendChart } from '../../src/lib/charts/trend.ts';
import { barScores, histogramMarked, histogramPlain, trendGap, trendPlain } from './cases.ts';
import { parseSvg } from './inspect.ts';

const options = { locale: 'en', idPrefix: 'c' };

/** A deterministic spread of values in 0–100, so the test never depends on Math.random. */
function spread(count: number): number[] {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, () => (next() + next() + next()) * (100 / 3));
}

describe('renderHistogramChart', () => {
  it('uses the summary as the accessible name', () => {
    const root = parseSvg(renderHistogramChart(histogramPlain, options));
    expect(root.getAttribute('aria-label')).toBe(describeHistogramChart(histogramPlain, 'en'));
  });

  it('labels the marker and the reference with formatted values and writes ticks in the unit', () => {
    const svg = renderHistogramChart(histogramMarked, options);
    expect(svg).toContain('>Lakeview Elementary: 18.7%</text>');
    expect(svg).toContain('>District median: 12.8%</text>');
    expect(svg).toContain('>10%</text>');
    expect(svg).toContain('stroke-dasharray="6 4"');
  });

  it('draws one rect per non-empty bin, whatever the number of schools', () => {
    const root = parseSvg(renderHistogramChart({ ...histogramPlain, values: spread(5000) }, options));
    const bins = root.querySelectorAll('rect');
    expect(bins.length).toBeGreaterThan(10);
    expect(bins.length).toBeLessThanOrEqual(25);
  });

  it('is no larger for 100,000 schools than for 100 (within 10%)', () => {
    const small = renderHistogramChart({ ...histogramPlain, values: spread(100) }, options);
    const large = renderHistogramChart({ ...histogramPlain, values: spread(100_000) }, options);
    expect(Buffer.byteLength(large)).toBeLessThanOrEqual(Buffer.byteLength(small) * 1.1);
  });
});

describe('tabulateHistogramChart', () => {
  it("lists the chart's own bins, whose counts add up to every school", () => {
    const rows = tabulateHistogramChart(histogramPlain, 'en');
    expect(rows).toHaveLength(20);
    expect(rows.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(histogramPlain.values.length);
    expect(rows[0]?.[0]).toMatch(/ to under /);
    expect(rows.at(-1)?.[0]).not.toMatch(/under/);
  });
});

describe('renderTrendChart', () => {
  const emphasizedPath = (svg: string): string => {
    const path = parseSvg(svg).querySelector('g[stroke="#1d4f91"][fill="none"] path');
    return path?.getAttribute('d') ?? '';
  };

  it('breaks the school line at a missing year instead of bridging it', () => {
    expect(emphasizedPath(renderTrendChart(trendPlain, options)).match(/M/g)).toHaveLength(1);
    expect(emphasizedPath(renderTrendChart(trendGap, options)).match(/M/g)).toHaveLength(2);
  });

  it('labels lines directly, dashes the comparison, and writes school years with an en dash', () => {
    const svg = renderTrendChart(trendGap, options);
    expect(svg).toContain('>Lakeview Elementary</text>');
    expect(svg).toContain('>District median</text>');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('>2022–23</text>');
  });

  it('widens a fixed domain to a value outside it', () => {
    const outside = { ...trendPlain, yDomain: [0, 50] as const };
    expect(renderTrendChart(outside, options)).toContain('>60</text>');
  });

  it('needs a series', () => {
    expect(() => renderTrendChart({ ...trendPlain, series: [] }, options)).toThrow(/at least one series/);
  });
});

describe('renderBarChart', () => {
  it('writes each value at the end of its bar, the emphasized one in bold', () => {
    const root = parseSvg(renderBarChart(barScores, options));
    const texts = (weight: string) =>
      Array.from(root.querySelectorAll(`g[font-weight="${weight}"]:not([fill]) text`), (text) => text.textContent);
    expect(texts('bold')).toEqual(['Opportunity', '72.0']);
    expect(texts('normal')).toEqual(['Student outcomes', 'Systems', '45.3', '12.5']);
  });

  it('writes a negative value beyond the end of its bar, on the left', () => {
    const bars = [
      { label: 'Change', value: -4 },
      { label: 'Other', value: 6 },
    ];
    const root = parseSvg(renderBarChart({ ...barScores, domain: undefined, referenceValue: undefined, bars }, options));
    const x = (content: string): number => {
      const text = Array.from(root.querySelectorAll('text')).find((element) => element.textContent === content);
      return Number(/translate\(([-\d.]+),/.exec(text?.getAttribute('transform') ?? '')?.[1]);
    };
    expect(root.querySelector('g[text-anchor="end"][paint-order] text')?.textContent).toBe('\u22124.0');
    // Right-aligned at its bar's end, the value clears the category labels left of the axis.
    expect(x('\u22124.0') - x('Change')).toBeGreaterThanOrEqual(36);
  });

  it('wraps long labels and keeps bars with the same label apart', () => {
    const bars = [
      { label: 'Students who attend school regularly across the whole year', value: 10 },
      { label: 'Same', value: 20 },
      { label: 'Same', value: 30 },
    ];
    const root = parseSvg(renderBarChart({ ...barScores, bars }, options));
    expect(root.querySelectorAll('tspan').length).toBeGreaterThan(1);
    expect(root.querySelectorAll('rect')).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { describeLocatorChart, locatorTableColumns, renderLocatorChart, tabulateLocatorChart } from '../../src/lib/charts/locator.ts';
import { EMPHASIS, MUTED } from '../../src/lib/charts/theme.ts';
import { computeDistrictGrid } from '../../src/lib/site/district-grid.ts';
import { locatorDistrict, locatorSingle } from './cases.ts';
import { parseSvg } from './inspect.ts';

const options = { locale: 'en', idPrefix: 'c' };

/** `count` schools on a deterministic scatter over about 40 km by 30 km. */
function scatter(count: number) {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, () => ({ latitude: 35.6 + next() * 0.27, longitude: -78.9 + next() * 0.45 }));
}

describe('renderLocatorChart', () => {
  it('uses the description as the accessible name', () => {
    const root = parseSvg(renderLocatorChart(locatorDistrict, options));
    expect(root.getAttribute('aria-label')).toBe(describeLocatorChart(locatorDistrict, 'en'));
  });

  it('marks the school by shape, crossing lines and its name, not by colour alone', () => {
    const svg = renderLocatorChart(locatorDistrict, options);
    const root = parseSvg(svg);
    // Plot draws a star as a path; the district's schools are circles.
    expect(root.querySelectorAll(`g[fill="${EMPHASIS}"] path`)).toHaveLength(1);
    expect(root.querySelectorAll(`g[stroke="${EMPHASIS}"][stroke-dasharray="2 3"] line`)).toHaveLength(2);
    expect(Array.from(root.querySelectorAll('tspan'), (line) => line.textContent).join(' ')).toBe('Lakeview Elementary School of the Arts');
    expect(svg).toContain('>2 km</text>');
  });

  it('draws one circle per cell with schools, at most 12 × 12, whatever the number of schools', () => {
    const circles = (count: number) => {
      const grid = computeDistrictGrid(scatter(count));
      if (!grid) throw new Error('no grid');
      const svg = renderLocatorChart({ grid, school: { ...grid.cells[0]!, label: 'A school' } }, options);
      return { svg, circles: parseSvg(svg).querySelectorAll(`g[fill="${MUTED}"] circle`).length };
    };
    const small = circles(100);
    const large = circles(20_000);
    expect(large.circles).toBeLessThanOrEqual(144);
    expect(large.circles).toBeGreaterThan(small.circles);
    expect(Buffer.byteLength(large.svg)).toBeLessThanOrEqual(16_000);
  });
});

describe('describeLocatorChart and tabulateLocatorChart', () => {
  it('names the part of the district, the number of schools and their extent', () => {
    expect(describeLocatorChart(locatorDistrict, 'en')).toBe(
      'Lakeview Elementary School of the Arts (the star) is in the east of the district; north is up. ' +
        "Circles show where the district's 40 schools with known coordinates are: the bigger the circle, the more schools. " +
        'They span about 13 km from west to east and 11 km from south to north.',
    );
    expect(describeLocatorChart(locatorSingle, 'en')).toBe(
      "Oak Grove Charter (the star) is the only school in the district's directory with known coordinates; north is up.",
    );
  });

  it("counts every school into the nine parts, north first, and marks the school's own part", () => {
    const rows = tabulateLocatorChart(locatorDistrict, 'en');
    expect(locatorTableColumns('en')).toEqual(['Part of the district', 'West', 'Centre', 'East']);
    expect(rows).toEqual([
      ['North', '4', '9', '10'],
      ['Centre', '0', '6', '4 (including this school)'],
      ['South', '5', '2', '0'],
    ]);
    expect(rows.flatMap((row) => row.slice(1)).reduce((sum, cell) => sum + Number.parseInt(cell, 10), 0)).toBe(40);
  });
});

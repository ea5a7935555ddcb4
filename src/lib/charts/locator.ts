import * as Plot from '@observablehq/plot';
import { formatNumber } from '../format/number.ts';
import { t } from '../i18n/t.ts';
import { plotFrame } from './dom.ts';
import { finalizeSvg } from './finalize.ts';
import { cellOf, extentKm, projectKm, type GeoPoint, type GridBox, type LocatorGrid } from './grid.ts';
import { wrapLines } from './text.ts';
import { COMPARISON, EMPHASIS, HALO, MUTED } from './theme.ts';
import type { ChartOptions } from './types.ts';

export interface LocatorData {
  /** The district's schools, counted in coarse cells (computed once per site). */
  grid: LocatorGrid;
  /** This school: a labelled star on crossing lines. */
  school: GeoPoint & { label: string };
}

/** The map's largest size in pixels; the district's shape decides which side reaches it. */
const MAX_WIDTH = 320;
const MAX_HEIGHT = 240;
/** Room inside the frame, so circles and the star at its edge stay whole. */
const INSET = 14;
const MARGIN = 8;
/** Room below the frame for the scale bar. */
const MARGIN_BOTTOM = 32;
const STAR_RADIUS = 9;
/** From the star's centre to its name. */
const LABEL_GAP = STAR_RADIUS + 4;
const MAX_CIRCLE_RADIUS = 12;
/** Scale bar lengths in km: the longest that fits a third of the map is drawn. */
const SCALE_STEPS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

type Third = 0 | 1 | 2;
const ROWS = ['south', 'centre', 'north'] as const;
const COLUMNS = ['west', 'centre', 'east'] as const;

/** Which third of the box, south to north and west to east, a cell's centre is in. */
function thirdsOf(grid: GridBox, { column, row }: { column: number; row: number }): { row: Third; column: Third } {
  const third = (index: number, count: number) => Math.min(2, Math.floor(((index + 0.5) / count) * 3)) as Third;
  return { row: third(row, grid.rows), column: third(column, grid.columns) };
}

/** "north-west", "centre", "east": the school's part of the district, named from its cell. */
function partName({ row, column }: { row: Third; column: Third }, locale: string): string {
  const north = ROWS[row];
  const east = COLUMNS[column];
  if (north === 'centre') return t(locale, `chart.locator.part.${east}`);
  if (east === 'centre') return t(locale, `chart.locator.part.${north}`);
  return t(locale, `chart.locator.part.${north}_${east}`);
}

/** Kilometres with one decimal below 10 km, whole above: "3.4 km", "27 km". */
function formatKm(km: number, locale: string): string {
  return formatNumber(km, locale, { decimals: km < 10 ? 1 : 0 });
}

/**
 * Where the school is within its district: the district's extent as a frame, its schools
 * as circles per cell (area by count), this school as a star on crossing lines with its
 * name, and a scale bar. North is up. The drawing has the same size whatever the number of
 * schools, so a page per school keeps the site linear in its schools.
 */
export function renderLocatorChart(data: LocatorData, { locale, idPrefix }: ChartOptions): string {
  const { grid, school } = data;
  const { width, height } = extentKm(grid);
  const pxPerKm = Math.min(MAX_WIDTH / width, MAX_HEIGHT / height);
  const cellPx = Math.min(width / grid.columns, height / grid.rows) * pxPerKm;
  const cells = grid.cells.map((cell) => ({ ...projectKm(grid, cell), count: cell.count }));
  const maxCount = Math.max(1, ...cells.map((cell) => cell.count));
  const point = projectKm(grid, school);
  // The name reads towards the middle of the map, so it stays inside the frame.
  const leftward = point.x > width / 2;
  const room = (leftward ? point.x : width - point.x) * pxPerKm + INSET - LABEL_GAP;
  const label = wrapLines(school.label, room).join('\n');
  const barKm = [...SCALE_STEPS].reverse().find((step) => step <= width / 3) ?? (SCALE_STEPS[0] as number);
  const below = INSET + 14;

  const svg = Plot.plot({
    ...plotFrame(Math.round(height * pxPerKm + 2 * INSET + MARGIN + MARGIN_BOTTOM)),
    width: Math.round(width * pxPerKm + 2 * INSET + 2 * MARGIN),
    margin: MARGIN,
    marginBottom: MARGIN_BOTTOM,
    x: { domain: [0, width], axis: null, inset: INSET },
    y: { domain: [0, height], axis: null, inset: INSET },
    r: { type: 'sqrt', domain: [0, maxCount], range: [0, Math.max(2, Math.min(MAX_CIRCLE_RADIUS, cellPx / 2))] },
    marks: [
      Plot.frame({ stroke: COMPARISON }),
      Plot.dot(cells, { x: 'x', y: 'y', r: 'count', fill: MUTED, stroke: HALO, strokeWidth: 1 }),
      Plot.ruleX([point.x], { stroke: EMPHASIS, strokeDasharray: '2 3' }),
      Plot.ruleY([point.y], { stroke: EMPHASIS, strokeDasharray: '2 3' }),
      Plot.dot([point], { x: 'x', y: 'y', symbol: 'star', r: STAR_RADIUS, fill: EMPHASIS, stroke: HALO, strokeWidth: 1.5 }),
      Plot.text([point], {
        x: 'x',
        y: 'y',
        text: () => label,
        dx: leftward ? -LABEL_GAP : LABEL_GAP,
        textAnchor: leftward ? 'end' : 'start',
        fill: EMPHASIS,
        fontWeight: 'bold',
        stroke: HALO,
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
      Plot.link([barKm], { x1: () => 0, x2: (km: number) => km, y1: () => 0, y2: () => 0, dy: below, stroke: COMPARISON, strokeWidth: 2 }),
      Plot.text([barKm], {
        x: (km: number) => km,
        y: () => 0,
        dy: below,
        dx: 6,
        textAnchor: 'start',
        text: (km: number) => t(locale, 'chart.locator.scale', { distance: formatNumber(km, locale, { decimals: km < 1 ? 1 : 0 }) }),
        fill: COMPARISON,
        fontVariant: 'tabular-nums',
      }),
    ],
  });
  return finalizeSvg(svg, { idPrefix, title: describeLocatorChart(data, locale) });
}

/** "Lakeview Elementary is in the north-west of the district; …" with the legend and the extent. */
export function describeLocatorChart({ grid, school }: LocatorData, locale: string): string {
  if (grid.schoolCount === 1) return t(locale, 'chart.locator.single', { school: school.label });
  const { width, height } = extentKm(grid);
  return [
    t(locale, 'chart.locator.summary', {
      school: school.label,
      part: partName(thirdsOf(grid, cellOf(grid, school)), locale),
      count: formatNumber(grid.schoolCount, locale),
    }),
    t(locale, 'chart.locator.extent', { width: formatKm(width, locale), height: formatKm(height, locale) }),
  ].join(' ');
}

/**
 * The map's data as a table: schools in each ninth of the district, north row first, with
 * the school's own part marked.
 */
export function tabulateLocatorChart({ grid, school }: LocatorData, locale: string): string[][] {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const cell of grid.cells) {
    const { row, column } = thirdsOf(grid, cell);
    counts[row * 3 + column] = (counts[row * 3 + column] ?? 0) + cell.count;
  }
  const own = thirdsOf(grid, cellOf(grid, school));
  return ([2, 1, 0] as const).map((row) => [
    t(locale, `chart.locator.row.${ROWS[row]}`),
    ...([0, 1, 2] as const).map((column) => {
      const count = formatNumber(counts[row * 3 + column] ?? 0, locale);
      return row === own.row && column === own.column ? t(locale, 'chart.locator.table.with_school', { count }) : count;
    }),
  ]);
}

/** The table's column headers, matching `tabulateLocatorChart`'s cells. */
export function locatorTableColumns(locale: string): string[] {
  return [t(locale, 'chart.locator.table.corner'), ...COLUMNS.map((column) => t(locale, `chart.locator.column.${column}`))];
}

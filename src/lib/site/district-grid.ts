import { extent } from 'd3';
import { cellOf, extentKm, KM_PER_DEGREE, kmPerDegreeLongitude, type GeoPoint, type GridCell, type LocatorGrid } from '../charts/grid.ts';

/** At most this many cells across the longer side: coarse enough to draw on every school page. */
const GRID_CELLS = 12;
/** A district of one school, or of schools along one street, still gets a map with some room. */
const MIN_SPAN_KM = 1;

/** Widens [low, high] around its middle to at least `span`. */
function widen([low, high]: [number, number], span: number): [number, number] {
  if (high - low >= span) return [low, high];
  const middle = (low + high) / 2;
  return [middle - span / 2, middle + span / 2];
}

/**
 * The district's schools with coordinates counted into cells of about equal width and height
 * on the ground, once per build; null when no school has coordinates (North Carolina's
 * directory publishes none).
 */
export function computeDistrictGrid(schools: readonly { latitude: number | null; longitude: number | null }[]): LocatorGrid | null {
  const points = schools.flatMap((s): GeoPoint[] =>
    s.latitude === null || s.longitude === null ? [] : [{ latitude: s.latitude, longitude: s.longitude }],
  );
  const [minLatitude, maxLatitude] = extent(points, (p) => p.latitude);
  const [minLongitude, maxLongitude] = extent(points, (p) => p.longitude);
  if (minLatitude === undefined || maxLatitude === undefined || minLongitude === undefined || maxLongitude === undefined) return null;
  const [south, north] = widen([minLatitude, maxLatitude], MIN_SPAN_KM / KM_PER_DEGREE);
  const [west, east] = widen([minLongitude, maxLongitude], MIN_SPAN_KM / kmPerDegreeLongitude(south, north));
  const { width, height } = extentKm({ west, south, east, north });
  const longest = Math.max(width, height);
  const columns = Math.max(1, Math.round((GRID_CELLS * width) / longest));
  const rows = Math.max(1, Math.round((GRID_CELLS * height) / longest));
  const box = { west, south, east, north, columns, rows };
  const cellsByKey = new Map<number, GridCell>();
  for (const point of points) {
    const { column, row } = cellOf(box, point);
    const key = row * columns + column;
    const cell = cellsByKey.get(key) ?? { column, row, count: 0, latitude: 0, longitude: 0 };
    // A running mean: the cell's schools drawn where they are, not at the cell's middle.
    cell.count += 1;
    cell.latitude += (point.latitude - cell.latitude) / cell.count;
    cell.longitude += (point.longitude - cell.longitude) / cell.count;
    cellsByKey.set(key, cell);
  }
  const cells = [...cellsByKey].sort(([a], [b]) => a - b).map(([, cell]) => cell);
  return { ...box, cells, schoolCount: points.length };
}

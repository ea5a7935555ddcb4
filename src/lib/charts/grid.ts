/**
 * A district's schools as a coarse grid over their bounding box: what a locator map draws
 * as context, the same size for 50 schools as for 5,000, so every school page can carry it.
 */
export interface LocatorGrid {
  /** The bounding box of the schools, in degrees (widened a little when they lie on one line). */
  west: number;
  south: number;
  east: number;
  north: number;
  columns: number;
  rows: number;
  /** Only cells with schools; column 0 is the westernmost, row 0 the southernmost. */
  cells: GridCell[];
  /** The schools counted in the cells. */
  schoolCount: number;
}

/** The grid without its counts: where it lies and how it is divided. */
export type GridBox = Omit<LocatorGrid, 'cells' | 'schoolCount'>;

/** A cell's schools: how many, and their mean position, where the map draws them. */
export interface GridCell extends GeoPoint {
  column: number;
  row: number;
  count: number;
}

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Mean Earth radius × π / 180: kilometres per degree of latitude, close enough for a locator. */
export const KM_PER_DEGREE = (6371 * Math.PI) / 180;

/** Kilometres per degree of longitude at the grid's middle latitude (an equirectangular projection). */
export function kmPerDegreeLongitude(south: number, north: number): number {
  return KM_PER_DEGREE * Math.cos((((south + north) / 2) * Math.PI) / 180);
}

/** Width (west to east) and height (south to north) of the grid's box, in kilometres. */
export function extentKm({ west, south, east, north }: Pick<GridBox, 'west' | 'south' | 'east' | 'north'>): {
  width: number;
  height: number;
} {
  return { width: (east - west) * kmPerDegreeLongitude(south, north), height: (north - south) * KM_PER_DEGREE };
}

/** A point in kilometres east and north of the grid's south-west corner. */
export function projectKm(grid: GridBox, { latitude, longitude }: GeoPoint): { x: number; y: number } {
  return { x: (longitude - grid.west) * kmPerDegreeLongitude(grid.south, grid.north), y: (latitude - grid.south) * KM_PER_DEGREE };
}

/** The cell a point falls in; points on the east or north edge belong to the last cell. */
export function cellOf(grid: GridBox, { latitude, longitude }: GeoPoint): { column: number; row: number } {
  const index = (value: number, low: number, high: number, count: number): number =>
    Math.min(count - 1, Math.max(0, Math.floor(((value - low) / (high - low)) * count)));
  return {
    column: index(longitude, grid.west, grid.east, grid.columns),
    row: index(latitude, grid.south, grid.north, grid.rows),
  };
}

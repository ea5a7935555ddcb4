import type { LocatorGrid } from '../charts/grid.ts';
import { describeLocatorChart, locatorTableColumns, renderLocatorChart, tabulateLocatorChart } from '../charts/locator.ts';
import { formatNumber } from '../format/number.ts';
import { t } from '../i18n/t.ts';
import type { SchoolDetail } from './types.ts';

/** A school page's location section: its address, and a locator map or why there is none. */
export interface SchoolLocation {
  address: string;
  map: LocatorFigure | null;
  /** Why the section has no map; null when it has one. */
  noMap: string | null;
}

interface LocatorFigure {
  svg: string;
  caption: string;
  tableCaption: string;
  columns: string[];
  rows: string[][];
  /** An ordinary external link, so the map's place opens without JavaScript. */
  link: { href: string; text: string };
}

/** Coordinates with 5 decimals (about a metre): precise enough for a building, in the URL's plain digits. */
export function openStreetMapUrl(latitude: number, longitude: number): string {
  const lat = latitude.toFixed(5);
  const lon = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

export function schoolLocation(
  school: Pick<SchoolDetail, 'name' | 'address' | 'city' | 'zip' | 'latitude' | 'longitude'>,
  grid: LocatorGrid | null,
  locale: string,
): SchoolLocation {
  const address = t(locale, 'school.location.address', { street: school.address, city: school.city, zip: school.zip });
  const { latitude, longitude } = school;
  // A school with coordinates is always in the grid, which is built from every school that has them.
  if (latitude === null || longitude === null || grid === null) {
    return { address, map: null, noMap: t(locale, 'school.location.noMap') };
  }
  const data = { grid, school: { latitude, longitude, label: school.name } };
  const coordinate = (value: number) => formatNumber(value, locale, { decimals: 5 });
  return {
    address,
    noMap: null,
    map: {
      svg: renderLocatorChart(data, { locale, idPrefix: 'school-locator' }),
      caption: describeLocatorChart(data, locale),
      tableCaption: t(locale, 'school.location.table'),
      columns: locatorTableColumns(locale),
      rows: tabulateLocatorChart(data, locale),
      link: {
        href: openStreetMapUrl(latitude, longitude),
        text: t(locale, 'school.location.osm', { latitude: coordinate(latitude), longitude: coordinate(longitude) }),
      },
    },
  };
}

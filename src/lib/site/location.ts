import type { LocatorGrid } from '../charts/grid.ts';
import { describeLocatorChart, locatorTableColumns, renderLocatorChart, tabulateLocatorChart } from '../charts/locator.ts';
import { formatNumber } from '../format/number.ts';
import { t } from '../i18n/t.ts';
import type { SchoolDetail } from './types.ts';

/** A school page's location section: its address, how to reach it, and a locator map or why there is none. */
export interface SchoolLocation {
  /** Null when the directory gives no part of an address. */
  address: string | null;
  phone: { href: string; text: string; label: string } | null;
  website: { href: string; text: string; label: string } | null;
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

/** The parts of an address the directory gives, with no stray commas for the parts it lacks. */
export function addressLine(school: Pick<SchoolDetail, 'address' | 'city' | 'zip'>, locale: string): string | null {
  const { address: street, city, zip } = school;
  const place = city !== null && zip !== null ? t(locale, 'school.location.place', { city, zip }) : (city ?? zip);
  if (street !== null && place !== null) return t(locale, 'school.location.address', { street, place });
  return street ?? place;
}

/** A phone number as a tel: link dials it: its digits and a leading +, an extension after ";ext=". */
export function telHref(phone: string): string {
  const [number = '', extension] = phone.split(/\s*(?:ext\.?|x)\s*/i);
  const digits = number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  const ext = extension?.replace(/\D/g, '');
  return `tel:${digits}${ext ? `;ext=${ext}` : ''}`;
}

function contact(school: Pick<SchoolDetail, 'phone' | 'website'>, locale: string): Pick<SchoolLocation, 'phone' | 'website'> {
  return {
    phone: school.phone === null ? null : { href: telHref(school.phone), text: school.phone, label: t(locale, 'school.contact.phone') },
    website: school.website === null ? null : { href: school.website, text: school.website, label: t(locale, 'school.contact.website') },
  };
}

export function schoolLocation(
  school: Pick<SchoolDetail, 'name' | 'address' | 'city' | 'zip' | 'latitude' | 'longitude' | 'phone' | 'website'>,
  grid: LocatorGrid | null,
  locale: string,
): SchoolLocation {
  const address = addressLine(school, locale);
  const { latitude, longitude } = school;
  // A school with coordinates is always in the grid, which is built from every school that has them.
  if (latitude === null || longitude === null || grid === null) {
    return { address, ...contact(school, locale), map: null, noMap: t(locale, 'school.location.noMap') };
  }
  const data = { grid, school: { latitude, longitude, label: school.name } };
  const coordinate = (value: number) => formatNumber(value, locale, { decimals: 5 });
  return {
    address,
    ...contact(school, locale),
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

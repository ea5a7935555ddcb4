import { describe, expect, it } from 'vitest';
import { computeDistrictGrid } from '../../src/lib/site/district-grid.ts';
import { addressLine, openStreetMapUrl, schoolLocation, telHref } from '../../src/lib/site/location.ts';
import { parseSvg } from '../charts/inspect.ts';

const alder = {
  name: 'Alder Elementary',
  address: '1 Alder Way',
  city: 'Riverside',
  zip: '02134',
  latitude: 38.5,
  longitude: -121.5,
  phone: null,
  website: null,
};
const birch = { ...alder, name: 'Birch Middle', latitude: 38.51, longitude: -121.51 };
/** As in North Carolina's directory: an address, no coordinates. */
const cedar = { ...alder, name: 'Cedar High', latitude: null, longitude: null };

describe('computeDistrictGrid', () => {
  it('counts the schools with coordinates into at most 12 × 12 cells at their mean position', () => {
    const grid = computeDistrictGrid([alder, birch, cedar, { ...birch, name: 'Birch Annex' }]);
    expect(grid).not.toBeNull();
    expect(grid?.schoolCount).toBe(3);
    expect(grid?.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(3);
    expect(Math.max(grid?.columns ?? 0, grid?.rows ?? 0)).toBe(12);
    expect(grid?.cells.find((cell) => cell.count === 2)).toMatchObject({ latitude: 38.51, longitude: -121.51 });
  });

  it('gives a district of one school room around it, and none without coordinates', () => {
    const grid = computeDistrictGrid([alder]);
    expect(grid?.north).toBeGreaterThan(38.5);
    expect(grid?.south).toBeLessThan(38.5);
    expect(grid?.east).toBeGreaterThan(-121.5);
    expect(grid?.west).toBeLessThan(-121.5);
    expect(computeDistrictGrid([cedar])).toBeNull();
    expect(computeDistrictGrid([])).toBeNull();
  });
});

describe('schoolLocation', () => {
  it('shows no map for a school without coordinates, and says why', () => {
    const grid = computeDistrictGrid([alder, birch, cedar]);
    for (const g of [grid, null]) {
      const location = schoolLocation(cedar, g, 'en');
      expect(location.map).toBeNull();
      expect(location.noMap).toBe("No map: the district's school directory does not publish coordinates for this school.");
      expect(location.address).toBe('1 Alder Way, Riverside 02134');
    }
  });

  it('gives a school with coordinates a locator map, its data table and a plain link to OpenStreetMap', () => {
    const location = schoolLocation(birch, computeDistrictGrid([alder, birch, cedar]), 'en');
    expect(location.noMap).toBeNull();
    const map = location.map;
    if (!map) throw new Error('expected a map');
    expect(parseSvg(map.svg).getAttribute('role')).toBe('img');
    expect(map.caption).toMatch(/^Birch Middle \(the star\) is in the north-west of the district/);
    expect(map.rows).toHaveLength(3);
    expect(map.link).toEqual({
      href: 'https://www.openstreetmap.org/?mlat=38.51000&mlon=-121.51000#map=17/38.51000/-121.51000',
      text: 'Open in OpenStreetMap (38.51000, \u2212121.51000)',
    });
  });

  it('writes coordinates in the URL with plain digits and a hyphen-minus', () => {
    expect(openStreetMapUrl(-33.86785, 151.20732)).toBe(
      'https://www.openstreetmap.org/?mlat=-33.86785&mlon=151.20732#map=17/-33.86785/151.20732',
    );
  });
});

describe('a directory without addresses or contacts', () => {
  it('writes only the parts of an address it has, with no stray commas', () => {
    const line = (address: string | null, city: string | null, zip: string | null) => addressLine({ address, city, zip }, 'en');
    expect(line('1 Alder Way', 'Riverside', '02134')).toBe('1 Alder Way, Riverside 02134');
    expect(line('1 Alder Way', null, '02134')).toBe('1 Alder Way, 02134');
    expect(line(null, 'Riverside', null)).toBe('Riverside');
    expect(line('1 Alder Way', null, null)).toBe('1 Alder Way');
    expect(line(null, null, null)).toBeNull();
  });

  it('links a phone number with tel: and a website as written, only when the directory has them', () => {
    const none = schoolLocation(cedar, null, 'en');
    expect([none.phone, none.website]).toEqual([null, null]);
    const reached = schoolLocation({ ...cedar, phone: '(555) 010-2000 ext. 12', website: 'https://alder.example.org/' }, null, 'en');
    expect(reached.phone).toEqual({ href: 'tel:5550102000;ext=12', text: '(555) 010-2000 ext. 12', label: 'Phone' });
    expect(reached.website).toEqual({ href: 'https://alder.example.org/', text: 'https://alder.example.org/', label: 'Website' });
    expect(telHref('+1 555-010-2000')).toBe('tel:+15550102000');
  });

  it('has no address line and no map for a school the directory only names', () => {
    const bare = schoolLocation({ ...cedar, address: null, city: null, zip: null }, null, 'en');
    expect(bare.address).toBeNull();
    expect(bare.map).toBeNull();
    expect(bare.noMap).toMatch(/^No map/);
  });
});

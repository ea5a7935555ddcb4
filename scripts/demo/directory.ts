import type { SchoolLevel } from '../../src/lib/data/schemas.ts';

/**
 * The fictional Riverside Unified School District: its schools, towns and years. Names are
 * invented from nature and place words; any likeness to a real school is a coincidence.
 */

export const DISTRICT_ID = 'RUSD';

export const YEARS = ['2020-21', '2021-22', '2022-23', '2023-24', '2024-25'] as const;
export type Year = (typeof YEARS)[number];

export type Region = 'North' | 'West' | 'Central' | 'East' | 'South';

export interface Town {
  city: string;
  zips: readonly string[];
  /** Centre of the region's schools. */
  lat: number;
  lon: number;
  /** Mean of the latent need (a z-score) of the region's neighbourhoods. */
  need: number;
}

/** A made-up place around 38.5 N, 121.5 W; every school lies within ±0.15° of it. */
export const CENTRE = { lat: 38.5, lon: -121.5, spread: 0.15 } as const;

export const TOWNS: Record<Region, Town> = {
  North: { city: 'Millbrook', zips: ['95611', '95612'], lat: 38.59, lon: -121.5, need: -0.85 },
  West: { city: 'Westhaven', zips: ['95631', '95632'], lat: 38.5, lon: -121.6, need: -0.35 },
  Central: { city: 'Riverside', zips: ['95601', '95602', '95603'], lat: 38.5, lon: -121.5, need: 0.15 },
  East: { city: 'East Fork', zips: ['95641', '95642'], lat: 38.5, lon: -121.4, need: 0.55 },
  South: { city: 'South Landing', zips: ['95651', '95652'], lat: 38.41, lon: -121.5, need: 0.85 },
};

export const GRADES: Record<SchoolLevel, string> = {
  elementary: 'K-5',
  middle: '6-8',
  high: '9-12',
  combined: 'K-8',
};

export interface SchoolSpec {
  id: string;
  name: string;
  level: SchoolLevel;
  region: Region;
  /** Street for the address; defaults to the school's name without its level. */
  street?: string;
  opened?: Year;
  closed?: Year;
}

/** The school that opens during the data's years (relieving two crowded East schools). */
export const NEW_SCHOOL = '0136';
/** The school that closes after 2022-23; its students move to two Central neighbours. */
export const CLOSED_SCHOOL = '0117';

const E = 'elementary';
const M = 'middle';
const H = 'high';
const C = 'combined';

export const SCHOOLS: readonly SchoolSpec[] = [
  // Elementary, K-5
  { id: '0101', name: 'Alder Creek Elementary', level: E, region: 'North' },
  { id: '0102', name: 'Birch Hollow Elementary', level: E, region: 'North' },
  { id: '0103', name: 'Cedar Ridge Elementary', level: E, region: 'North' },
  { id: '0104', name: 'Fox Run Elementary', level: E, region: 'North' },
  { id: '0105', name: 'Hawthorn Elementary', level: E, region: 'North', street: 'Hawthorn Avenue' },
  { id: '0106', name: 'Maple Grove Elementary', level: E, region: 'North' },
  { id: '0107', name: 'Quail Hill Elementary', level: E, region: 'North' },
  { id: '0108', name: 'Bayberry Elementary', level: E, region: 'West', street: 'Bayberry Lane' },
  { id: '0109', name: 'Clearwater Elementary', level: E, region: 'West', street: 'Clearwater Drive' },
  { id: '0110', name: 'Driftwood Elementary', level: E, region: 'West', street: 'Driftwood Way' },
  { id: '0111', name: 'Sandpiper Elementary', level: E, region: 'West', street: 'Sandpiper Court' },
  { id: '0112', name: 'Sunset Bluff Elementary', level: E, region: 'West' },
  { id: '0113', name: 'Tamarack Elementary', level: E, region: 'West', street: 'Tamarack Road' },
  { id: '0114', name: 'Willow Bend Elementary', level: E, region: 'West' },
  { id: '0115', name: 'Elm Street Elementary', level: E, region: 'Central', street: 'Elm Street' },
  { id: '0116', name: 'Lantern Hill Elementary', level: E, region: 'Central' },
  { id: '0117', name: 'Mill Pond Elementary', level: E, region: 'Central', closed: '2022-23' },
  { id: '0118', name: 'Old Orchard Elementary', level: E, region: 'Central' },
  { id: '0119', name: 'Riverbend Elementary', level: E, region: 'Central', street: 'Riverbend Parkway' },
  { id: '0120', name: 'Stone Bridge Elementary', level: E, region: 'Central' },
  { id: '0121', name: 'Sycamore Elementary', level: E, region: 'Central', street: 'Sycamore Street' },
  { id: '0122', name: 'Union Park Elementary', level: E, region: 'Central', street: 'Union Park Avenue' },
  { id: '0123', name: 'Bluebell Elementary', level: E, region: 'East', street: 'Bluebell Lane' },
  { id: '0124', name: 'Cottonwood Elementary', level: E, region: 'East', street: 'Cottonwood Avenue' },
  { id: '0125', name: 'Eastgate Elementary', level: E, region: 'East', street: 'Eastgate Road' },
  { id: '0126', name: 'Juniper Elementary', level: E, region: 'East', street: 'Juniper Street' },
  { id: '0127', name: 'Meadowlark Elementary', level: E, region: 'East', street: 'Meadowlark Drive' },
  { id: '0128', name: 'Thistle Field Elementary', level: E, region: 'East' },
  { id: '0129', name: 'Canyon Oaks Elementary', level: E, region: 'South' },
  { id: '0130', name: 'Heron Marsh Elementary', level: E, region: 'South' },
  { id: '0131', name: 'Kingfisher Elementary', level: E, region: 'South', street: 'Kingfisher Way' },
  { id: '0132', name: 'Larkspur Elementary', level: E, region: 'South', street: 'Larkspur Lane' },
  { id: '0133', name: 'Redwing Elementary', level: E, region: 'South', street: 'Redwing Road' },
  { id: '0134', name: 'Southfield Elementary', level: E, region: 'South', street: 'Southfield Avenue' },
  { id: '0135', name: 'Sparrow Park Elementary', level: E, region: 'South' },
  { id: '0136', name: 'Prairie Wind Elementary', level: E, region: 'East', street: 'Prairie Wind Boulevard', opened: '2022-23' },
  // Middle, 6-8
  { id: '0201', name: 'Ridgeview Middle', level: M, region: 'North', street: 'Ridgeview Drive' },
  { id: '0202', name: 'Timberline Middle', level: M, region: 'North', street: 'Timberline Road' },
  { id: '0203', name: 'Harbor View Middle', level: M, region: 'West', street: 'Harbor View Drive' },
  { id: '0204', name: 'Lakeshore Middle', level: M, region: 'West', street: 'Lakeshore Boulevard' },
  { id: '0205', name: 'Clock Tower Middle', level: M, region: 'Central', street: 'Market Street' },
  { id: '0206', name: 'Confluence Middle', level: M, region: 'Central', street: 'Confluence Way' },
  { id: '0207', name: 'Riverwalk Middle', level: M, region: 'Central', street: 'Riverwalk Avenue' },
  { id: '0208', name: 'East Fork Middle', level: M, region: 'East', street: 'Fork Road' },
  { id: '0209', name: 'Golden Valley Middle', level: M, region: 'East', street: 'Golden Valley Road' },
  { id: '0210', name: 'Sunrise Middle', level: M, region: 'East', street: 'Sunrise Avenue' },
  { id: '0211', name: 'Bluestem Middle', level: M, region: 'South', street: 'Bluestem Drive' },
  { id: '0212', name: 'Cypress Middle', level: M, region: 'South', street: 'Cypress Street' },
  // High, 9-12
  { id: '0301', name: 'Millbrook High', level: H, region: 'North', street: 'Millbrook Road' },
  { id: '0302', name: 'Summit Ridge High', level: H, region: 'North', street: 'Summit Ridge Drive' },
  { id: '0303', name: 'Westlake High', level: H, region: 'West', street: 'Westlake Boulevard' },
  { id: '0304', name: 'Bay Laurel High', level: H, region: 'West', street: 'Laurel Avenue' },
  { id: '0305', name: 'Riverside Central High', level: H, region: 'Central', street: 'River Street' },
  { id: '0306', name: 'Valley Oak High', level: H, region: 'Central', street: 'Valley Oak Drive' },
  { id: '0307', name: 'East Fork High', level: H, region: 'East', street: 'East Fork Road' },
  { id: '0308', name: 'Pinecrest High', level: H, region: 'East', street: 'Pinecrest Avenue' },
  { id: '0309', name: 'South River High', level: H, region: 'South', street: 'South River Road' },
  { id: '0310', name: 'Meadow Vista High', level: H, region: 'South', street: 'Meadow Vista Way' },
  // Combined, K-8
  { id: '0401', name: 'Fern Hollow K-8 School', level: C, region: 'West', street: 'Fern Hollow Road' },
  { id: '0402', name: 'Riverbank K-8 School', level: C, region: 'South', street: 'Riverbank Drive' },
];

/** Whether a school operated in a year (opened and closed are both included). */
export function operates(school: SchoolSpec, year: Year): boolean {
  const i = YEARS.indexOf(year);
  if (school.opened !== undefined && i < YEARS.indexOf(school.opened)) return false;
  if (school.closed !== undefined && i > YEARS.indexOf(school.closed)) return false;
  return true;
}

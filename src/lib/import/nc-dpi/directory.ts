import type { SchoolRow } from '../../data/schemas.ts';
import type { ImportReport } from '../report.ts';
import type { SourceTable } from '../rows.ts';
import { cellsOf, UnmappedValue } from './cells.ts';
import { gradeSpanOf, LEVELS } from './codes.ts';
import { otherAgency } from './school-rows.ts';
import { schoolYearOf, zipOf } from './values.ts';

/** A schools.csv row as written: coordinates and years stay blank (null) when unknown. */
export type SchoolOut = Record<Exclude<keyof SchoolRow, 'phone' | 'website'>, string | null>;

type Listing = Omit<SchoolOut, 'opened' | 'closed'>;

/**
 * The district's schools in one year's `rcd_location.csv`. NC's directory has no
 * coordinates, so latitude and longitude stay blank. `stree_addr2` (sic) holds stray
 * letters (`S`, `P`, `G`) and is not an address line; 2019's `street_addr2` is.
 */
export function mapDirectoryYear(table: SourceTable, year: string, district: string, report: ImportReport): Map<string, Listing> {
  const listed = new Map<string, Listing>();
  for (const row of table.rows) {
    const cells = cellsOf(table, row);
    try {
      const rowYear = schoolYearOf(cells.text('year')) ?? cells.fail('year', 'a year like 2019 or 2019.0');
      if (rowYear !== year) {
        report.leaveOut(table.file, `rows of other years than the folder's ${year} (stray earlier rows)`);
        continue;
      }
      const id = cells.text('agency_code');
      const other = otherAgency(id, district);
      if (other !== null) {
        report.leaveOut(table.file, other);
        continue;
      }
      if (cells.text('lea_code') !== `${district}LEA`)
        cells.fail('lea_code', `${district}LEA for a school whose code starts with ${district}`);
      const required = (column: string, what: string) => cells.text(column) || cells.fail(column, what);
      const street2 = cells.text('street_addr2');
      listed.set(id, {
        school_id: id,
        district_id: district,
        name: required('name', "the school's name"),
        level: LEVELS[cells.text('category_code')] ?? cells.fail('category_code', `a category code: ${Object.keys(LEVELS).join(', ')}`),
        grades: gradeSpanOf(cells.text('grade_span')) ?? cells.fail('grade_span', 'a grade span like PK:05, KG:05, 06:08 or 9:12'),
        address: [required('street_addr', 'a street address'), street2].filter(Boolean).join(', '),
        city: required('city', 'a city'),
        zip: zipOf(cells.text('zip')) ?? cells.fail('zip', 'a 5-digit ZIP code like 27603 or 27603.0'),
        latitude: null,
        longitude: null,
        region: null,
      });
    } catch (error) {
      if (!(error instanceof UnmappedValue)) throw error;
      report.issues.add(error.issue);
    }
  }
  return listed;
}

/**
 * One row per school over all years, as the newest directory lists it. A school missing
 * from the first year's directory opened later; one missing from the last year's closed.
 */
export function mergeDirectory(byYear: ReadonlyMap<string, ReadonlyMap<string, Listing>>): SchoolOut[] {
  const years = [...byYear.keys()].sort();
  const seen = new Map<string, { listing: Listing; first: string; last: string }>();
  for (const year of years)
    for (const [id, listing] of byYear.get(year) ?? []) seen.set(id, { listing, first: seen.get(id)?.first ?? year, last: year });
  return [...seen]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, { listing, first, last }]) => ({
      ...listing,
      opened: first === years[0] ? null : first,
      closed: last === years.at(-1) ? null : last,
    }));
}

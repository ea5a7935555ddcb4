/**
 * A school's ESSA per-pupil expenditure by source, and averages of many schools weighted by
 * their students. A district-wide figure made this way is the average of its schools, not the
 * district's own ESSA figure: central costs charged to no school are not in it.
 */

/** State and local money first: it is what a district decides; federal money follows rules of its own. */
export const SPENDING_SOURCES = ['stateLocal', 'federal', 'total'] as const;
export type SpendingSource = (typeof SPENDING_SOURCES)[number];

/** Dollars per pupil by source; null where the district published none. */
export type PerPupil = Record<SpendingSource, number | null>;

export function perPupil(row: { federal: number | null; state_local: number | null }): PerPupil {
  const { federal, state_local: stateLocal } = row;
  return { stateLocal, federal, total: federal !== null && stateLocal !== null ? federal + stateLocal : null };
}

export interface Enrolled {
  /** The school's enrolled students (all students); null when not published. */
  pupils: number | null;
  perPupil: PerPupil;
}

/**
 * Each source's total dollars over total pupils, counting only schools that have both; null for a
 * source no school has. Every student counts once, wherever they are enrolled.
 */
export function weightedPerPupil(schools: readonly Enrolled[]): PerPupil {
  const average = (source: SpendingSource): number | null => {
    let dollars = 0;
    let pupils = 0;
    for (const school of schools) {
      const value = school.perPupil[source];
      if (value === null || school.pupils === null || school.pupils <= 0) continue;
      dollars += value * school.pupils;
      pupils += school.pupils;
    }
    return pupils > 0 ? dollars / pupils : null;
  };
  return { stateLocal: average('stateLocal'), federal: average('federal'), total: average('total') };
}

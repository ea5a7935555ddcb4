import { SCHOOL_LEVELS } from '../data/schemas.ts';
import { SPENDING_SOURCES, weightedPerPupil, type PerPupil, type SpendingSource } from './per-pupil.ts';
import { fitLine, slopeInterval } from './regression.ts';

/** A school as the progressivity analysis reads it, in one year. */
export interface SpendingSchool {
  id: string;
  level: string;
  /** The site's need measure (published, coded at its bound); null when it has none. */
  need: number | null;
  pupils: number | null;
  perPupil: PerPupil;
}

export interface ProgressivityRule {
  /** Schools with fewer students are left out: a tiny program's cost per pupil says little about the district's choices. */
  minEnrollment: number;
  /** A level with fewer schools than this (after the floor) gets no figures. */
  minSchools: number;
}

/** The slope's interval is a 95% one. */
const SLOPE_CONFIDENCE = 0.95;

export interface SourceProgressivity {
  /** Dollars per pupil in each need quartile, lowest need first. */
  quartiles: [number, number, number, number];
  /** The highest-need quartile's dollars per pupil over the lowest's. */
  ratio: number;
  /** Dollars per pupil more for each unit more of need, with its 95% interval; null when need does not vary. */
  slope: { perUnit: number; low: number; high: number } | null;
}

export interface LevelProgressivity {
  level: string;
  /** Schools and students in the figures (above the floor, with need and every source of spending). */
  schools: number;
  pupils: number;
  /** Schools of the level left out for being under the floor. */
  belowFloor: number;
  average: PerPupil;
  sources: Record<SpendingSource, SourceProgressivity>;
}

interface Counted {
  id: string;
  need: number;
  pupils: number;
  perPupil: Record<SpendingSource, number>;
}

/**
 * Each need quartile's dollars per pupil, where quartiles are by students: ordered by need, the
 * schools' students are cut into four equal quarters, and a school astride a cut has its students
 * (and their dollars) split between the two quarters. Equal needs are ordered by school id, so
 * the split is the same on every build.
 */
export function quartilePerPupil(schools: readonly Counted[], source: SpendingSource): [number, number, number, number] {
  const ordered = [...schools].sort((a, b) => a.need - b.need || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = ordered.reduce((sum, s) => sum + s.pupils, 0);
  const dollars = [0, 0, 0, 0];
  const pupils = [0, 0, 0, 0];
  let start = 0;
  for (const school of ordered) {
    const end = start + school.pupils;
    for (let q = 0; q < 4; q++) {
      const overlap = Math.min(end, ((q + 1) * total) / 4) - Math.max(start, (q * total) / 4);
      if (overlap <= 0) continue;
      pupils[q] = (pupils[q] ?? 0) + overlap;
      dollars[q] = (dollars[q] ?? 0) + overlap * school.perPupil[source];
    }
    start = end;
  }
  const perPupil = (q: number) => (dollars[q] ?? 0) / (pupils[q] ?? 1);
  return [perPupil(0), perPupil(1), perPupil(2), perPupil(3)];
}

function sourceProgressivity(schools: readonly Counted[], source: SpendingSource): SourceProgressivity {
  const quartiles = quartilePerPupil(schools, source);
  const line = fitLine(schools.map((s) => ({ x: s.need, y: s.perPupil[source], weight: s.pupils })));
  const slope = line && { perUnit: line.slope, ...interval(slopeInterval(line, SLOPE_CONFIDENCE)) };
  return { quartiles, ratio: quartiles[3] / quartiles[0], slope };
}

const interval = ([low, high]: [number, number]) => ({ low, high });

/**
 * How a year's spending follows need within each school level, by every source: levels are kept
 * apart because high schools cost more per pupil and serve fewer low-income students, which
 * across levels would read as spending less where need is higher.
 */
export function computeProgressivity(schools: readonly SpendingSchool[], rule: ProgressivityRule): LevelProgressivity[] {
  const levels = SCHOOL_LEVELS.filter((level) => schools.some((s) => s.level === level));
  return levels.flatMap((level): LevelProgressivity[] => {
    const ofLevel = schools.filter((s) => s.level === level);
    const counted = ofLevel.flatMap((s): Counted[] => {
      const { stateLocal, federal, total } = s.perPupil;
      if (s.need === null || s.pupils === null || s.pupils < rule.minEnrollment || s.pupils <= 0) return [];
      if (stateLocal === null || federal === null || total === null) return [];
      return [{ id: s.id, need: s.need, pupils: s.pupils, perPupil: { stateLocal, federal, total } }];
    });
    if (counted.length < rule.minSchools) return [];
    const sources = Object.fromEntries(SPENDING_SOURCES.map((source) => [source, sourceProgressivity(counted, source)]));
    return [
      {
        level,
        schools: counted.length,
        pupils: counted.reduce((sum, s) => sum + s.pupils, 0),
        belowFloor: ofLevel.filter((s) => s.pupils !== null && s.pupils < rule.minEnrollment).length,
        average: weightedPerPupil(counted),
        sources: sources as Record<SpendingSource, SourceProgressivity>,
      },
    ];
  });
}

import { weightedPerPupil, type PerPupil } from './per-pupil.ts';
import { fitLine, predictionInterval } from './regression.ts';

/** An outcome of one student group, as the rule reads it. */
export interface OutcomeSeries {
  indicatorId: string;
  group: string;
  direction: 'higher_is_better' | 'lower_is_better';
}

/** A school in one year: only exact published cells, never coded or hidden ones. */
export interface OutcomeSchool {
  id: string;
  level: string;
  need: number | null;
  pupils: number | null;
  perPupil: PerPupil;
  /** Each outcome's value, by `seriesKey`. */
  outcomes: ReadonlyMap<string, number>;
}

export interface MoreWithLessRule {
  minEnrollment: number;
  /** A level and outcome with fewer schools than this in a year is not fitted. */
  minSchools: number;
  /** The prediction interval's level: a school must beat its upper (or lower) bound. */
  confidence: number;
  /** Of the site's newest `years` years, a school must qualify in `required`. */
  years: number;
  required: number;
}

export const MORE_WITH_LESS_RULE: MoreWithLessRule = { minEnrollment: 0, minSchools: 10, confidence: 0.9, years: 3, required: 2 };

interface MoreWithLessSchool {
  id: string;
  level: string;
  /** Each outcome it qualified on, with the years it beat the prediction while spending less. */
  outcomes: { indicatorId: string; group: string; years: string[] }[];
}

export interface MoreWithLessResult {
  schools: MoreWithLessSchool[];
  /** School-and-outcome pairs tested: each had at least `required` years of fits. */
  tested: number;
  /**
   * How many pairs would qualify by chance alone if need explained everything else, ignoring the
   * spending condition, so an upper bound: a list no longer than this may be luck.
   */
  expectedByChance: number;
}

export const seriesKey = (s: Pick<OutcomeSeries, 'indicatorId' | 'group'>): string => `${s.indicatorId} ${s.group}`;

/**
 * "Doing more with less": within each level, each outcome of each group is regressed on need;
 * a school qualifies on an outcome when, in `required` of the newest `years` years, its result is
 * better than the prediction interval of a school of its need, while its total spending per pupil
 * is below its level's average (weighted by students) in that year. It describes; it says
 * nothing of why.
 */
export function findMoreWithLess(
  years: readonly { year: string; schools: readonly OutcomeSchool[] }[],
  series: readonly OutcomeSeries[],
  rule: MoreWithLessRule,
): MoreWithLessResult {
  const recent = years.slice(-rule.years);
  // For each school and outcome: the years it was fitted, and the years it qualified.
  const fitted = new Map<string, { id: string; level: string; s: OutcomeSeries; fitted: number; qualified: string[] }>();
  for (const { year, schools } of recent) {
    const eligible = schools.filter((s) => s.need !== null && s.pupils !== null && s.pupils >= rule.minEnrollment);
    for (const level of new Set(eligible.map((s) => s.level))) {
      const ofLevel = eligible.filter((s) => s.level === level);
      const average = weightedPerPupil(ofLevel).total;
      for (const s of series) {
        const key = seriesKey(s);
        const points = ofLevel.flatMap((school) => {
          const y = school.outcomes.get(key);
          return y === undefined ? [] : [{ school, x: school.need as number, y, weight: 1 }];
        });
        if (points.length < rule.minSchools) continue;
        const line = fitLine(points);
        if (!line) continue;
        for (const { school, x, y } of points) {
          const [low, high] = predictionInterval(line, x, rule.confidence);
          const beats = s.direction === 'higher_is_better' ? y > high : y < low;
          const spending = school.perPupil.total;
          const spendsLess = spending !== null && average !== null && spending < average;
          const id = `${school.id} ${key}`;
          const entry = fitted.get(id) ?? { id: school.id, level, s, fitted: 0, qualified: [] };
          entry.fitted += 1;
          if (beats && spendsLess) entry.qualified.push(year);
          fitted.set(id, entry);
        }
      }
    }
  }
  const tail = (1 - rule.confidence) / 2;
  const bySchool = new Map<string, MoreWithLessSchool>();
  let tested = 0;
  let expectedByChance = 0;
  for (const entry of [...fitted.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (entry.fitted < rule.required) continue;
    tested += 1;
    expectedByChance += binomialTail(entry.fitted, tail, rule.required);
    if (entry.qualified.length < rule.required) continue;
    const school = bySchool.get(entry.id) ?? { id: entry.id, level: entry.level, outcomes: [] };
    school.outcomes.push({ indicatorId: entry.s.indicatorId, group: entry.s.group, years: entry.qualified });
    bySchool.set(entry.id, school);
  }
  return { schools: [...bySchool.values()], tested, expectedByChance };
}

/** P(at least k successes in n trials of probability p). */
export function binomialTail(n: number, p: number, k: number): number {
  let sum = 0;
  let choose = 1;
  for (let i = 0; i <= n; i++) {
    if (i >= k) sum += choose * p ** i * (1 - p) ** (n - i);
    choose = (choose * (n - i)) / (i + 1);
  }
  return sum;
}

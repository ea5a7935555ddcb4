import { randomLcg, randomNormal, randomUniform } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  binomialTail,
  findMoreWithLess,
  MORE_WITH_LESS_RULE,
  seriesKey,
  type OutcomeSchool,
  type OutcomeSeries,
} from '../../src/lib/spending/more-with-less.ts';
import { perPupil } from '../../src/lib/spending/per-pupil.ts';

const YEARS = ['2021-22', '2022-23', '2023-24'];
const READING: OutcomeSeries = { indicatorId: 'reading', group: 'econ_disadv', direction: 'higher_is_better' };
const ABSENCE: OutcomeSeries = { indicatorId: 'absence', group: 'econ_disadv', direction: 'lower_is_better' };
const MATH: OutcomeSeries = { indicatorId: 'math', group: 'english_learner', direction: 'higher_is_better' };

/** A district whose outcomes are need's straight line plus noise, from one seeded stream. */
function district(
  seed: number,
  schools: number,
  series: readonly OutcomeSeries[],
  plant: (id: string, year: string, s: OutcomeSeries) => number = () => 0,
) {
  const source = randomLcg(seed);
  const noise = randomNormal.source(source)(0, 3);
  const uniform = randomUniform.source(source);
  const needs = Array.from({ length: schools }, () => uniform(10, 90)());
  return YEARS.map((year) => ({
    year,
    schools: needs.map((need, i): OutcomeSchool => {
      const id = `s${String(i).padStart(3, '0')}`;
      const spending = uniform(9000, 13000)();
      return {
        id,
        level: 'elementary',
        need,
        pupils: 400,
        perPupil: perPupil({ state_local: spending, federal: 0 }),
        outcomes: new Map(
          series.map((s) => {
            const sign = s.direction === 'higher_is_better' ? 1 : -1;
            return [seriesKey(s), 80 - 0.4 * need + noise() + sign * plant(id, year, s)];
          }),
        ),
      };
    }),
  }));
}

describe('doing more with less', () => {
  it('finds the one school planted well above its prediction in every year, while spending less', () => {
    const years = district(1, 40, [READING], (id) => (id === 's007' ? 25 : 0)).map(({ year, schools }) => ({
      year,
      schools: schools.map((s) => (s.id === 's007' ? { ...s, perPupil: perPupil({ state_local: 8000, federal: 0 }) } : s)),
    }));
    const found = findMoreWithLess(years, [READING], MORE_WITH_LESS_RULE);
    expect(found.schools).toEqual([
      { id: 's007', level: 'elementary', outcomes: [{ indicatorId: 'reading', group: 'econ_disadv', years: YEARS }] },
    ]);
  });

  it('reads "better" by the outcome\'s direction: a lower absence rate beats its prediction', () => {
    const years = district(2, 40, [ABSENCE], (id) => (id === 's011' ? 25 : 0)).map(({ year, schools }) => ({
      year,
      schools: schools.map((s) => (s.id === 's011' ? { ...s, perPupil: perPupil({ state_local: 8000, federal: 0 }) } : s)),
    }));
    expect(findMoreWithLess(years, [ABSENCE], MORE_WITH_LESS_RULE).schools.map((s) => s.id)).toEqual(['s011']);
  });

  it('does not list a school that beats its prediction while spending more than its level', () => {
    const years = district(1, 40, [READING], (id) => (id === 's007' ? 25 : 0)).map(({ year, schools }) => ({
      year,
      schools: schools.map((s) => (s.id === 's007' ? { ...s, perPupil: perPupil({ state_local: 20000, federal: 0 }) } : s)),
    }));
    expect(findMoreWithLess(years, [READING], MORE_WITH_LESS_RULE).schools).toEqual([]);
  });

  it('needs two of the last three years: one good year is not enough', () => {
    const years = district(1, 40, [READING], (id, year) => (id === 's007' && year === '2023-24' ? 25 : 0)).map(({ year, schools }) => ({
      year,
      schools: schools.map((s) => (s.id === 's007' ? { ...s, perPupil: perPupil({ state_local: 8000, federal: 0 }) } : s)),
    }));
    expect(findMoreWithLess(years, [READING], MORE_WITH_LESS_RULE).schools).toEqual([]);
  });

  it('fits no line, and lists no school, for a level with fewer schools than the rule needs', () => {
    const years = district(1, 9, [READING], (id) => (id === 's003' ? 25 : 0));
    const found = findMoreWithLess(years, [READING], MORE_WITH_LESS_RULE);
    expect(found).toEqual({ schools: [], tested: 0, expectedByChance: 0 });
  });

  it('on pure noise, lists no more schools than the rule expects by chance', () => {
    // 200 schools × 3 outcomes, each 3 years: 600 pairs × P(2 or more of 3 years above a
    // one-sided 5% bound) = 600 × (3 × 0.05² × 0.95 + 0.05³) = 4.35, before the spending test.
    const series = [READING, ABSENCE, MATH];
    const counts = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((seed) => {
      const found = findMoreWithLess(district(seed, 200, series), series, MORE_WITH_LESS_RULE);
      expect(found.tested).toBe(600);
      expect(found.expectedByChance).toBeCloseTo(4.35, 10);
      expect(found.schools.length).toBeLessThanOrEqual(found.expectedByChance);
      return found.schools.length;
    });
    // Over ten districts, the average is well under the bound: the spending test halves it and more.
    expect(counts.reduce((a, b) => a + b, 0) / counts.length).toBeLessThan(4.35 / 2);
  });
});

describe('binomialTail', () => {
  it('is the chance of at least k successes', () => {
    expect(binomialTail(3, 0.05, 2)).toBeCloseTo(3 * 0.05 ** 2 * 0.95 + 0.05 ** 3, 15);
    expect(binomialTail(4, 0.5, 0)).toBeCloseTo(1, 15);
    expect(binomialTail(2, 0.3, 3)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { perPupil, weightedPerPupil } from '../../src/lib/spending/per-pupil.ts';
import { computeProgressivity, quartilePerPupil, type SpendingSchool } from '../../src/lib/spending/progressivity.ts';

const school = (id: string, level: string, need: number, pupils: number, stateLocal: number, federal: number): SpendingSchool => ({
  id,
  level,
  need,
  pupils,
  perPupil: perPupil({ state_local: stateLocal, federal }),
});
const counted = (s: SpendingSchool) => ({
  id: s.id,
  need: s.need ?? 0,
  pupils: s.pupils ?? 0,
  perPupil: { stateLocal: s.perPupil.stateLocal ?? 0, federal: s.perPupil.federal ?? 0, total: s.perPupil.total ?? 0 },
});
const NO_FLOOR = { minEnrollment: 0, minSchools: 1 };

describe('the quartile ratio', () => {
  it('gives each quarter of the students its own dollars per pupil, highest need over lowest', () => {
    // Four schools of 100 students: one a quarter, so the ratio is 12,000 / 10,000.
    const schools = [
      school('a', 'elementary', 40, 100, 12000, 900),
      school('b', 'elementary', 10, 100, 10000, 100),
      school('c', 'elementary', 30, 100, 11000, 500),
      school('d', 'elementary', 20, 100, 10000, 300),
    ];
    const [level] = computeProgressivity(schools, NO_FLOOR);
    expect(level?.sources.stateLocal.quartiles).toEqual([10000, 10000, 11000, 12000]);
    expect(level?.sources.stateLocal.ratio).toBeCloseTo(1.2, 12);
    expect(level?.sources.federal.ratio).toBeCloseTo(9, 12);
    expect(level?.sources.total.ratio).toBeCloseTo(12900 / 10100, 12);
  });

  it('splits a school astride a quarter between the two, by students', () => {
    // 400 students, quarters of 100: A (150) fills Q1 and half of Q2; B (250) the rest.
    // Q2 = (50 × 9,000 + 50 × 13,000) / 100 = 11,000.
    const schools = [school('a', 'elementary', 10, 150, 9000, 0), school('b', 'elementary', 50, 250, 13000, 0)].map(counted);
    expect(quartilePerPupil(schools, 'stateLocal')).toEqual([9000, 11000, 13000, 13000]);
  });

  it('quarters by students, not schools: one large school can be half the district', () => {
    // The low-need school's 300 students are three quarters; the high-need quarter is all B.
    const schools = [school('a', 'elementary', 10, 300, 9000, 0), school('b', 'elementary', 50, 100, 12000, 0)].map(counted);
    expect(quartilePerPupil(schools, 'stateLocal')).toEqual([9000, 9000, 9000, 12000]);
  });

  it('orders schools of equal need by id, so every build splits them alike', () => {
    const one = [school('b', 'elementary', 10, 100, 11000, 0), school('a', 'elementary', 10, 100, 9000, 0)].map(counted);
    expect(quartilePerPupil(one, 'stateLocal')).toEqual([9000, 9000, 11000, 11000]);
    expect(quartilePerPupil([...one].reverse(), 'stateLocal')).toEqual([9000, 9000, 11000, 11000]);
  });
});

describe('the slope', () => {
  it('is the student-weighted slope of dollars per pupil on need, with a 95% interval around it', () => {
    // Dollars rise $50 per point of need, exactly: a slope of 50 and an interval of no width.
    const schools = [10, 20, 30, 40, 50].map((need, i) => school(`s${i}`, 'elementary', need, 100 + i * 50, 9000 + 50 * need, 0));
    const slope = computeProgressivity(schools, NO_FLOOR)[0]?.sources.stateLocal.slope;
    expect(slope?.perUnit).toBeCloseTo(50, 9);
    expect(slope?.low).toBeCloseTo(50, 6);
    expect(slope?.high).toBeCloseTo(50, 6);
  });

  it('has an interval that holds zero when spending does not follow need', () => {
    const schools = [10, 20, 30, 40, 50, 60].map((need, i) =>
      school(`s${i}`, 'elementary', need, 200, [10000, 10400, 9800, 10300, 9900, 10100][i]!, 0),
    );
    const slope = computeProgressivity(schools, NO_FLOOR)[0]?.sources.stateLocal.slope;
    expect(slope?.low).toBeLessThan(0);
    expect(slope?.high).toBeGreaterThan(0);
  });
});

describe('the enrollment floor and the levels', () => {
  it('leaves out schools under the floor, and says how many', () => {
    const schools = [
      school('a', 'elementary', 10, 100, 10000, 0),
      school('b', 'elementary', 90, 20, 30000, 0), // a tiny program: under the floor of 50
      school('c', 'elementary', 50, 100, 12000, 0),
    ];
    const [level] = computeProgressivity(schools, { minEnrollment: 50, minSchools: 1 });
    expect(level?.schools).toBe(2);
    expect(level?.belowFloor).toBe(1);
    expect(level?.sources.stateLocal.ratio).toBeCloseTo(1.2, 12);
    expect(level?.average.stateLocal).toBe(11000);
  });

  it('gives no figures for a level with too few schools', () => {
    const schools = [
      school('a', 'elementary', 10, 100, 10000, 0),
      school('high', 'high', 10, 100, 10000, 0),
      school('i', 'high', 20, 100, 10000, 0),
    ];
    expect(computeProgressivity(schools, { minEnrollment: 0, minSchools: 2 }).map((l) => l.level)).toEqual(['high']);
  });

  it('compares schools within their level: high schools cost more and serve fewer poor students', () => {
    // Within each level spending is flat; across levels it would look regressive.
    const schools = [
      ...[60, 70, 80, 90].map((need, i) => school(`e${i}`, 'elementary', need, 400, 10000, 0)),
      ...[10, 20, 30, 40].map((need, i) => school(`h${i}`, 'high', need, 1600, 14000, 0)),
    ];
    const levels = computeProgressivity(schools, NO_FLOOR);
    expect(levels.map((l) => [l.level, l.sources.stateLocal.ratio])).toEqual([
      ['elementary', 1],
      ['high', 1],
    ]);
    const pooled = computeProgressivity(
      schools.map((s) => ({ ...s, level: 'combined' })),
      NO_FLOOR,
    );
    // Pooled, the top quarter (2,000 of 8,000 students) is the elementaries' 1,600 and 400 high
    // school students: (1,600 × 10,000 + 400 × 14,000) / 2,000 = 10,800 against 14,000.
    expect(pooled[0]?.sources.stateLocal.ratio).toBeCloseTo(10800 / 14000, 12);
  });

  it('leaves out a school without need or without every source of money', () => {
    const schools: SpendingSchool[] = [
      school('a', 'elementary', 10, 100, 10000, 0),
      { ...school('b', 'elementary', 50, 100, 50000, 0), need: null },
      { id: 'c', level: 'elementary', need: 60, pupils: 100, perPupil: perPupil({ state_local: 90000, federal: null }) },
      school('d', 'elementary', 70, 100, 12000, 0),
    ];
    expect(computeProgressivity(schools, NO_FLOOR)[0]?.schools).toBe(2);
  });
});

describe('weightedPerPupil', () => {
  it('is total dollars over total students: the average of schools, weighted by their students', () => {
    const average = weightedPerPupil([
      { pupils: 300, perPupil: perPupil({ state_local: 10000, federal: 1000 }) },
      { pupils: 100, perPupil: perPupil({ state_local: 14000, federal: null }) },
      { pupils: null, perPupil: perPupil({ state_local: 99999, federal: 99999 }) },
    ]);
    expect(average).toEqual({ stateLocal: 11000, federal: 1000, total: 11000 });
  });
});

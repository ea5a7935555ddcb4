import type { SchoolLevel } from '../../src/lib/data/schemas.ts';
import { STUDENT_GROUP_IDS, type StudentGroupId } from '../../src/lib/data/groups.ts';
import { CLOSED_SCHOOL, NEW_SCHOOL, TOWNS, YEARS, operates, type SchoolSpec, type Year } from './directory.ts';
import { BY_GROUP, type ByGroupIndicator } from './indicators.ts';
import { logistic, type Random, type StreamFactory } from './random.ts';

/**
 * A small microsimulation. Each school has a latent need (a z-score: its neighbourhood's
 * poverty) and a few school effects; each year every student is drawn with a grade,
 * race/ethnicity, economic status, English learner status, disability and gender, and then
 * the student's outcomes. Counts for every group are tallies of the same students, so the
 * groups of a family always add up to all students — in enrollment and in every
 * numerator and denominator.
 *
 * Need moves outcomes (proficiency, attendance, discipline, graduation), staffing
 * (experience, credentials, turnover) and funding; the pandemic years 2020-21 and 2021-22
 * depress attendance, achievement and belonging; noise keeps every relation imperfect.
 */

// ---------- student groups ----------

export const GROUPS = STUDENT_GROUP_IDS;
const G = Object.fromEntries(GROUPS.map((g, i) => [g, i])) as Record<StudentGroupId, number>;

const RACES = ['american_indian', 'asian', 'black', 'hispanic', 'pacific_islander', 'multiracial', 'white'] as const;
type Race = (typeof RACES)[number];
const r = (values: Record<Race, number>): readonly number[] => RACES.map((race) => values[race]);

/** District-wide shares at average need, and how each share moves with need (log scale). */
const RACE_BASE = r({
  american_indian: 0.009,
  asian: 0.14,
  black: 0.1,
  hispanic: 0.37,
  pacific_islander: 0.007,
  multiracial: 0.07,
  white: 0.3,
});
const RACE_NEED = r({
  american_indian: 0.2,
  asian: -0.25,
  black: 0.45,
  hispanic: 0.55,
  pacific_islander: 0.15,
  multiracial: -0.1,
  white: -0.75,
});
const RACE_SCHOOL_SD = r({
  american_indian: 0.5,
  asian: 0.35,
  black: 0.35,
  hispanic: 0.25,
  pacific_islander: 0.6,
  multiracial: 0.2,
  white: 0.25,
});
/** Economic disadvantage is unevenly shared between groups (log-odds offsets). */
const RACE_ECON = r({
  american_indian: 0.5,
  asian: -0.3,
  black: 0.45,
  hispanic: 0.45,
  pacific_islander: 0.35,
  multiracial: -0.1,
  white: -0.6,
});
/** Most English learners in the district speak Spanish or an Asian or Pacific language at home. */
const RACE_EL = r({ american_indian: 0.2, asian: 1.5, black: 0, hispanic: 1.9, pacific_islander: 0.7, multiracial: 0, white: 0 });
/**
 * Discipline disparity: at the same need, Black and American Indian students are suspended
 * more often. Equity reports exist to surface exactly this kind of gap in school practice.
 */
const RACE_SUSPENSION = r({
  american_indian: 0.35,
  asian: -0.2,
  black: 0.5,
  hispanic: 0.05,
  pacific_islander: 0.1,
  multiracial: 0.1,
  white: 0,
});

interface Student {
  grade: number; // K = 0
  race: number;
  econ: boolean;
  el: boolean;
  dis: boolean;
  female: boolean;
}

function groupIndices(s: Student): number[] {
  const race = RACES[s.race] ?? 'white';
  return [
    G.all,
    G[race],
    s.econ ? G.econ_disadv : G.not_econ_disadv,
    s.el ? G.english_learner : G.not_english_learner,
    s.dis ? G.disability : G.no_disability,
    s.female ? G.female : G.male,
  ];
}

// ---------- years ----------

const at = <T>(values: readonly T[], i: number): T => {
  const v = values[i];
  if (v === undefined) throw new Error(`no value at ${i}`);
  return v;
};

/** Year effects, indexed like YEARS (2020-21 … 2024-25); log-odds unless noted. */
const YEAR = {
  achievement: [-0.3, -0.22, -0.12, -0.06, 0],
  testParticipation: [-2.0, -0.4, 0, 0, 0],
  absence: [0.5, 0.8, 0.5, 0.3, 0.15],
  suspension: [-1.3, -0.05, 0.1, 0.05, 0],
  graduation: [0.1, -0.1, 0, 0.05, 0.08],
  advanced: [-0.1, -0.05, 0, 0.03, 0.06],
  surveyResponse: [-0.8, -0.2, 0, 0.05, 0.05],
  belonging: [-0.35, -0.25, -0.1, -0.05, 0],
  experience: [0, -0.05, -0.18, -0.12, -0.06],
  credential: [0, -0.1, -0.3, -0.2, -0.1],
  turnover: [-0.25, 0.2, 0.3, 0.1, 0],
  /** Multiplier on enrollment: families kept kindergartners home in 2020-21. */
  kindergarten: [0.85, 0.97, 1, 1, 1],
  /** Federal pandemic relief (ESSER), dollars per pupil at average need. */
  relief: [180, 520, 480, 240, 0],
} as const;

// ---------- schools' latent traits ----------

export interface Latent {
  need: number;
  needTrend: number;
  size: number;
  growth: number;
  raceNoise: number[];
  academic: number;
  attendance: number;
  discipline: number;
  climate: number;
  staffing: number;
  advanced: number;
  teacherRatio: number;
  counselorCaseload: number;
  /** Some high-poverty elementary schools pay for an extra half-time counselor from Title I. */
  titleCounselor: boolean;
  spending: number;
}

const NEED_SD: Record<SchoolLevel, number> = { elementary: 0.55, combined: 0.45, middle: 0.35, high: 0.25 };
const SIZE: Record<SchoolLevel, [number, number]> = {
  elementary: [330, 580],
  combined: [480, 680],
  middle: [540, 860],
  high: [980, 1720],
};
const TEACHER_RATIO: Record<SchoolLevel, number> = { elementary: 21.5, combined: 22.5, middle: 24, high: 25.5 };
const CASELOAD: Record<SchoolLevel, number> = { elementary: 520, combined: 460, middle: 390, high: 340 };

/** Hard-to-staff, high-need schools: Redwing Elementary, Bluestem Middle and South River High. */
const HARD_TO_STAFF: readonly string[] = ['0133', '0211', '0309'];

export function latentTraits(school: SchoolSpec, stream: StreamFactory): Latent {
  const rng = stream('school', school.id);
  const town = TOWNS[school.region];
  const [lo, hi] = SIZE[school.level];
  const latent: Latent = {
    need: rng.normal(town.need, NEED_SD[school.level]),
    needTrend: rng.normal(0, 0.035),
    size: lo + (hi - lo) * rng.uniform(),
    growth: 1 + rng.normal(0, 0.012),
    raceNoise: RACE_SCHOOL_SD.map((sd) => rng.normal(0, sd)),
    academic: rng.normal(0, 0.35),
    attendance: rng.normal(0, 0.3),
    discipline: rng.normal(0, 0.35),
    climate: rng.normal(0, 0.25),
    staffing: rng.normal(0, 0.25),
    advanced: rng.normal(0, 0.3),
    teacherRatio: TEACHER_RATIO[school.level] + rng.normal(0, 1),
    counselorCaseload: CASELOAD[school.level] * (1 + rng.normal(0, 0.12)),
    titleCounselor: rng.bernoulli(0.5),
    spending: rng.normal(0, 0.035),
  };
  // Asian families are more numerous in the West's newer subdivisions.
  if (school.region === 'West') latent.raceNoise[RACES.indexOf('asian')] = (latent.raceNoise[RACES.indexOf('asian')] ?? 0) + 0.5;
  // The story the closures and openings tell: a small, shrinking school is consolidated; a
  // new one relieves crowded neighbours in the growing East.
  if (school.id === CLOSED_SCHOOL) Object.assign(latent, { size: 262, growth: 0.93 });
  if (school.id === NEW_SCHOOL) Object.assign(latent, { size: 300, growth: 1.12 });
  // Exceptions to the district's mildly progressive funding: three hard-to-staff, high-need
  // schools run with many vacancies covered by lower-paid novices and substitutes, so they
  // spend less per pupil than several low-need schools.
  if (HARD_TO_STAFF.includes(school.id)) Object.assign(latent, { staffing: latent.staffing - 0.35, spending: -0.06 });
  return latent;
}

/** Students moving between schools when one opens and another closes. */
function transfers(schoolId: string, t: number): number {
  const newOpen = t >= YEARS.indexOf('2022-23');
  const closedGone = t > YEARS.indexOf('2022-23');
  if ((schoolId === '0124' || schoolId === '0127') && !newOpen) return 85; // crowded before relief
  if ((schoolId === '0118' || schoolId === '0120') && closedGone) return 95; // Mill Pond's students
  return 0;
}

// ---------- one school-year ----------

interface Tally {
  numerator: number[];
  denominator: number[];
}

export interface SchoolYear {
  year: Year;
  schoolId: string;
  /** Students enrolled, by group index (GROUPS order). */
  enrollment: number[];
  tallies: Record<ByGroupIndicator, Tally>;
  teachers: number;
  experienced: number;
  credentialed: number;
  /** Last year's teachers, and how many of them left; null in a school's first year. */
  turnover: { leavers: number; base: number } | null;
  counselorFte: number;
  federal: number;
  stateLocal: number;
}

const emptyTally = (): Tally => ({ numerator: GROUPS.map(() => 0), denominator: GROUPS.map(() => 0) });

function count(rng: Random, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.bernoulli(p)) k++;
  return k;
}

export function simulateSchool(school: SchoolSpec, latent: Latent, stream: StreamFactory): SchoolYear[] {
  const out: SchoolYear[] = [];
  let previousTeachers: number | null = null;
  const level = school.level;
  const firstGrade = level === 'middle' ? 6 : level === 'high' ? 9 : 0;
  const lastGrade = level === 'elementary' ? 5 : level === 'middle' || level === 'combined' ? 8 : 12;
  const tested = (grade: number) => (grade >= 3 && grade <= 8) || grade === 11;
  const levelShift = (values: Record<SchoolLevel, number>) => values[level];

  YEARS.forEach((year, t) => {
    if (!operates(school, year)) return;
    const since = school.opened === undefined ? t : t - YEARS.indexOf(school.opened);
    const rng = stream('students', school.id, year);
    const need = latent.need + latent.needTrend * t + rng.normal(0, 0.03);

    // Enrollment and composition.
    const n = Math.round(latent.size * latent.growth ** since * (1 + rng.normal(0, 0.012)) + transfers(school.id, t));
    const gradeWeights: number[] = [];
    for (let g = firstGrade; g <= lastGrade; g++) {
      let w = 1;
      if (g === 0) w *= at(YEAR.kindergarten, t);
      if (g >= 9) w *= [1.06, 1.0, 0.97, 0.95][g - 9] ?? 1;
      gradeWeights.push(w);
    }
    const raceWeights = RACES.map((_, i) => at(RACE_BASE, i) * Math.exp(at(RACE_NEED, i) * need + (latent.raceNoise[i] ?? 0)));
    const econBase = 0.05 + 1.2 * need;

    const students: Student[] = [];
    for (let i = 0; i < n; i++) {
      const grade = firstGrade + rng.categorical(gradeWeights);
      const race = rng.categorical(raceWeights);
      const female = rng.bernoulli(0.488);
      const econ = rng.bernoulli(logistic(econBase + at(RACE_ECON, race)));
      const gradeEl = grade <= 2 ? 0.45 : grade <= 5 ? 0.1 : grade <= 8 ? -0.35 : -0.65;
      const el = rng.bernoulli(logistic(-3.3 + at(RACE_EL, race) + 0.3 * need + (econ ? 0.35 : 0) + gradeEl));
      const gradeDis = grade <= 1 ? -0.3 : grade <= 8 ? 0.1 : 0;
      const dis = rng.bernoulli(logistic(-2.15 + 0.12 * need + (female ? 0 : 0.5) + gradeDis));
      students.push({ grade, race, econ, el, dis, female });
    }

    // Outcomes, tallied for every group the student belongs to.
    const tallies = Object.fromEntries(BY_GROUP.map((id) => [id, emptyTally()])) as Record<ByGroupIndicator, Tally>;
    const tally = (id: ByGroupIndicator, groups: number[], success: boolean) => {
      const { numerator, denominator } = tallies[id];
      for (const g of groups) {
        denominator[g] = (denominator[g] ?? 0) + 1;
        if (success) numerator[g] = (numerator[g] ?? 0) + 1;
      }
    };
    const school_ = -0.55 * need + latent.academic + rng.normal(0, 0.06);
    const participation = logistic(3.4 + at(YEAR.testParticipation, t) - (t === 0 ? 0.4 * need : 0));
    const respond = logistic(
      levelShift({ elementary: 1.8, combined: 1.5, middle: 1.2, high: 0.5 }) - 0.25 * need + at(YEAR.surveyResponse, t),
    );
    for (const s of students) {
      const groups = groupIndices(s);
      const acad = school_ + at(YEAR.achievement, t) + (s.econ ? -0.55 : 0) + (s.dis ? -1.1 : 0);
      if (tested(s.grade) && rng.bernoulli(participation)) {
        tally('ela_proficiency', groups, rng.bernoulli(logistic(0.4 + acad + (s.el ? -1.0 : 0))));
        tally('math_proficiency', groups, rng.bernoulli(logistic(0.0 + acad + (s.grade >= 6 ? -0.25 : 0) + (s.el ? -0.55 : 0))));
      }
      if (s.grade === 12) {
        const p = logistic(
          2.55 + 0.6 * (school_ + latent.academic) + at(YEAR.graduation, t) + (s.econ ? -0.55 : 0) + (s.dis ? -0.9 : 0) + (s.el ? -0.7 : 0),
        );
        tally('graduation_rate', groups, rng.bernoulli(p));
      }
      if (s.grade >= 3) {
        const base = s.grade <= 5 ? -2.5 : s.grade <= 8 ? -1.35 : -0.65;
        const p = logistic(
          base + 0.6 * school_ + latent.advanced + at(YEAR.advanced, t) + (s.econ ? -0.7 : 0) + (s.dis ? -1.4 : 0) + (s.el ? -1.0 : 0),
        );
        tally('advanced_coursework', groups, rng.bernoulli(p));
      }
      {
        const gradeShift = s.grade === 0 ? 0.3 : s.grade >= 9 ? 0.25 + 0.1 * (s.grade - 9) : s.grade >= 6 ? 0.1 : 0;
        const p = logistic(
          -2.3 + gradeShift + 0.45 * need + latent.attendance + at(YEAR.absence, t) + (s.econ ? 0.6 : 0) + (s.dis ? 0.45 : 0),
        );
        tally('chronic_absenteeism', groups, rng.bernoulli(p));
      }
      {
        const base = s.grade <= 5 ? -4.9 : s.grade <= 8 ? -3.5 : -3.7;
        const p = logistic(
          base +
            0.35 * need +
            latent.discipline +
            at(YEAR.suspension, t) +
            (s.female ? 0 : 0.65) +
            (s.dis ? 0.55 : 0) +
            (s.econ ? 0.45 : 0) +
            at(RACE_SUSPENSION, s.race),
        );
        tally('suspension_rate', groups, rng.bernoulli(p));
      }
      if (s.grade >= 3 && rng.bernoulli(respond)) {
        const base = s.grade <= 5 ? 0.75 : s.grade <= 8 ? 0.2 : 0.05;
        const p = logistic(base - 0.25 * need + latent.climate + at(YEAR.belonging, t) + (s.dis ? -0.25 : 0) + (s.el ? -0.1 : 0));
        tally('belonging', groups, rng.bernoulli(p));
      }
    }

    const enrollment = GROUPS.map(() => 0);
    for (const s of students) for (const g of groupIndices(s)) enrollment[g] = (enrollment[g] ?? 0) + 1;

    // Staff.
    const staff = stream('staff', school.id, year);
    const teachers = Math.max(8, Math.round(n / (latent.teacherRatio + staff.normal(0, 0.4))));
    const experiencedRate = logistic(
      1.45 - 0.6 * need + latent.staffing + at(YEAR.experience, t) - (since === 0 && school.opened ? 0.3 : 0),
    );
    const experienced = count(staff, teachers, experiencedRate);
    const credentialed = count(staff, teachers, logistic(2.9 - 0.5 * need + 0.8 * latent.staffing + at(YEAR.credential, t)));
    let turnover: SchoolYear['turnover'] = null;
    if (school.opened === undefined || since > 0) {
      const base = previousTeachers ?? Math.max(8, Math.round(teachers * (1 + staff.normal(0, 0.03))));
      turnover = {
        base,
        leavers: count(staff, base, logistic(-1.95 + 0.6 * need - 0.8 * latent.staffing + at(YEAR.turnover, t))),
      };
    }
    previousTeachers = teachers;
    const halves = Math.max(1, Math.round((2 * n) / latent.counselorCaseload));
    const counselorFte = (halves + (level === 'elementary' && latent.titleCounselor && share(enrollment, 'econ_disadv') > 0.6 ? 1 : 0)) / 2;

    // ESSA per-pupil spending. State and local money follows the salary schedule (experienced
    // teachers cost more), a supplement for students in poverty, and school size (fixed costs
    // spread over fewer students); federal money is mostly Title I, which follows poverty.
    const money = stream('spending', school.id, year);
    const econShare = share(enrollment, 'econ_disadv');
    const refSize = levelShift({ elementary: 450, combined: 560, middle: 700, high: 1350 });
    const inflation = 1.03 ** t;
    const stateLocal =
      10300 *
      inflation *
      levelShift({ elementary: 1.0, combined: 1.0, middle: 1.03, high: 1.08 }) *
      (1 + 0.2 * (econShare - 0.5)) *
      (1 + 0.45 * (experiencedRate - 0.72)) *
      (refSize / n) ** 0.22 *
      (1 + latent.spending + money.normal(0, 0.012)) *
      (since === 0 && school.opened ? 1.06 : 1);
    const titleI = econShare >= 0.4 ? 420 + 1350 * (econShare - 0.4) : 0;
    const federal =
      (180 + 800 * share(enrollment, 'disability') + titleI + at(YEAR.relief, t) * (0.6 + 0.8 * econShare)) *
      inflation *
      (1 + money.normal(0, 0.06));

    out.push({
      year,
      schoolId: school.id,
      enrollment,
      tallies,
      teachers,
      experienced,
      credentialed,
      turnover,
      counselorFte,
      federal: Math.round(federal),
      stateLocal: Math.round(stateLocal),
    });
  });
  return out;
}

function share(enrollment: readonly number[], group: StudentGroupId): number {
  const all = enrollment[G.all] ?? 0;
  return all === 0 ? 0 : (enrollment[G[group]] ?? 0) / all;
}

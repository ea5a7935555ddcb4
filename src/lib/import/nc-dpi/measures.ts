import type { MeasureRow } from '../../data/schemas.ts';
import type { ImportReport } from '../report.ts';
import type { SourceTable } from '../rows.ts';
import { columnOf, type Cells } from './cells.ts';
import type { Mask } from './codes.ts';
import { mapSchoolRows, type Mapped, type SchoolKey, type Scope } from './school-rows.ts';

/**
 * A row of measures.csv as the importer writes it: the project's own schema is the type, but a
 * categorical indicator's value is its level's text.
 */
export type MeasureOut = Omit<MeasureRow, 'value'> & { value: number | string | null };

type Reading = Pick<MeasureOut, 'numerator' | 'denominator' | 'value' | 'status' | 'reason'>;

/** NCDPI's School Performance Grade, worst first: the levels of the performance_grade indicator. */
export const PERFORMANCE_GRADES = ['F', 'D', 'C', 'B', 'A'] as const;

const EMPTY: Reading = { numerator: null, denominator: null, value: null, status: 'missing', reason: null };
const okValue = (value: number, denominator: number | null = null): Reading => ({ ...EMPTY, value, denominator, status: 'ok' });
const missing = (reason: string | null = null): Reading => ({ ...EMPTY, reason });
/** A masked cell keeps only the bound of a coded range, never the number under the mask. */
const masked = (mask: Mask, denominator: number | null): Reading =>
  mask.bound === null
    ? { ...EMPTY, status: mask.status, reason: mask.reason }
    : { ...EMPTY, value: mask.bound, denominator, status: mask.status, reason: mask.reason };

/** Maps one source file; a row may give several indicators (`rcd_inc2.csv` does). */
export type Mapper = (table: SourceTable, scope: Scope, report: ImportReport) => Mapped<MeasureOut[]>[];

function measureMapper(
  indicator: string,
  read: (cells: Cells, key: SchoolKey, report: ImportReport, file: string) => Reading | null,
  groupColumn?: string,
): Mapper {
  return (table, scope, report) =>
    mapSchoolRows(
      table,
      scope,
      report,
      (cells, key) => {
        const reading = read(cells, key, report, table.file);
        return reading && [{ ...key, indicator_id: indicator, ...reading }];
      },
      groupColumn,
      true,
    );
}

const PERCENT_MASKS = ['1', '2', '3', '4'];

/** A count and its rate must agree: the rate says which scale the file writes. */
function checkRate(cells: Cells, numerator: number, denominator: number, column: string, rate: number | null): void {
  if (rate !== null && Math.abs((numerator / denominator) * 100 - rate) > 0.01)
    cells.fail(column, `${numerator} / ${denominator} written as a fraction (the counts and the rate disagree)`);
}

/**
 * `rcd_chronic_absent.csv`. Its subgroup rows divide the group's chronically absent
 * students by *all* the school's students (`den` is the school's total on every subgroup
 * row), so they are not the group's rate and only the all-students row is imported.
 * 2018 writes the numerator column `count`, 2019 `Count`.
 */
export const mapChronicAbsence: Mapper = (table, scope, report) => {
  const countColumn = columnOf(table, ['count', 'Count'], report);
  if (countColumn === null) return [];
  return measureMapper(
    'chronic_absenteeism',
    (cells, key, rep, file) => {
      if (key.student_group !== 'all') {
        rep.leaveOut(file, "subgroup rows (their den is all students, so pct is not the group's rate)");
        return null;
      }
      const mask = cells.mask('masking', PERCENT_MASKS);
      const numerator = cells.count(countColumn);
      const denominator = cells.count('den');
      if (mask) return masked(mask, denominator);
      if (numerator === null || denominator === null || denominator === 0) return missing();
      if (numerator > denominator) cells.fail(countColumn, `a count no larger than den (${denominator})`);
      checkRate(cells, numerator, denominator, 'pct', cells.percent('pct', 'fraction'));
      return { ...EMPTY, numerator, denominator, status: 'ok' };
    },
    'subgroup',
  )(table, scope, report);
};

/**
 * `rcd_inc2.csv`: rates per 1,000 students, blank under mask code 3 or 4. 2018 calls
 * reportable acts `crime_per1000`, 2019 `act_per1000`; both mask them with `act_mask_code`.
 */
const DISCIPLINE = [
  { indicator: 'short_term_suspensions', values: ['sts_per1000'], mask: 'sts_mask_code' },
  { indicator: 'reportable_acts', values: ['act_per1000', 'crime_per1000'], mask: 'act_mask_code' },
] as const;

export const mapDiscipline: Mapper = (table, scope, report) => {
  const columns: { indicator: string; value: string; mask: string }[] = [];
  for (const { indicator, values, mask } of DISCIPLINE) {
    const value = columnOf(table, values, report);
    const maskColumn = columnOf(table, [mask], report);
    if (value !== null && maskColumn !== null) columns.push({ indicator, value, mask: maskColumn });
  }
  if (columns.length < DISCIPLINE.length) return [];
  const rate = (cells: Cells, valueColumn: string, maskColumn: string): Reading => {
    const mask = cells.mask(maskColumn, ['3', '4']);
    if (mask) return masked(mask, null);
    const value = cells.number(valueColumn);
    if (value !== null && value < 0) cells.fail(valueColumn, 'a rate of 0 or more');
    return value === null ? missing() : okValue(value);
  };
  return mapSchoolRows(
    table,
    scope,
    report,
    (cells, key) => columns.map(({ indicator, value, mask }) => ({ ...key, indicator_id: indicator, ...rate(cells, value, mask) })),
    'subgroup',
    true,
  );
};

/** `rcd_acc_cgr.csv`: the 4-year (`STD`) cohort rate on a 0–100 scale, with its cohort size. */
export const mapGraduation: Mapper = (table, scope, report) =>
  measureMapper(
    'graduation_rate',
    (cells, _key, rep, file) => {
      const type = cells.text('cgr_type');
      if (type === 'EXT') {
        rep.leaveOut(file, '5-year (EXT) graduation rates: the site shows the 4-year rate');
        return null;
      }
      if (type !== 'STD') cells.fail('cgr_type', 'STD (4-year) or EXT (5-year)');
      const mask = cells.mask('masking', PERCENT_MASKS);
      const denominator = cells.count('den');
      const rate = cells.percent('pct', 'percent');
      if (mask) return masked(mask, mask.bound === null ? null : denominator);
      return rate === null ? missing() : okValue(rate, denominator);
    },
    'subgroup',
  )(table, scope, report);

/**
 * `rcd_acc_spg2.csv`: the achievement score behind the School Performance Grade, and the grade
 * itself, a letter from A to F (blank where NCDPI gives none).
 */
export const mapAchievement: Mapper = (table, scope, report) =>
  mapSchoolRows(
    table,
    scope,
    report,
    (cells, key) => [
      { ...key, indicator_id: 'achievement_score', ...achievementScore(cells) },
      { ...key, indicator_id: 'performance_grade', ...performanceGrade(cells) },
    ],
    'subgroup',
    true,
  );

function achievementScore(cells: Cells): Reading {
  const score = cells.number('ach_score');
  if (score !== null && (score < 0 || score > 100)) cells.fail('ach_score', 'a score from 0 to 100');
  if (score !== null) return okValue(score);
  return cells.text('asm_option') === 'Y' ? missing('alternative school: NCDPI gives it no achievement score (asm_option Y)') : missing();
}

function performanceGrade(cells: Cells): Reading {
  const grade = cells.text('spg_grade').toUpperCase();
  if (grade === '') return missing();
  if (!(PERFORMANCE_GRADES as readonly string[]).includes(grade))
    cells.fail('spg_grade', `a School Performance Grade: ${PERFORMANCE_GRADES.join(', ')}`);
  return { ...EMPTY, value: grade, status: 'ok' };
}

/** `rcd_eq.csv` (2019 on): beginning teachers among a school's teachers, staff counts written `60.0`. */
export const mapBeginningTeachers: Mapper = measureMapper('beginning_teachers', (cells) => {
  const numerator = cells.count('beg_teacher');
  const denominator = cells.count('number_of_teachers');
  if (numerator === null || denominator === null || denominator === 0) return missing();
  if (numerator > denominator) cells.fail('beg_teacher', `a count no larger than number_of_teachers (${denominator})`);
  checkRate(cells, numerator, denominator, 'pct_beg_teachers', cells.percent('pct_beg_teachers', 'fraction'));
  return { ...EMPTY, numerator, denominator, status: 'ok' };
});

/** `rcd_acc_eds.csv`: the share of economically disadvantaged students, 0–100. */
export const mapEconDisadv: Mapper = measureMapper('econ_disadv_share', (cells) => {
  const mask = cells.mask('pct_eds_masking', PERCENT_MASKS);
  const share = cells.percent('pct_eds', 'percent');
  if (mask) return masked(mask, null);
  return share === null ? missing() : okValue(share);
});

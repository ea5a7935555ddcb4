import type { IssueCollector } from '../errors.ts';
import type { RawMeasure } from './dataset.ts';
import type { Indicator, MeasureRow, NumericIndicator, Unit } from './schemas.ts';

/** What a numerator over its denominator is multiplied by to be in the unit. */
const RATE_FACTOR: Partial<Record<Unit, number>> = { percent: 100, per_100: 100, per_1000: 1000 };

/**
 * Percent values that all lie in 0 to 1 are most likely fractions (0.45 for 45%): read as
 * percent points they would make every school look near zero. Fewer non-zero values than
 * this prove nothing (a few tiny rates are real).
 */
const FRACTION_EVIDENCE = 3;

interface ValueCells {
  count: number;
  nonZero: number;
  allInUnit: boolean;
  example: { line: number; value: number };
}

/**
 * Turns valid rows into raw measures, reporting what needs the row's indicator to be judged,
 * and, once every row is read, the percent indicators whose values look like fractions.
 */
export function measureReader(issues: IssueCollector, file = 'data/measures.csv') {
  const cells = new Map<string, ValueCells>();
  const noteValue = (indicator: NumericIndicator, line: number, value: number) => {
    if (indicator.unit !== 'percent' || indicator.scale !== null) return;
    const seen = cells.get(indicator.id) ?? { count: 0, nonZero: 0, allInUnit: true, example: { line, value } };
    seen.count += 1;
    if (value !== 0) seen.nonZero += 1;
    if (value < 0 || value > 1) seen.allInUnit = false;
    cells.set(indicator.id, seen);
  };
  return {
    read(row: MeasureRow, indicator: Indicator, line: number): RawMeasure {
      if (indicator.type === 'categorical') checkCategorical(row, indicator.id, line, file, issues);
      else if (row.value !== null && row.numerator === null) noteValue(indicator, line, row.value);
      return toRawMeasure(row, indicator, line, file, issues);
    },
    /** Reports each percent indicator whose every value cell looks like a fraction, once. */
    finish(): void {
      for (const [id, seen] of cells) {
        if (!seen.allInUnit || seen.nonZero < FRACTION_EVIDENCE) continue;
        issues.add({
          file,
          line: seen.example.line,
          column: 'value',
          value: String(seen.example.value),
          expected: `percentages from 0 to 100 for ${id}, but all ${seen.count} of its values lie between 0 and 1 (this line is one of them)`,
          hint: `these look like fractions; multiply by 100, or declare \`scale: fraction\` in content/indicators/${id}.md (or \`scale: percent\` if they really are percentages under 1).`,
        });
      }
    },
  };
}

/** A level is a school's rating as a whole: never a rate, never a coded range. */
function checkCategorical(row: MeasureRow, id: string, line: number, file: string, issues: IssueCollector): void {
  for (const column of ['numerator', 'denominator'] as const) {
    const value = row[column];
    if (value !== null)
      issues.add({ file, line, column, value: String(value), expected: `a blank ${column}: ${id} is a rating written in "value" as one of its levels` });
  }
  if (row.status === 'coded_low' || row.status === 'coded_high')
    issues.add({ file, line, column: 'status', value: row.status, expected: `ok, missing or suppressed for ${id} (a level is not a number with a coded range)` });
}

function toRawMeasure(row: MeasureRow, indicator: Indicator, line: number, file: string, issues: IssueCollector): RawMeasure {
  const value = indicator.type === 'categorical' ? row.value : numericValue(row, indicator, line, file, issues);
  return {
    school_year: row.school_year,
    school_id: row.school_id,
    indicator_id: row.indicator_id,
    student_group: row.student_group,
    value,
    denominator: row.denominator,
    status: row.status,
    reason: row.reason,
  };
}

function numericValue(row: MeasureRow, indicator: NumericIndicator, line: number, file: string, issues: IssueCollector): number | null {
  const { unit } = indicator;
  if (row.numerator !== null && row.denominator !== null && row.denominator > 0)
    return (row.numerator / row.denominator) * (RATE_FACTOR[unit] ?? 1);
  if (row.value === null) return null;
  const value = indicator.scale === 'fraction' ? row.value * 100 : row.value;
  const outOfRange = (unit === 'percent' && (value < 0 || value > 100)) || (unit !== 'score' && value < 0);
  if (outOfRange)
    issues.add({
      file,
      line,
      column: 'value',
      value: String(row.value),
      expected:
        unit !== 'percent'
          ? `a value of 0 or more for ${indicator.id}`
          : indicator.scale === 'fraction'
            ? `a fraction from 0 to 1 for ${indicator.id} (its scale is fraction: write 0.45 for forty-five percent)`
            : `a percentage from 0 to 100 for ${indicator.id} (write 45 or 45% for forty-five percent)`,
    });
  return value;
}

import type { ImportReport } from '../report.ts';
import type { SourceTable } from '../rows.ts';
import { mapSchoolRows, type Scope } from './school-rows.ts';

export type SpendingOut = {
  school_year: string;
  school_id: string;
  federal: number | null;
  state_local: number | null;
};

const cents = (dollars: number) => Math.round(dollars * 100) / 100;

/**
 * `rcd_funds2.csv` (2019 on): ESSA per-pupil expenditure, one row per spending category;
 * the `TOTAL` row is the school's. The project splits federal money from state and local.
 */
export function mapSpending(table: SourceTable, scope: Scope, report: ImportReport) {
  return mapSchoolRows(table, scope, report, (cells, key): SpendingOut | null => {
    if (cells.text('expenditure_category') !== 'TOTAL') {
      report.leaveOut(table.file, 'spending categories other than TOTAL (the site shows the total)');
      return null;
    }
    const dollars = (column: string) => {
      const value = cells.number(column);
      return value !== null && value < 0 ? cells.fail(column, 'dollars per pupil, 0 or more') : value;
    };
    const federal = dollars('federal_ppe');
    const state = dollars('state_ppe');
    const local = dollars('local_ppe');
    return {
      school_year: key.school_year,
      school_id: key.school_id,
      federal: federal === null ? null : cents(federal),
      state_local: state === null || local === null ? null : cents(state + local),
    };
  });
}

import { formatNumber, formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { PublishedCell } from '../../privacy/suppress.ts';
import { formatCell } from '../format-cell.ts';
import type { SchoolDetail } from '../types.ts';
import type { PageContext } from './context.ts';

export interface SchoolAttendanceSection {
  heading: string;
  /** "1,240 students in 2024–25, up 80 since 2020–21 (1,160)"; null without an all-students count. */
  summary: string | null;
  /** Rows: each group's count in every year, all students first; hidden counts say so. */
  table: { caption: string; columns: string[]; rows: string[][] } | null;
  none: string;
}

/** Enrollment and its make-up over the years, each count as protected as it was published. */
export function schoolAttendanceSection(ctx: PageContext, school: SchoolDetail): SchoolAttendanceSection {
  const { locale } = ctx;
  const minGroupSize = ctx.site.site.minGroupSize;
  const years = school.enrollment.map((e) => e.year);
  const groups = [...new Set(['all', ...school.enrollment.flatMap((e) => e.groups.map((g) => g.group))])];
  const cellOf = (year: string, group: string): PublishedCell | undefined =>
    school.enrollment.find((e) => e.year === year)?.groups.find((g) => g.group === group)?.cell;
  const present = groups.filter((group) => years.some((year) => cellOf(year, group) !== undefined));
  return {
    heading: t(locale, 'school.attendance.heading'),
    summary: totalSentence(school, locale),
    table:
      years.length === 0
        ? null
        : {
            caption: t(locale, 'school.attendance.caption'),
            columns: [t(locale, 'table.group'), ...years.map((year) => formatSchoolYear(year, locale))],
            rows: present.map((group) => [
              ctx.groupLabel(group),
              ...years.map((year) => {
                const cell = cellOf(year, group);
                return cell === undefined ? '' : formatCell(cell, 'count', 0, locale, minGroupSize);
              }),
            ]),
          },
    none: t(locale, 'school.attendance.none'),
  };
}

function totalSentence(school: SchoolDetail, locale: string): string | null {
  const totals = school.enrollment.flatMap(({ year, groups }) => {
    const cell = groups.find((g) => g.group === 'all')?.cell;
    return cell?.status === 'ok' && cell.value !== null ? [{ year, count: cell.value }] : [];
  });
  const first = totals[0];
  const last = totals.at(-1);
  if (!first || !last) return null;
  const count = formatNumber(last.count, locale);
  const year = formatSchoolYear(last.year, locale);
  if (first === last || first.count === last.count) return t(locale, 'school.attendance.total', { count, year });
  const change = `${t(locale, last.count > first.count ? 'school.attendance.up' : 'school.attendance.down')} ${formatNumber(Math.abs(last.count - first.count), locale)}`;
  return t(locale, 'school.attendance.change', {
    count,
    year,
    change,
    firstYear: formatSchoolYear(first.year, locale),
    first: formatNumber(first.count, locale),
  });
}

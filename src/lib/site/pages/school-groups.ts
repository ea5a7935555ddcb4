import { formatNumber, formatSchoolYear, formatValue } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { Gap } from '../group-gaps.ts';
import { indicatorCellText, indicatorValueText } from '../indicator-text.ts';
import type { GroupComparison, IndicatorHistory, IndicatorInfo } from '../types.ts';
import type { PageContext } from './context.ts';

export interface SchoolGroupsSection {
  heading: string;
  intro: string;
  /** Per indicator, in its newest year: the all-students row first, as the reference, then each group's. */
  tables: {
    title: string;
    caption: string;
    columns: string[];
    /** Rows of group, value, gap to the school's other students, gap to the group across the district. */
    rows: [string, string, string, string][];
    /** Said once under a table whose district medians left hidden or coded schools out. */
    note: string | null;
  }[];
}

/**
 * Each indicator by student group, with each group's gap to all other students at the school
 * and to the same group across the district (`groupGaps`): a hidden cell has no gap and says
 * why, a coded one gives a range, and each district figure says what it was computed from.
 */
export function schoolGroupsSection(
  ctx: PageContext,
  rows: readonly { history: IndicatorHistory; indicator: IndicatorInfo }[],
): SchoolGroupsSection | null {
  const { locale } = ctx;
  const withGroups = rows.filter(({ history }) => history.groups.length > 0);
  if (withGroups.length === 0) return null;
  const minGroupSize = ctx.site.site.minGroupSize;
  return {
    heading: t(locale, 'school.groups.heading'),
    intro: t(locale, 'school.groups.intro', { n: String(minGroupSize) }),
    tables: withGroups.map(({ history, indicator }) => {
      const year = formatSchoolYear(history.year, locale);
      const leftOut = history.groups.some(({ districtFigure: f }) => f?.basis === 'schools' && f.hidden + f.coded > 0);
      return {
        title: t(locale, 'school.groups.title', { indicator: indicator.title, year }),
        caption: t(locale, 'school.groups.caption', { indicator: indicator.title, year }),
        columns: [t(locale, 'table.group'), indicator.shortTitle, t(locale, 'school.groups.others'), t(locale, 'school.groups.district')],
        rows: [
          [t(locale, 'group.all'), indicatorCellText(history.all, indicator, locale, minGroupSize), '', ''],
          ...history.groups.map((g): [string, string, string, string] => [
            ctx.groupLabel(g.group),
            indicatorCellText(g.cell, indicator, locale, minGroupSize),
            gapText(g.others, indicator, locale),
            districtText(g, indicator, locale),
          ]),
        ],
        note: leftOut ? t(locale, 'school.groups.leftOut') : null,
      };
    }),
  };
}

function districtText(g: GroupComparison, indicator: IndicatorInfo, locale: string): string {
  const figure = g.districtFigure;
  if (g.district.kind === 'none' && g.district.why === 'not_comparable') return t(locale, 'school.groups.noDistrict');
  // The district's figure says what it is: the source's own, or a median of the schools.
  const label = (value: string) =>
    figure?.basis === 'schools'
      ? t(locale, 'school.groups.basis.schools', { value, count: formatNumber(figure.schools, locale) })
      : t(locale, 'school.groups.basis.reference', { value });
  return gapText(g.district, indicator, locale, label);
}

/** A gap in words: how far, which way, and whether that way is better, against the comparison's own value. */
function gapText(gap: Gap, indicator: IndicatorInfo, locale: string, label = (value: string) => value): string {
  if (gap.kind === 'none') return t(locale, `school.groups.none.${gap.why}`);
  if (indicator.type !== 'numeric') return t(locale, 'school.groups.none.not_comparable');
  const comparison = label(indicatorValueText(gap.comparison, indicator, locale));
  const size = (value: number) =>
    indicator.unit === 'percent'
      ? t(locale, 'school.groups.points', { n: formatNumber(Math.abs(value), locale, { decimals: indicator.decimals }) })
      : formatValue(Math.abs(value), indicator.unit, locale, indicator.decimals);
  // A gap that rounds to nothing at the indicator's precision is no gap to a reader.
  const step = 10 ** -indicator.decimals / 2;
  const sign = (value: number) => (Math.abs(value) < step ? 0 : Math.sign(value));
  const judged = (phrase: string, direction: number) => {
    const better = direction > 0 === (indicator.direction === 'higher_is_better');
    return `${phrase} ${t(locale, better ? 'judgement.better' : 'judgement.worse')}`;
  };
  if (gap.kind === 'exact') {
    const s = sign(gap.gap);
    if (s === 0) return t(locale, 'school.groups.gap.same', { comparison });
    const vars = { gap: size(gap.gap), comparison };
    return judged(t(locale, s > 0 ? 'school.groups.gap.higher' : 'school.groups.gap.lower', vars), s);
  }
  const [low, high] = [sign(gap.low), sign(gap.high)];
  if (low > 0) return judged(t(locale, 'school.groups.range.higher', { low: size(gap.low), high: size(gap.high), comparison }), 1);
  if (high < 0) return judged(t(locale, 'school.groups.range.lower', { low: size(gap.high), high: size(gap.low), comparison }), -1);
  return t(locale, 'school.groups.range.across', { low: size(gap.low), high: size(gap.high), comparison });
}

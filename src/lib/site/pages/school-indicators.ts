import { formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { PublishedCell } from '../../privacy/suppress.ts';
import { directionText, indicatorCellText, indicatorValueText } from '../indicator-text.ts';
import type { IndicatorHistory, IndicatorInfo, SchoolDetail } from '../types.ts';
import type { PageContext, Table } from './context.ts';
import { schoolGroupsSection, type SchoolGroupsSection } from './school-groups.ts';
import { referencesIn, referencesNote, siteHasReferences } from './references.ts';

export interface SchoolIndicatorSections {
  /** Each indicator's newest value at the school, each with its own year. */
  latest: Table<{ href: string; title: string; value: string; year: string; median: string; references: string; direction: string }> & {
    /** Whether the table has the published-averages column, and who published them. */
    references: { note: string | null } | null;
  };
  /**
   * Every year of the indicators the area figures do not draw (levels, and measures with no exact
   * value), as tables: the school against the district median of that year. Null when none.
   */
  history: {
    heading: string;
    /** Rows: year, this school, district median, and the published averages when the site has any. */
    tables: { title: string; caption: string; note: string | null; columns: string[]; rows: string[][] }[];
  } | null;
  groups: SchoolGroupsSection | null;
}

/**
 * The school's indicators, each from its own newest year and over every year it was reported:
 * measures start and stop being reported in different years, and a school page must not drop
 * one because the newest year lacks it.
 */
export function schoolIndicatorSections(ctx: PageContext, school: SchoolDetail): SchoolIndicatorSections | null {
  const { locale } = ctx;
  const rows = school.indicators.flatMap((history) => {
    const indicator = ctx.indicator(history.id);
    return indicator ? [{ history, indicator }] : [];
  });
  if (rows.length === 0) return null;
  const value = (cell: PublishedCell | null, indicator: IndicatorInfo) =>
    indicatorCellText(cell, indicator, locale, ctx.site.site.minGroupSize);
  const median = (year: string, indicator: IndicatorInfo) => {
    const m = ctx.stats(year)?.indicatorMedians[indicator.id];
    return m == null ? '' : indicatorValueText(m, indicator, locale);
  };
  const year = (y: string) => formatSchoolYear(y, locale);
  const yearsWithData = school.trend.map((point) => point.year);
  const undrawn = rows.filter(({ history, indicator }) => !drawnInAreaFigure(indicator, history));
  const references = siteHasReferences(ctx);
  const referenceColumn = references ? [t(locale, 'reference.column')] : [];
  return {
    latest: {
      heading: t(locale, 'school.indicators.heading'),
      caption: t(locale, 'school.indicators.caption'),
      columns: [
        t(locale, 'table.indicator'),
        t(locale, 'table.thisSchool'),
        t(locale, 'table.latestYear'),
        t(locale, 'chart.districtMedian'),
        ...referenceColumn,
        t(locale, 'table.direction'),
      ],
      rows: rows.map(({ history, indicator }) => ({
        href: ctx.href.indicator(indicator.slug),
        title: indicator.title,
        value: value(history.all, indicator),
        year: year(history.year),
        median: median(history.year, indicator),
        references: referencesIn(ctx, indicator, history.year),
        direction: directionText(indicator, locale),
      })),
      references: references ? { note: referencesNote(ctx) } : null,
    },
    history:
      undrawn.length === 0
        ? null
        : {
            heading: t(locale, 'school.history.heading'),
            tables: undrawn.map(({ history, indicator }) => ({
              title: indicator.title,
              caption: t(locale, 'school.history.caption', { indicator: indicator.title }),
              note: reportingNote(history, yearsWithData, locale),
              columns: [t(locale, 'table.year'), t(locale, 'table.thisSchool'), t(locale, 'chart.districtMedian'), ...referenceColumn],
              rows: history.series.map(({ year: y, cell }) => [
                year(y),
                value(cell, indicator),
                median(y, indicator),
                ...(references ? [referencesIn(ctx, indicator, y)] : []),
              ]),
            })),
          },
    groups: schoolGroupsSection(ctx, rows),
  };
}

/** Says plainly when a measure began or stopped being reported within the years the school has data. */
export function reportingNote(history: IndicatorHistory, yearsWithData: readonly string[], locale: string): string | null {
  const first = history.series[0]?.year ?? history.year;
  const started = first !== yearsWithData[0];
  const stopped = history.year !== yearsWithData.at(-1);
  const since = formatSchoolYear(first, locale);
  const until = formatSchoolYear(history.year, locale);
  if (started && stopped) return t(locale, 'school.history.between', { first: since, last: until });
  if (started) return t(locale, 'school.history.since', { first: since });
  if (stopped) return t(locale, 'school.history.until', { last: until });
  return null;
}

/** Whether a domain's small-multiples figure draws this measure: a number with at least one exact value. */
export function drawnInAreaFigure(indicator: IndicatorInfo, history: IndicatorHistory): boolean {
  return indicator.type === 'numeric' && history.series.some(({ cell }) => cell.status === 'ok' && cell.value !== null);
}

import { formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { indicatorCellText } from '../indicator-text.ts';
import type { IndicatorInfo } from '../types.ts';
import type { Fact, PageContext } from './context.ts';

/**
 * The source's own averages of an indicator in a year, as one phrase ("District 11.8%, State
 * 13.1%"); empty when the source published none. They stand beside the median this site
 * computes, never in its place: the source averages over students, the median over schools.
 */
export function referencesIn(ctx: PageContext, indicator: IndicatorInfo, year: string): string {
  const { locale } = ctx;
  return indicator.references
    .filter((r) => r.year === year)
    .map((r) =>
      t(locale, 'reference.value', {
        kind: t(locale, `reference.${r.kind}`),
        value: indicatorCellText(r.cell, indicator, locale, ctx.site.site.minGroupSize),
      }),
    )
    .join(t(locale, 'reference.separator'));
}

/** Whether any indicator has a published average: tables add their column only then. */
export function siteHasReferences(ctx: PageContext): boolean {
  return ctx.site.indicators.some((i) => i.references.length > 0);
}

/** Who published the averages, from the manifest's entry for data/references.csv. */
export function referencesNote(ctx: PageContext): string | null {
  const file = ctx.site.manifest.files.find((f) => f.path === 'references.csv');
  return file ? t(ctx.locale, 'reference.note', { source: file.source }) : null;
}

/** An indicator page's facts: the newest year's published averages, labelled with their year. */
export function referenceFacts(ctx: PageContext, indicator: IndicatorInfo): Fact[] {
  const year = indicator.references.at(-1)?.year;
  if (year === undefined) return [];
  return [
    {
      term: t(ctx.locale, 'reference.term', { year: formatSchoolYear(year, ctx.locale) }),
      detail: referencesIn(ctx, indicator, year),
    },
  ];
}

import type { MeasureIndex } from '../data/measure-index.ts';
import { REFERENCE_KINDS, type Indicator, type SchoolRow } from '../data/schemas.ts';
import type { PublishableDataset, PublishedMeasure } from '../privacy/suppress.ts';
import { markdownToHtml } from '../markdown/markdown.ts';
import { slugify } from './slug.ts';
import type { IndicatorInfo, IndicatorValues } from './types.ts';

/**
 * What every page says of an indicator, and its exact published value at each school in the
 * newest year that has any: an indicator that stopped being reported still shows its last year.
 */
export function describeIndicators(
  data: PublishableDataset,
  measures: MeasureIndex<PublishedMeasure>,
  schoolsByName: readonly SchoolRow[],
): IndicatorInfo[] {
  // Only exact values: a coded or hidden cell has no place in a distribution.
  const exact = (year: string, schoolId: string, indicatorId: string) => {
    const cell = measures.cell(year, schoolId, indicatorId, 'all');
    return cell?.status === 'ok' ? cell.value : null;
  };
  const valuesIn = (year: string, indicatorId: string) =>
    schoolsByName.flatMap((school) => {
      const value = exact(year, school.school_id, indicatorId);
      return value === null ? [] : [{ schoolId: school.school_id, value }];
    });
  return data.indicators.map((indicator) => {
    const currentYear =
      data.years.findLast((year) => schoolsByName.some((school) => exact(year, school.school_id, indicator.id) !== null)) ?? null;
    // Shares are of the scored weight only: a display-only indicator takes none of its domain's.
    const domainWeight = data.indicators.reduce((sum, i) => (i.scored && i.domain === indicator.domain ? sum + i.weight : sum), 0);
    return {
      id: indicator.id,
      slug: slugify(indicator.id),
      title: indicator.title,
      shortTitle: indicator.short_title ?? indicator.title,
      domain: indicator.domain,
      kind: indicator.kind,
      ...valuesOf(indicator),
      scored: indicator.scored,
      shareOfDomain: indicator.scored ? indicator.weight / domainWeight : null,
      subject: indicator.subject,
      decimals: indicator.decimals,
      source: indicator.source,
      html: markdownToHtml(indicator.body).html,
      currentYear,
      current: currentYear === null ? [] : valuesIn(currentYear, indicator.id),
      references: data.references
        .filter((r) => r.indicator_id === indicator.id && r.student_group === 'all')
        .map((r) => ({ kind: r.reference, year: r.school_year, cell: { value: r.value, status: r.status, reason: r.reason } }))
        .sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : REFERENCE_KINDS.indexOf(a.kind) - REFERENCE_KINDS.indexOf(b.kind))),
    };
  });
}

function valuesOf(indicator: Indicator): IndicatorValues {
  return indicator.type === 'categorical'
    ? { type: indicator.type, levels: indicator.levels }
    : { type: indicator.type, unit: indicator.unit, direction: indicator.direction, weight: indicator.weight };
}

import type { MeasureIndex } from '../data/measure-index.ts';
import type { Indicator, SchoolRow } from '../data/schemas.ts';
import type { PublishableDataset, PublishedMeasure } from '../privacy/suppress.ts';
import { markdownToHtml } from '../markdown/markdown.ts';
import { slugify } from './slug.ts';
import type { IndicatorInfo, IndicatorValues } from './types.ts';

/** What every page says of an indicator, and its exact published value at each school in the current year. */
export function describeIndicators(
  data: PublishableDataset,
  measures: MeasureIndex<PublishedMeasure>,
  currentYear: string,
  schoolsByName: readonly SchoolRow[],
): IndicatorInfo[] {
  return data.indicators.map((indicator) => {
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
      current: schoolsByName.flatMap((school) => {
        const cell = measures.cell(currentYear, school.school_id, indicator.id, 'all');
        return cell && cell.status === 'ok' && cell.value !== null ? [{ schoolId: school.school_id, value: cell.value }] : [];
      }),
    };
  });
}

function valuesOf(indicator: Indicator): IndicatorValues {
  return indicator.type === 'categorical'
    ? { type: indicator.type, levels: indicator.levels }
    : { type: indicator.type, unit: indicator.unit, direction: indicator.direction, weight: indicator.weight };
}

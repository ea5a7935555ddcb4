import { describeSparklines, renderSparklines, type SparklinesData } from '../../charts/sparklines.ts';
import { formatNumber, formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { PublishedCell } from '../../privacy/suppress.ts';
import { indicatorCellText } from '../indicator-text.ts';
import type { IndicatorHistory, IndicatorInfo, SchoolDetail, SchoolYearDetail } from '../types.ts';
import type { PageContext } from './context.ts';
import { referencesIn } from './references.ts';
import type { FigureModel } from './figures.ts';
import { drawnInAreaFigure, reportingNote } from './school-indicators.ts';

/** Domain scores are averages of normalized values near 0: two decimals tell schools apart. */
const DOMAIN_SCORE_DECIMALS = 2;

export interface SchoolDomainSections {
  heading: string;
  intro: string;
  domains: {
    id: string;
    title: string;
    /** "More need than 41 of the district's 58 schools": a position, not a z-score. */
    position: string;
    /** The same in numbers, for readers who want them. */
    score: string | null;
    /** Every numeric measure of the area over the years, one row each; null when none has a value. */
    figure: FigureModel | null;
    /** When a measure began or stopped being reported. */
    notes: string[];
  }[];
  glossary: { text: string; href: string };
}

/**
 * Each domain of the index at this school: where it stands among the year's schools, and each
 * of its measures over every year, in one small-multiples figure per domain rather than a chart
 * per number, so the page stays light however many years the data has.
 */
export function schoolDomainSections(ctx: PageContext, school: SchoolDetail, current: SchoolYearDetail | null): SchoolDomainSections {
  const { site, locale } = ctx;
  const orientation = site.index.method.orientation;
  const year = current?.year ?? school.latestYear ?? site.site.currentYear;
  const stats = ctx.stats(year);
  const histories = new Map(school.indicators.map((h) => [h.id, h]));
  const yearsWithData = school.trend.map((point) => point.year);
  const decimal = (x: number) => formatNumber(x, locale, { decimals: DOMAIN_SCORE_DECIMALS });
  return {
    heading: t(locale, 'school.domains.words.heading'),
    intro: t(locale, 'school.domains.words.intro', { year: formatSchoolYear(year, locale) }),
    glossary: { text: t(locale, 'school.domains.words.term'), href: `${ctx.href.glossary()}#domain` },
    domains: site.domains.map((domain) => {
      const scored = current?.domains.find((d) => d.id === domain.id);
      const median = stats?.domainMedians[domain.id];
      const measures = domain.indicatorIds.flatMap((id) => {
        const indicator = ctx.indicator(id);
        const history = histories.get(id);
        return indicator && history ? [{ indicator, history }] : [];
      });
      return {
        id: domain.id,
        title: domain.title,
        position:
          scored && scored.score !== null
            ? scored.below === 0 && scored.of > 1
              ? t(locale, `school.domains.position.${orientation}.least`, { of: formatNumber(scored.of, locale) })
              : t(locale, `school.domains.position.${orientation}`, {
                  below: formatNumber(scored.below, locale),
                  of: formatNumber(scored.of, locale),
                })
            : t(locale, 'school.domains.position.none'),
        score:
          scored && scored.score !== null
            ? t(locale, 'school.domains.score', { score: decimal(scored.score), median: median == null ? '' : decimal(median) })
            : null,
        figure: domainSparklines(ctx, domain, measures, yearsWithData),
        notes: measures.flatMap(({ indicator, history }) => {
          const note = reportingNote(history, yearsWithData, locale);
          return note === null ? [] : [`${indicator.title}: ${note}`];
        }),
      };
    }),
  };
}

/** Only exact values are drawn: a coded cell's bound is not its value, and a line through it would say it is. */
function drawnValue(cell: PublishedCell | null): number | null {
  return cell?.status === 'ok' ? cell.value : null;
}

function domainSparklines(
  ctx: PageContext,
  { id, title }: { id: string; title: string },
  measures: { indicator: IndicatorInfo; history: IndicatorHistory }[],
  years: readonly string[],
): FigureModel | null {
  const { locale } = ctx;
  const minGroupSize = ctx.site.site.minGroupSize;
  const numeric = measures.filter(
    (m): m is { indicator: Extract<IndicatorInfo, { type: 'numeric' }>; history: IndicatorHistory } =>
      m.indicator.type === 'numeric' && drawnInAreaFigure(m.indicator, m.history),
  );
  if (numeric.length === 0 || years.length === 0) return null;
  const median = (year: string, id: string) => ctx.stats(year)?.indicatorMedians[id] ?? null;
  const data: SparklinesData = {
    label: title,
    years,
    rows: numeric.map(({ indicator, history }) => {
      const byYear = new Map(history.series.map(({ year, cell }) => [year, cell]));
      const last = history.series.at(-1)?.cell ?? null;
      return {
        label: indicator.shortTitle,
        unit: indicator.unit,
        decimals: indicator.decimals,
        direction: indicator.direction,
        school: years.map((year) => ({ year, value: drawnValue(byYear.get(year) ?? null) })),
        comparison: years.map((year) => ({ year, value: median(year, indicator.id) })),
        lastText: drawnValue(last) === null ? '–' : indicatorCellText(last, indicator, locale, minGroupSize),
      };
    }),
  };
  const cellText = (indicator: IndicatorInfo, cell: PublishedCell | null | undefined) =>
    cell === undefined ? '' : indicatorCellText(cell, indicator, locale, minGroupSize);
  return {
    svg: renderSparklines(data, { locale, idPrefix: `domain-${id}` }),
    caption: describeSparklines(data, locale),
    tableCaption: t(locale, 'chart.sparklines.table', { domain: title }),
    columns: [t(locale, 'table.indicator'), ...years.map((year) => formatSchoolYear(year, locale))],
    rows: numeric.flatMap(({ indicator, history }) => {
      const byYear = new Map(history.series.map(({ year, cell }) => [year, cell]));
      return [
        [
          t(locale, 'chart.sparklines.school', { indicator: indicator.shortTitle }),
          ...years.map((y) => cellText(indicator, byYear.get(y))),
        ],
        [
          t(locale, 'chart.sparklines.median', { indicator: indicator.shortTitle }),
          ...years.map((y) => {
            const m = median(y, indicator.id);
            return m === null ? '' : cellText(indicator, { value: m, status: 'ok', reason: null });
          }),
        ],
        // The source's own averages, where it published any for this measure.
        ...(indicator.references.length === 0
          ? []
          : [
              [
                t(locale, 'chart.sparklines.references', { indicator: indicator.shortTitle }),
                ...years.map((y) => referencesIn(ctx, indicator, y)),
              ],
            ]),
      ];
    }),
  };
}

import { formatList, formatNumber, formatPercent, formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { directionText } from '../indicator-text.ts';
import { describeMethod } from '../methodology.ts';
import { scoreMeaning } from '../score-text.ts';
import type { PageContext } from './context.ts';
import { figures, type FigureModel } from './figures.ts';
import { layoutModel, type LayoutModel } from './layout.ts';

export interface MethodologyPage {
  layout: LayoutModel;
  heading: string;
  scoreMeaning: string;
  html: string;
  weightsHeading: string;
  weights: FigureModel;
  indicators: {
    caption: string;
    columns: { indicator: string; domain: string; direction: string; inDomain: string; overall: string };
    rows: { href: string; title: string; domain: string; direction: string; inDomain: string; overall: string }[];
  };
  weightsNote: string;
  stepsHeading: string;
  steps: { heading: string; text: string[] }[];
  years: MethodologyYears;
}

/** How many schools each year had data and a score, and why the others had none. */
interface MethodologyYears {
  heading: string;
  caption: string;
  columns: [string, string, string];
  rows: [string, string, string][];
  /** One sentence per year in which some school with data could not be scored. */
  notes: string[];
}

export function methodologyPage(ctx: PageContext): MethodologyPage {
  const { site, locale } = ctx;
  const { index } = site;
  const pct = (share: number) => formatPercent(share * 100, locale, { decimals: 1 });
  return {
    layout: layoutModel(ctx, {
      title: t(locale, 'nav.methodology'),
      description: t(locale, 'method.description', { index: index.title }),
      current: 'methodology',
    }),
    heading: t(locale, 'method.heading', { index: index.title }),
    scoreMeaning: scoreMeaning(index.method, locale),
    html: index.html,
    weightsHeading: t(locale, 'method.weights.heading'),
    weights: figures.get('domain-weights')(ctx),
    indicators: {
      caption: t(locale, 'method.indicators.caption'),
      columns: {
        indicator: t(locale, 'table.indicator'),
        domain: t(locale, 'table.domain'),
        direction: t(locale, 'table.direction'),
        inDomain: t(locale, 'method.weights.inDomain'),
        overall: t(locale, 'method.weights.overall'),
      },
      // The index's weights: a display-only indicator has none, so it has no row here.
      rows: site.indicators.flatMap((indicator) => {
        const domain = ctx.domain(indicator.domain);
        const share = indicator.shareOfDomain;
        if (share === null) return [];
        return [
          {
            href: ctx.href.indicator(indicator.slug),
            title: indicator.title,
            domain: domain?.title ?? '',
            direction: directionText(indicator, locale),
            inDomain: pct(share),
            // An indicator's share of the whole index: its share of its domain times the domain's share.
            overall: pct(share * (domain?.share ?? 0)),
          },
        ];
      }),
    },
    weightsNote: weightsNote(ctx),
    stepsHeading: t(locale, 'method.steps.heading'),
    steps: describeMethod(index.method, site.site.minGroupSize, locale),
    years: yearsScored(ctx),
  };
}

function yearsScored(ctx: PageContext): MethodologyYears {
  const { site, locale } = ctx;
  const count = (n: number) => formatNumber(n, locale, { decimals: 0 });
  return {
    heading: t(locale, 'method.years.heading'),
    caption: t(locale, 'method.years.caption'),
    columns: [t(locale, 'table.year'), t(locale, 'method.years.withData'), t(locale, 'method.years.scored')],
    rows: site.years.map((y): [string, string, string] => [formatSchoolYear(y.year, locale), count(y.schoolCount), count(y.scoredCount)]),
    notes: site.years.flatMap((y) => {
      const unscored = y.schoolCount - y.scoredCount;
      if (unscored === 0) return [];
      // The domains that lacked coverage, most schools first: the reason a year could not be scored.
      const short = site.domains
        .map((d) => ({ title: d.title, schools: y.domainShortfalls[d.id] ?? 0 }))
        .filter((d) => d.schools > 0)
        .sort((a, b) => b.schools - a.schools);
      const params = { year: formatSchoolYear(y.year, locale), unscored: count(unscored), schools: count(y.schoolCount) };
      if (short.length === 0) return [t(locale, 'method.years.unscored', params)];
      const domains = formatList(
        short.map((d) => t(locale, 'method.years.domain', { domain: d.title, schools: count(d.schools), total: params.schools })),
        locale,
      );
      return [
        y.scoredCount === 0
          ? t(locale, 'method.years.none', { year: params.year, domains })
          : t(locale, 'method.years.some', { ...params, domains }),
      ];
    }),
  };
}

/** The weights' note, naming the indicators that are shown but carry no weight, so the page accounts for every one. */
function weightsNote({ site, locale }: PageContext): string {
  const shown = site.indicators.filter((i) => !i.scored).map((i) => i.title);
  const note = t(locale, 'method.weights.note');
  return shown.length === 0 ? note : `${note} ${t(locale, 'method.weights.displayOnly', { indicators: shown.join(', ') })}`;
}

import { formatPercent, formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { directionText } from '../indicator-text.ts';
import type { IndicatorInfo } from '../types.ts';
import type { Fact, PageContext } from './context.ts';
import { figures, type FigureModel } from './figures.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { referenceFacts } from './references.ts';

export interface IndicatorPage {
  layout: LayoutModel;
  heading: string;
  facts: Fact[];
  html: string;
  distributionHeading: string;
  distribution: FigureModel | null;
  none: string;
  all: { href: string; text: string };
}

export function indicatorPage(ctx: PageContext, indicator: IndicatorInfo): IndicatorPage {
  const { locale } = ctx;
  const domain = ctx.domain(indicator.domain)?.title ?? '';
  const categorical = indicator.type === 'categorical';
  return {
    layout: layoutModel(ctx, {
      title: indicator.title,
      description: t(locale, 'indicator.description', { indicator: indicator.title }),
      current: 'indicators',
    }),
    heading: indicator.title,
    facts: [
      { term: t(locale, 'indicator.domain'), detail: domain },
      { term: t(locale, 'table.direction'), detail: directionText(indicator, locale) },
      {
        term: t(locale, 'indicator.weight'),
        detail:
          indicator.shareOfDomain === null
            ? t(locale, 'indicator.weight.none')
            : t(locale, 'indicator.weight.value', { share: formatPercent(indicator.shareOfDomain * 100, locale, { decimals: 0 }), domain }),
      },
      { term: t(locale, 'indicator.source'), detail: indicator.source },
      ...referenceFacts(ctx, indicator),
    ],
    html: indicator.html,
    distributionHeading:
      indicator.currentYear === null
        ? t(locale, 'indicator.distribution.none')
        : t(locale, categorical ? 'indicator.levels' : 'indicator.distribution', { year: formatSchoolYear(indicator.currentYear, locale) }),
    // Levels are counted per level, never put on a number line.
    distribution: categorical ? figures.get('indicator-levels')(ctx, indicator) : figures.get('indicator-distribution')(ctx, indicator),
    none: t(locale, 'indicator.none'),
    all: { href: ctx.href.indicators(), text: t(locale, 'indicator.all') },
  };
}

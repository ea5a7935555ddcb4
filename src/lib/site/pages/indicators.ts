import { formatPercent } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { PageContext } from './context.ts';
import { layoutModel, type LayoutModel } from './layout.ts';

export interface IndicatorsPage {
  layout: LayoutModel;
  heading: string;
  domains: { id: string; title: string; share: string; html: string; indicators: { href: string; title: string }[] }[];
}

export function indicatorsPage(ctx: PageContext): IndicatorsPage {
  const { site, locale } = ctx;
  const index = site.index.title;
  return {
    layout: layoutModel(ctx, {
      title: t(locale, 'nav.indicators'),
      description: t(locale, 'indicators.description', { index }),
      current: 'indicators',
    }),
    heading: t(locale, 'indicators.heading', { index }),
    domains: site.domains.map((domain) => ({
      id: `domain-${domain.id}`,
      title: domain.title,
      share: t(locale, 'indicators.domainShare', { share: formatPercent(domain.share * 100, locale, { decimals: 0 }) }),
      html: domain.html,
      indicators: domain.indicatorIds.flatMap((id) => {
        const indicator = ctx.indicator(id);
        if (!indicator) return [];
        const title = indicator.scored ? indicator.title : t(locale, 'indicators.displayOnly', { indicator: indicator.title });
        return [{ href: ctx.href.indicator(indicator.slug), title }];
      }),
    })),
  };
}

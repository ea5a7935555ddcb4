import { t } from '../../i18n/index.ts';
import { explainPrivacy } from '../../privacy/explain.ts';
import type { PageContext } from './context.ts';
import { layoutModel, type LayoutModel } from './layout.ts';

export interface PrivacyPage {
  layout: LayoutModel;
  heading: string;
  sections: { heading: string; text: string[] }[];
  methodology: { href: string; text: string };
}

/** The plain-language privacy page, written from the thresholds the build ran with. */
export function privacyPage(ctx: PageContext): PrivacyPage {
  const { site, locale } = ctx;
  return {
    layout: layoutModel(ctx, {
      title: t(locale, 'privacy.title'),
      description: t(locale, 'privacy.description', { district: site.site.name }),
    }),
    heading: t(locale, 'privacy.heading'),
    sections: explainPrivacy({ min_group_size: site.site.minGroupSize, small_count: site.site.smallCount }, locale),
    methodology: { href: ctx.href.methodology(), text: t(locale, 'privacy.methodology') },
  };
}

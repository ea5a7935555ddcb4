import { t } from '../../i18n/index.ts';
import type { PageContext } from './context.ts';
import { layoutModel, type LayoutModel } from './layout.ts';

export interface SearchPage {
  layout: LayoutModel;
  heading: string;
  /** Pagefind's bundle folder, at the site's root whatever the locale. */
  bundle: string;
  /** The site's script that starts Pagefind's search box (public/search.js): no inline script, for the CSP. */
  script: string;
  noscript: string;
  allSchools: { href: string; text: string };
}

export function searchPage(ctx: PageContext): SearchPage {
  const { locale } = ctx;
  return {
    layout: layoutModel(ctx, {
      title: t(locale, 'nav.search'),
      description: t(locale, 'search.description', { district: ctx.site.site.name }),
      current: 'search',
    }),
    heading: t(locale, 'nav.search'),
    bundle: ctx.asset('pagefind/'),
    script: ctx.asset('search.js'),
    noscript: t(locale, 'search.noscript'),
    allSchools: { href: ctx.href.home(), text: t(locale, 'search.allSchools') },
  };
}

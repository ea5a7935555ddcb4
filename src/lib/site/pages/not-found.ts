import { t } from '../../i18n/index.ts';
import type { PageContext } from './context.ts';
import { layoutModel, type LayoutModel } from './layout.ts';

export interface NotFoundPage {
  layout: LayoutModel;
  heading: string;
  text: string;
  home: { href: string; text: string };
}

export function notFoundPage(ctx: PageContext): NotFoundPage {
  const { locale } = ctx;
  const title = t(locale, 'notFound.title');
  return {
    layout: layoutModel(ctx, { title, description: title, searchable: false }),
    heading: title,
    text: t(locale, 'notFound.text'),
    home: { href: ctx.href.home(), text: t(locale, 'search.allSchools') },
  };
}

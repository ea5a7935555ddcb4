import { t } from '../../i18n/index.ts';
import type { SchoolSummary } from '../types.ts';
import type { PageContext } from './context.ts';
import { layoutModel, type LayoutModel } from './layout.ts';

/** The page at a former id's address: it sends readers on to the school's page, and is not searched. */
export interface RedirectPage {
  layout: LayoutModel;
  heading: string;
  text: string;
  link: { href: string; text: string };
}

export function redirectPage(ctx: PageContext, school: SchoolSummary, formerId: string): RedirectPage {
  const { locale } = ctx;
  const href = ctx.href.school(school.slug);
  return {
    layout: layoutModel(ctx, {
      title: t(locale, 'redirect.title', { school: school.name }),
      description: t(locale, 'redirect.description', { school: school.name, id: formerId }),
      searchable: false,
      movedTo: href,
    }),
    heading: school.name,
    text: t(locale, 'redirect.text', { school: school.name, id: formerId }),
    link: { href, text: school.name },
  };
}

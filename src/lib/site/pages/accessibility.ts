import { formatDate } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { PageContext } from './context.ts';
import { layoutModel, type LayoutModel } from './layout.ts';

export interface AccessibilityPage {
  layout: LayoutModel;
  heading: string;
  sections: { heading: string; paragraphs: string[]; items: string[] }[];
  report: {
    heading: string;
    /** The site's contact as a link, or null when site.md names none (the page then says whom to tell). */
    contact: { lead: string; href: string; text: string; detail: string } | null;
    none: string;
  };
  /** Search needs JavaScript; the home page lists every school without it. */
  allSchools: { lead: string; href: string; text: string };
  updated: string;
}

/** An email address becomes a mailto: link; anything else the schema accepted is a web address. */
function contactLink(contact: string): { href: string; text: string } {
  return contact.includes('@') && !contact.includes('/') ? { href: `mailto:${contact}`, text: contact } : { href: contact, text: contact };
}

/** The accessibility statement public agencies publish: the standard met, known limits, and how to report a barrier. */
export function accessibilityPage(ctx: PageContext): AccessibilityPage {
  const { locale } = ctx;
  const { site, manifest } = ctx.site;
  const contact = site.accessibilityContact;
  return {
    layout: layoutModel(ctx, { title: t(locale, 'access.title'), description: t(locale, 'access.description', { site: site.name }) }),
    heading: t(locale, 'access.title'),
    sections: [
      { heading: t(locale, 'access.standard.heading'), paragraphs: [t(locale, 'access.standard.text', { site: site.name })], items: [] },
      { heading: t(locale, 'access.checks.heading'), paragraphs: [t(locale, 'access.checks.text')], items: [] },
      {
        heading: t(locale, 'access.limits.heading'),
        paragraphs: [],
        items: [
          t(locale, 'access.limits.automated'),
          t(locale, 'access.limits.charts'),
          t(locale, 'access.limits.search'),
          t(locale, 'access.limits.maps'),
        ],
      },
    ],
    report: {
      heading: t(locale, 'access.report.heading'),
      contact:
        contact === null
          ? null
          : { lead: t(locale, 'access.report.lead'), ...contactLink(contact), detail: t(locale, 'access.report.detail') },
      none: t(locale, 'access.report.none'),
    },
    allSchools: { lead: t(locale, 'search.noscript'), href: ctx.href.home(), text: t(locale, 'search.allSchools') },
    updated: t(locale, 'access.updated', { date: formatDate(manifest.published, locale) }),
  };
}

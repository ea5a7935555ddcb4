import { formatDate } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { storiesInLanguage } from '../../stories/schema.ts';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';
import type { PageContext } from './context.ts';

type NavItem = 'home' | 'stories' | 'indicators' | 'spending' | 'methodology' | 'search';

export interface PageMeta {
  title: string;
  description: string;
  /** Which navigation item is the current page. */
  current?: NavItem;
  /** Pages that are not content (the 404 page) stay out of the search index. */
  searchable?: boolean;
  /** A page that only sends readers on (an old address): where to, at once, and the address search engines should keep. */
  movedTo?: string;
}

/** Everything the page frame shows: head, header, navigation and footer. */
export interface LayoutModel {
  lang: string;
  contentSecurityPolicy: string;
  title: string;
  description: string;
  icon: string;
  skip: string;
  siteName: string;
  home: string;
  navLabel: string;
  nav: { href: string; label: string; current: boolean }[];
  notice: { label: string; text: string } | null;
  searchable: boolean;
  /** The stories' Atom feed, for feed readers to find; null without the site's `url`. */
  feed: { href: string; title: string } | null;
  movedTo: string | null;
  footer: {
    data: string;
    credit: string | null;
    privacy: { href: string; text: string };
    sourcesLabel: string;
    accessibility: { href: string; text: string };
    sources: { title: string; path: string; version: string; date: string; source: string; sourceUrl: string | null; licence: string }[];
  };
}

export function layoutModel(ctx: PageContext, { title, description, current, searchable = true, movedTo }: PageMeta): LayoutModel {
  const { site, manifest } = ctx.site;
  const { locale } = ctx;
  const item = (id: NavItem, label: string) => ({ href: ctx.href[id](), label, current: id === current });
  return {
    lang: locale,
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    title: `${title} · ${site.shortName}`,
    description,
    icon: ctx.asset('favicon.svg'),
    skip: t(locale, 'site.skip'),
    siteName: site.name,
    home: ctx.href.home(),
    navLabel: t(locale, 'nav.label'),
    nav: [
      item('home', t(locale, 'nav.home')),
      // Only once there is a story to read in this language, as only then is there a story index.
      ...(storiesInLanguage(ctx.site.stories, locale).length > 0 ? [item('stories', t(locale, 'nav.stories'))] : []),
      item('indicators', t(locale, 'nav.indicators')),
      // Only a site with a spending file has the page.
      ...(ctx.site.spending ? [item('spending', t(locale, 'nav.spending'))] : []),
      item('methodology', t(locale, 'nav.methodology')),
      item('search', t(locale, 'nav.search')),
    ],
    notice: site.notice === null ? null : { label: t(locale, 'site.notice.label'), text: site.notice },
    searchable,
    feed: site.url === null ? null : { href: ctx.asset('feed.xml'), title: t(locale, 'feed.title', { district: site.name }) },
    movedTo: movedTo ?? null,
    footer: {
      data: t(locale, 'footer.data', { title: manifest.title, version: manifest.version, date: formatDate(manifest.published, locale) }),
      credit: manifest.credit ?? null,
      privacy: { href: ctx.href.privacy(), text: t(locale, 'footer.privacy') },
      sourcesLabel: t(locale, 'footer.sources'),
      accessibility: { href: ctx.href.accessibility(), text: t(locale, 'footer.accessibility') },
      sources: manifest.files.map((file) => ({
        title: file.title,
        path: file.path,
        version: t(locale, 'footer.version', { version: file.version }),
        date: formatDate(file.published, locale),
        source: file.source,
        sourceUrl: file.source_url ?? null,
        licence: t(locale, 'footer.licence', { licence: file.licence }),
      })),
    },
  };
}

import type { IndicatorInfo, DomainInfo, SiteData, YearStats } from '../types.ts';
import type { StudentGroupId } from '../../data/groups.ts';
import { t } from '../../i18n/index.ts';
import { pageHref, paths } from '../urls.ts';

/** A term and its detail, as a page's list of facts shows them. */
export interface Fact {
  term: string;
  detail: string;
}

/** A table as a page shows it, under its own heading. */
export interface Table<Row> {
  heading: string;
  caption: string;
  columns: string[];
  rows: Row[];
}

/** The shared lookups every page model reads, made once per site and locale rather than once per page. */
export interface PageContext {
  site: SiteData;
  locale: string;
  /** Addresses of the site's pages in this locale, with the base path. */
  href: { [K in keyof typeof paths]: (...args: Parameters<(typeof paths)[K]>) => string };
  /** A file at the site's root (the favicon, Pagefind's bundle), which no locale prefixes. */
  asset: (path: string) => string;
  indicator: (id: string) => IndicatorInfo | undefined;
  domain: (id: string) => DomainInfo | undefined;
  levelLabel: (level: number | null) => string | undefined;
  stats: (year: string | undefined) => YearStats | undefined;
  /** A student group's name: a declared group's own label, else the vocabulary's message. */
  groupLabel: (id: string) => string;
}

const contexts = new WeakMap<SiteData, Map<string, PageContext>>();

export function pageContext(site: SiteData, locale: string = site.site.locale): PageContext {
  const byLocale = contexts.get(site) ?? new Map<string, PageContext>();
  contexts.set(site, byLocale);
  const known = byLocale.get(locale);
  if (known) return known;
  const indicators = new Map(site.indicators.map((i) => [i.id, i]));
  const domains = new Map(site.domains.map((d) => [d.id, d]));
  const levels = new Map(site.index.levels.map((l) => [l.level, l.label]));
  const years = new Map(site.years.map((y) => [y.year, y]));
  const declared = new Map(site.site.declaredGroups.map((g) => [g.id, g.label[locale] ?? g.label[site.site.locale] ?? g.id]));
  const link = (path: string) => pageHref(site.site, locale, path);
  const context: PageContext = {
    site,
    locale,
    href: {
      home: () => link(paths.home()),
      school: (slug) => link(paths.school(slug)),
      indicators: () => link(paths.indicators()),
      indicator: (slug) => link(paths.indicator(slug)),
      methodology: () => link(paths.methodology()),
      spending: () => link(paths.spending()),
      search: () => link(paths.search()),
      privacy: () => link(paths.privacy()),
      accessibility: () => link(paths.accessibility()),
      glossary: () => link(paths.glossary()),
      stories: () => link(paths.stories()),
      story: (slug) => link(paths.story(slug)),
    },
    asset: (path) => pageHref(site.site, site.site.locale, path),
    indicator: (id) => indicators.get(id),
    domain: (id) => domains.get(id),
    levelLabel: (level) => (level === null ? undefined : levels.get(level)),
    stats: (year) => (year === undefined ? undefined : years.get(year)),
    // Any id not declared is one of the vocabulary's, which all have a message.
    groupLabel: (id) => declared.get(id) ?? t(locale, `group.${id as StudentGroupId}`),
  };
  byLocale.set(locale, context);
  return context;
}

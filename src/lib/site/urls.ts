/** Every page's address, relative to the site's base path; one place, so links never drift. */
export const paths = {
  home: () => '',
  school: (slug: string) => `schools/${slug}/`,
  indicators: () => 'indicators/',
  indicator: (slug: string) => `indicators/${slug}/`,
  methodology: () => 'methodology/',
  spending: () => 'spending/',
  search: () => 'search/',
  privacy: () => 'privacy/',
  accessibility: () => 'accessibility/',
  glossary: () => 'glossary/',
  stories: () => 'stories/',
  story: (slug: string) => `stories/${slug}/`,
};

/** Joins the site's base path (`/` or `/equity/`) and a page path. */
function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** Pages in the default locale have no prefix (`schools/0101/`); others are under theirs (`es/schools/0101/`). */
function localePrefix(locale: string, defaultLocale: string): string {
  return locale === defaultLocale ? '' : `${locale}/`;
}

/** The route parameter of each locale's copy of a page: undefined, so no path segment, for the default. */
export function localeParams(locales: readonly string[], defaultLocale: string): { locale: string | undefined }[] {
  return locales.map((locale) => ({ locale: locale === defaultLocale ? undefined : locale }));
}

/** A page's full address in a locale, from the site's root: what every link is written with. */
export function pageHref(site: { base: string; locale: string }, locale: string, path: string): string {
  return withBase(site.base, `${localePrefix(locale, site.locale)}${path}`);
}

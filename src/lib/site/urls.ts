/** Every page's address, relative to the site's base path; one place, so links never drift. */
export const paths = {
  home: () => '',
  school: (slug: string) => `schools/${slug}/`,
  indicators: () => 'indicators/',
  indicator: (slug: string) => `indicators/${slug}/`,
  methodology: () => 'methodology/',
  search: () => 'search/',
};

/** Joins the site's base path (`/` or `/equity/`) and a page path. */
export function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

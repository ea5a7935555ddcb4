import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A built site: its folder and the base path it is served under. */
export interface BuiltSite {
  name: string;
  dir: string;
  base: string;
  /** The folder with the site's data/ and content/, when the site was built by the project. */
  source?: string;
  /**
   * The browser and HTML gates check one page of each kind instead of every page: the examples
   * of thousands of schools would take longer than CI allows, and their pages share templates.
   */
  sample?: boolean;
}

/** Every file of a folder, as sorted forward-slash paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * Every HTML page of a built site, as the site-relative address a visitor uses:
 * `schools/a/index.html` is `schools/a/`, the home page is ``.
 */
export function listPages(dir: string): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1')));
}

/** The file a page's address is served from. */
export function pageFile(dir: string, page: string): string {
  return join(dir, page === '' || page.endsWith('/') ? `${page}index.html` : page);
}

/**
 * Whether a page only sends readers on to another (a school's former address): it shares its
 * address pattern with the school pages, so only its markup tells the kinds apart.
 */
export function isRedirectPage(dir: string, page: string): boolean {
  return /<meta http-equiv="refresh"/i.test(readFileSync(pageFile(dir, page), 'utf8'));
}

/**
 * The template a page comes from, read off its address: `schools/a/` and `schools/b/` are both
 * `schools/*`; given the site's folder, a redirect page is `redirect` wherever it is. A page of
 * each kind is enough for quick local checks.
 */
export function pageKind(page: string, dir?: string): string {
  if (dir !== undefined && isRedirectPage(dir, page)) return 'redirect';
  const segments = page.split('/').filter(Boolean);
  const [first] = segments;
  if (first === undefined) return 'home';
  if (segments.length === 1) return first.replace(/\.html$/, '');
  return `${segments.slice(0, -1).join('/')}/*`;
}

/** The first page of each kind of a built site, in address order. */
export function onePagePerKind(dir: string): string[] {
  const byKind = new Map<string, string>();
  for (const page of listPages(dir)) {
    const kind = pageKind(page, dir);
    if (!byKind.has(kind)) byKind.set(kind, page);
  }
  return [...byKind.values()];
}

/**
 * Runs `task` over items with at most `limit` at once, keeping the items' order in the result.
 * The task is told which of the `limit` workers runs it, so each worker can keep its own tab.
 */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, task: (item: T, worker: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const work = async (worker: number) => {
    for (let index = next++; index < items.length; index = next++) results[index] = await task(items[index] as T, worker);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, worker) => work(worker)));
  return results;
}

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A built site: its folder and the base path it is served under. */
export interface BuiltSite {
  name: string;
  dir: string;
  base: string;
  /** The folder with the site's data/ and content/, when the site was built by the project. */
  source?: string;
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

/**
 * The template a page comes from, read off its address: `schools/a/` and `schools/b/` are both
 * `schools/*`. A page of each kind is enough for quick local checks.
 */
export function pageKind(page: string): string {
  const segments = page.split('/').filter(Boolean);
  const [first] = segments;
  if (first === undefined) return 'home';
  if (segments.length === 1) return first.replace(/\.html$/, '');
  return `${segments.slice(0, -1).join('/')}/*`;
}

/** The first page of each kind, in address order. */
export function onePagePerKind(pages: readonly string[]): string[] {
  const byKind = new Map<string, string>();
  for (const page of pages) if (!byKind.has(pageKind(page))) byKind.set(pageKind(page), page);
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

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** A page as Pagefind's index holds it: the text a search can show. */
interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Every page in a built site's search index: each fragment is gzipped JSON after a short signature. */
export function indexedPages(dir: string): IndexedPage[] {
  const folder = join(dir, 'pagefind', 'fragment');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
    });
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** The text a visitor reads on a built page, each element's apart, so table cells never run together. */
function pageText(dir: string, url: string, base: string): string {
  const path = join(dir, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''), 'index.html');
  if (!existsSync(path)) return '';
  const { document } = parseHTML(readFileSync(path, 'utf8'));
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    for (const child of node.childNodes) walk(child);
  };
  walk(document.documentElement);
  return parts.join(' ');
}

/**
 * The numbers the search index holds that the page it points to does not show: a search result
 * must never say more than the page. Returns one entry per page with any.
 */
export function numbersBeyondPages(dir: string, base = '/'): { url: string; numbers: string[] }[] {
  return indexedPages(dir).flatMap(({ url, content, meta }) => {
    const shown = new Set(pageText(dir, url, base).match(NUMBER) ?? []);
    const indexed = [...`${content} ${Object.values(meta).join(' ')}`.matchAll(NUMBER)].map((m) => m[0]);
    const extra = [...new Set(indexed.filter((n) => !shown.has(n)))];
    return extra.length > 0 ? [{ url, numbers: extra }] : [];
  });
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { listPages, pageFile } from './pages.ts';

export interface BrokenLink {
  /** The page (or Pagefind file) the link is on. */
  from: string;
  link: string;
  reason: string;
}

const ORIGIN = 'http://site.invalid';

/** Attributes that point at another resource of the site. */
const LINK_ATTRIBUTES = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
] as const;

interface ParsedPage {
  links: string[];
  ids: Set<string>;
}

/**
 * Checks that every internal link, asset and anchor of a built site resolves to a file the site
 * holds, as a static host would serve it under the site's base path, and that every page in
 * Pagefind's index does too. External addresses (other hosts, mailto:) are not fetched.
 */
export function findBrokenLinks(siteDir: string, base = '/'): BrokenLink[] {
  const pages = new Map<string, ParsedPage>();
  const parse = (page: string): ParsedPage => {
    let parsed = pages.get(page);
    if (!parsed) {
      parsed = parsePage(readFileSync(pageFile(siteDir, page), 'utf8'));
      pages.set(page, parsed);
    }
    return parsed;
  };
  const broken: BrokenLink[] = [];
  const check = (from: string, link: string) => {
    const reason = checkLink(siteDir, base, from, link, parse);
    if (reason) broken.push({ from, link, reason });
  };
  for (const page of listPages(siteDir)) for (const link of parse(page).links) check(page, link);
  for (const file of pagefindFiles(siteDir)) check('pagefind/pagefind-entry.json', `${base}pagefind/${file}`);
  for (const url of pagefindUrls(siteDir)) check('pagefind/fragment', url);
  return broken;
}

function parsePage(html: string): ParsedPage {
  const { document } = parseHTML(html);
  const links: string[] = [];
  for (const [selector, attribute] of LINK_ATTRIBUTES)
    for (const element of document.querySelectorAll(selector)) links.push(element.getAttribute(attribute) ?? '');
  // A redirect page's refresh is a link too: "0; url=/schools/0101/".
  for (const element of document.querySelectorAll('meta[http-equiv="refresh" i]'))
    links.push(/url=(.*)$/i.exec(element.getAttribute('content') ?? '')?.[1]?.trim() ?? '');
  for (const element of document.querySelectorAll('img[srcset], source[srcset]'))
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) links.push(candidate.trim().split(/\s+/)[0] ?? '');
  const ids = new Set<string>();
  for (const element of document.querySelectorAll('[id], a[name]'))
    ids.add(element.getAttribute('id') ?? element.getAttribute('name') ?? '');
  return { links, ids };
}

/** Why a link does not resolve, or null when it does (or is not the site's to check). */
function checkLink(siteDir: string, base: string, from: string, link: string, parse: (page: string) => ParsedPage): string | null {
  if (link.trim() === '') return 'the link is empty';
  const pageUrl = new URL(base + from, ORIGIN);
  const url = new URL(link, pageUrl);
  if (url.origin !== ORIGIN) return null;
  if (!url.pathname.startsWith(base)) return `the address is outside the site's base path ${base}`;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  const file = path === '' || path.endsWith('/') ? join(siteDir, path, 'index.html') : join(siteDir, path);
  if (!existsSync(file)) return 'no such file in the site';
  if (statSync(file).isDirectory()) return 'a folder address without its closing "/"';
  if (!url.hash || url.hash === '#') return null;
  if (!file.endsWith('.html')) return null;
  const anchor = decodeURIComponent(url.hash.slice(1));
  return parse(path).ids.has(anchor) ? null : `the page has no element with id "${anchor}"`;
}

/** The index and WebAssembly files Pagefind's entry file tells the browser to load. */
function pagefindFiles(siteDir: string): string[] {
  const entry = join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) return [];
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
  return Object.values(languages).flatMap(({ hash, wasm }) => [`pagefind.${hash}.pf_meta`, ...(wasm ? [`wasm.${wasm}.pagefind`] : [])]);
}

/**
 * The addresses of the pages in Pagefind's index, which search results link to: each fragment
 * is gzip-compressed JSON after a short signature, holding the page's url.
 */
function pagefindUrls(siteDir: string): string[] {
  const folder = join(siteDir, 'pagefind', 'fragment');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.pf_fragment'))
    .sort()
    .map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
}

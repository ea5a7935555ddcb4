import { parseHTML } from 'linkedom';

/** Parses chart markup the way a page would hold it, returning the root <svg>. */
export function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('body > svg');
  if (!root) throw new Error('no <svg> at the top of the chart markup');
  return root as unknown as Element;
}

export function idsOf(svg: string): string[] {
  return Array.from(parseSvg(svg).querySelectorAll('[id]'), (element) => element.getAttribute('id') ?? '');
}

/** Every `url(#…)` and `href="#…"` target in the markup. */
export function referencesOf(svg: string): string[] {
  const urls = Array.from(svg.matchAll(/url\(#([^)]+)\)/g), (match) => match[1] ?? '');
  const hrefs = Array.from(svg.matchAll(/href="#([^"]+)"/g), (match) => match[1] ?? '');
  return [...urls, ...hrefs];
}

import { chartDocument } from './dom.ts';

export interface FinalizeOptions {
  /** Unique on the page, e.g. `trend-lakeview`; ids become `${idPrefix}-1`, `-2`, … */
  idPrefix: string;
  /** The accessible name of the chart as a whole. */
  title: string;
}

const ID_PREFIX = /^[A-Za-z][\w-]*$/;
const URL_REF = /url\(#([^)]+)\)/g;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
/** Attributes that hold only coordinates and lengths, where rounding cannot change meaning. */
const GEOMETRY = ['d', 'points', 'transform', 'viewBox', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'dx', 'dy'];
/** Lets the chart shrink on narrow screens: the viewBox keeps its proportions. */
const ROOT_STYLE = 'display:block;max-width:100%;height:auto';

function toElement(svg: Element | string): Element {
  if (typeof svg !== 'string') return svg;
  const holder = chartDocument.createElement('div');
  holder.innerHTML = svg;
  const root = holder.firstElementChild;
  if (!root || root.tagName.toLowerCase() !== 'svg') throw new Error('finalizeSvg: expected markup with an <svg> root');
  return root;
}

function round(number: string): string {
  const rounded = Math.round(Number(number) * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

function appendStyle(element: Element, declaration: string): void {
  const existing = element.getAttribute('style')?.trim().replace(/;$/, '');
  element.setAttribute('style', existing ? `${existing};${declaration}` : declaration);
}

/**
 * Makes Plot's SVG fit to publish: the same bytes on every build, unique ids on a page, and
 * markup that axe and the Nu HTML checker accept. Returns the SVG as a string.
 */
export function finalizeSvg(svg: Element | string, { idPrefix, title }: FinalizeOptions): string {
  if (!ID_PREFIX.test(idPrefix)) throw new Error(`finalizeSvg: idPrefix "${idPrefix}" is not a valid id start`);
  const root = toElement(svg);
  const elements = [root, ...Array.from(root.querySelectorAll('*'))];

  // Plot numbers clip paths, markers and patterns from process-wide counters; renumber in
  // document order so ids depend only on this chart, and the prefix keeps them apart on a page.
  const ids = new Map<string, string>();
  for (const element of elements) {
    const id = element.getAttribute('id');
    if (id === null) continue;
    const renamed = `${idPrefix}-${ids.size + 1}`;
    ids.set(id, renamed);
    element.setAttribute('id', renamed);
  }
  const rename = (id: string): string => {
    const renamed = ids.get(id);
    if (renamed === undefined) throw new Error(`finalizeSvg: reference to "#${id}", which is not in this chart`);
    return renamed;
  };

  for (const element of elements) {
    // Plot's <style> would repeat in every chart on a page. ROOT_STYLE keeps its sizing; its
    // --plot-background serves only markers and tips, which these charts do not use.
    if (element.tagName.toLowerCase() === 'style') {
      element.remove();
      continue;
    }
    for (const { name, value } of Array.from(element.attributes)) {
      if (name === 'href' || name === 'xlink:href') {
        if (value.startsWith('#')) element.setAttribute(name, `#${rename(value.slice(1))}`);
      } else if (value.includes('url(#')) {
        element.setAttribute(
          name,
          value.replace(URL_REF, (_, id: string) => `url(#${rename(id)})`),
        );
      } else if (GEOMETRY.includes(name)) {
        element.setAttribute(name, value.replace(NUMBER, round));
      }
    }
    if (element === root) continue;
    // The root is role="img", so its content is one picture to assistive technology; Plot's
    // labels on unroled <g> and shapes are invalid there (axe: aria-prohibited-attr).
    element.removeAttribute('aria-label');
    // font-variant is not an SVG attribute the Nu checker accepts; as CSS it keeps the tabular digits.
    const fontVariant = element.getAttribute('font-variant');
    if (fontVariant !== null) {
      element.removeAttribute('font-variant');
      appendStyle(element, `font-variant-numeric:${fontVariant}`);
    }
  }

  // Lets the same markup stand alone as an .svg file (snapshots, downloads); harmless inline.
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', title);
  root.removeAttribute('aria-description');
  appendStyle(root, ROOT_STYLE);
  return root.outerHTML;
}

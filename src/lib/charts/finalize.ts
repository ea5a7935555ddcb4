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
/**
 * The class that gives axis labels tabular digits (site.css): the Content-Security-Policy
 * refuses style attributes, and font-variant is not an SVG attribute the Nu checker accepts.
 */
const TABULAR_CLASS = 'ser-tabular';

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

/**
 * Plot's inline style on the root (the charts' font size) becomes the SVG attribute it stands
 * for, which the CSP allows. Any other declaration is an error, not a chart drawn unstyled.
 */
function styleToAttributes(root: Element): void {
  const style = root.getAttribute('style');
  if (style === null) return;
  root.removeAttribute('style');
  for (const declaration of style.split(';').filter((d) => d.trim() !== '')) {
    const size = /^\s*font-size\s*:\s*(\d+(?:\.\d+)?)px\s*$/.exec(declaration)?.[1];
    if (size === undefined) throw new Error(`finalizeSvg: no attribute or class stands for the style "${declaration.trim()}"`);
    root.setAttribute('font-size', size);
  }
}

/**
 * Makes Plot's SVG fit to publish: the same bytes on every build, unique ids on a page, and
 * markup that axe, the Nu HTML checker and the Content-Security-Policy (no style attributes)
 * accept. Returns the SVG as a string.
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
    const fontVariant = element.getAttribute('font-variant');
    if (fontVariant !== null) {
      if (fontVariant !== 'tabular-nums') throw new Error(`finalizeSvg: no class stands for font-variant "${fontVariant}"`);
      element.removeAttribute('font-variant');
      element.classList.add(TABULAR_CLASS);
    }
  }

  // Lets the same markup stand alone as an .svg file (snapshots, downloads); harmless inline.
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', title);
  root.removeAttribute('aria-description');
  styleToAttributes(root);
  return root.outerHTML;
}

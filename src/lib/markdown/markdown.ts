import type { Element, Parents, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';

/** Something a markdown text may not publish; `line` is counted from the text's first line. */
export interface MarkdownProblem {
  line?: number;
  value: string;
  expected: string;
}

// Elements that run code, embed another document, or change how the page loads or submits.
// svg and math are refused whole: their own script and link elements are not worth sorting out
// for text that never needs a drawing written by hand.
const REFUSED_ELEMENTS = new Set([
  'script',
  'noscript',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'svg',
  'math',
  'base',
  'link',
  'meta',
  'form',
]);

// hast property names of the attributes a browser follows as an address.
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'poster',
  'cite',
  'background',
  'ping',
  'data',
  'xLinkHref',
]);

const REFUSED_SCHEMES = ['javascript', 'vbscript', 'data'];

/** The scheme a browser would read: it drops ASCII whitespace and controls anywhere in a URL's scheme. */
function refusedScheme(url: string, element: Element, property: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers ignore exactly these characters here
  const normalized = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  const scheme = REFUSED_SCHEMES.find((s) => normalized.startsWith(`${s}:`));
  // An image may be inlined: an <img> never runs what it shows.
  if (scheme === 'data' && element.tagName === 'img' && property === 'src' && normalized.startsWith('data:image/')) return undefined;
  return scheme;
}

/** The attribute's problem, in words a clerk can act on, or undefined when it may be published. */
function problemOfAttribute(element: Element, property: string, value: unknown): { value: string; expected: string } | undefined {
  if (/^on/i.test(property)) {
    const name = property.toLowerCase();
    return {
      value: `${name}="…"`,
      expected: `no ${name} attribute: an attribute starting with "on" runs code when a reader's browser does something, and a page's text may not run code`,
    };
  }
  if (!URL_PROPERTIES.has(property)) return undefined;
  const urls = (Array.isArray(value) ? value : [value]).map(String);
  const scheme = urls.map((url) => refusedScheme(url, element, property)).find((s) => s !== undefined);
  if (scheme === undefined) return undefined;
  return {
    value: urls.join(', '),
    expected:
      scheme === 'data'
        ? 'a link to an address starting with https:// or /, not data: (only an image may be written as data:image/…)'
        : `a link to an address starting with https:// or /, not ${scheme}: such a link runs code when a reader follows it`,
  };
}

/** Keeps the element's attributes that may be published and reports the others. */
function sanitizeAttributes(element: Element, report: (value: string, expected: string) => void): void {
  element.properties = Object.fromEntries(
    Object.entries(element.properties).filter(([property, value]) => {
      const problem = problemOfAttribute(element, property, value);
      if (problem) report(problem.value, problem.expected);
      return !problem;
    }),
  );
}

/**
 * The refusals every markdown source is checked against: it removes what a page's text may not
 * publish and reports each removal, with its line, so the build fails naming the file and line.
 * rehype-sanitize, which runs next, removes by allowlist but silently; the two together mean a
 * construct is either named to the author or still never published.
 */
function refuseUnsafe() {
  return (tree: Root, file: VFile) => {
    const walk = (parent: Parents): void => {
      parent.children = parent.children.filter((node) => {
        if (node.type !== 'element') return true;
        const at = node.position?.start;
        const report = (value: string, expected: string) => {
          file.message(expected, at).actual = value;
        };
        if (REFUSED_ELEMENTS.has(node.tagName.toLowerCase())) {
          report(
            `<${node.tagName}>`,
            `no <${node.tagName}> element: a page's text may not run code, embed other pages or change how the page loads; remove it and write the text in markdown`,
          );
          return false;
        }
        sanitizeAttributes(node, report);
        walk(node);
        return true;
      });
    };
    walk(tree);
  };
}

/**
 * GitHub's allowlist, plus what the refusals above already judge: an inlined image (only <img>
 * keeps a src, and a non-image data: address was refused) and an abbreviation's expansion.
 */
const ALLOWED: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr'],
  attributes: { ...defaultSchema.attributes, abbr: [...(defaultSchema.attributes?.['abbr'] ?? []), 'title'] },
  protocols: { ...defaultSchema.protocols, src: [...(defaultSchema.protocols?.['src'] ?? []), 'data'] },
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text is escaped as the site's first renderer (marked) escaped it, quotes included, so pages
 * already published keep their bytes; escaping every one of these five is safe in any context.
 */
function escapeTextAsBefore() {
  return (tree: Root) => {
    const walk = (parent: Parents): void => {
      for (const [i, node] of parent.children.entries()) {
        if (node.type === 'text') parent.children[i] = { type: 'raw', value: node.value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) };
        else if (node.type === 'element') walk(node);
      }
    };
    walk(tree);
  };
}

// Raw HTML in markdown is parsed into elements (rehype-raw) so the sanitizer judges what a
// browser would build, not the text as written.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(refuseUnsafe)
  // Then an allowlist, GitHub's: whatever the refusals above did not name is still kept out.
  .use(rehypeSanitize, ALLOWED)
  .use(escapeTextAsBefore)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/**
 * Renders markdown to HTML with everything unsafe removed, and lists what was removed: the data
 * loader refuses a text with problems, so a published page never loses anything silently.
 */
export function markdownToHtml(markdown: string): { html: string; problems: MarkdownProblem[] } {
  const file = new VFile(markdown);
  const html = String(processor.processSync(file));
  const problems = file.messages.map((message) => ({
    ...(message.line === undefined ? {} : { line: message.line }),
    value: message.actual ?? '',
    expected: message.reason,
  }));
  // marked ended every block with a line end; remark joins blocks with one.
  return { html: html === '' ? '' : `${html}\n`, problems };
}

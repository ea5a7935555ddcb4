import type { Element, Parents, Root } from 'hast';
import remarkDirective from 'remark-directive';
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
const toHtml = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(refuseUnsafe)
  // Then an allowlist, GitHub's: whatever the refusals above did not name is still kept out.
  .use(rehypeSanitize, ALLOWED)
  .use(escapeTextAsBefore)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
// Only stories read directives: in other texts `:word` stays text, as it always was.
const storyParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

// The markdown tree's types, as the parser gives them (mdast, with remark-directive's nodes).
type MdastRoot = ReturnType<typeof storyParser.parse>;
type MdastContent = MdastRoot['children'][number];

function problemsOf(file: VFile): MarkdownProblem[] {
  return file.messages.map((message) => ({
    ...(message.line === undefined ? {} : { line: message.line }),
    value: message.actual ?? '',
    expected: message.reason,
  }));
}

function renderTree(children: MdastContent[], file: VFile): string {
  const root: MdastRoot = { type: 'root', children };
  const html = toHtml.stringify(toHtml.runSync(root, file), file);
  // marked ended every block with a line end; remark joins blocks with one.
  return html === '' ? '' : `${html}\n`;
}

/**
 * Renders markdown to HTML with everything unsafe removed, and lists what was removed: the data
 * loader refuses a text with problems, so a published page never loses anything silently.
 */
export function markdownToHtml(markdown: string): { html: string; problems: MarkdownProblem[] } {
  const file = new VFile(markdown);
  const html = renderTree(parser.parse(file).children, file);
  return { html, problems: problemsOf(file) };
}

/** A directive as a story writes it: `:value{metric="median"}` inline, `::figure{name="…"}` on its own line. */
export interface Directive {
  inline: boolean;
  name: string;
  attributes: Record<string, string>;
  line?: number;
}

/**
 * What a text's directives stand for. A directive of another name stays as it was written, so
 * "a ratio of 1:2" or "note:this" reads as before.
 */
export interface DirectiveHandlers<Slot> {
  /** The names of the inline directives (`value`) and of those on a line of their own (`figure`). */
  inlineNames: ReadonlySet<string>;
  blockNames: ReadonlySet<string>;
  /** The text an inline directive shows, or a problem. */
  inline: (directive: Directive) => string | { problem: MarkdownProblem };
  /** What a directive on its own line puts in the page's place (a figure), or a problem. */
  block: (directive: Directive) => Slot | { problem: MarkdownProblem };
}

/** A story's body: HTML between the places its block directives fill. */
export type MarkdownPart<Slot> = { html: string } | { slot: Slot };

/** A value of `handlers` that is a problem rather than text or a slot. */
function isProblem(value: unknown): value is { problem: MarkdownProblem } {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

type AnyNode = MdastRoot | MdastContent;

/** The images of a tree without a text alternative: markdown `![](x.png)` and HTML `<img>` alike. */
function imagesWithoutAlt(node: AnyNode, file: VFile): void {
  if (node.type === 'image' && (node.alt ?? '').trim() === '') {
    file.message(
      'a description of the image in the square brackets, like ![Students at the science fair](fair.jpg): readers who cannot see it hear the description',
      node.position?.start,
    ).actual = `![](${node.url})`;
  }
  if (node.type === 'html' && /<img\b/i.test(node.value) && !/<img\b[^>]*\balt\s*=\s*["']?[^\s"'>]/i.test(node.value)) {
    file.message('an alt="…" attribute describing the image: readers who cannot see it hear the description', node.position?.start).actual =
      node.value;
  }
  if ('children' in node) for (const child of node.children) imagesWithoutAlt(child, file);
}

/** A number typed by hand in prose, at its line in the text. */
export interface TypedNumber {
  line: number;
  value: string;
}

// A percentage (12%, 12.5 percent) or a dollar amount ($1,200, $3.4 million) typed as digits.
const TYPED_NUMBER = /\$\s?\d[\d,]*(\.\d+)?(\s?(thousand|million|billion|[kKmMbB]\b))?|\b\d[\d,]*(\.\d+)?\s?(%|percent\b|per cent\b)/g;

/** Each percentage and dollar amount in a tree's prose, at its line: code and addresses are not prose. */
function typedNumbers(node: AnyNode, found: TypedNumber[]): void {
  if (node.type === 'text')
    for (const match of node.value.matchAll(TYPED_NUMBER)) {
      const before = node.value.slice(0, match.index);
      const line = (node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0);
      found.push({ line, value: match[0] });
    }
  if ('children' in node) for (const child of node.children) typedNumbers(child, found);
}

/** The text a node was written as, so a directive nobody handles reads exactly as before. */
function writtenAs(node: MdastContent, file: VFile): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : String(file.value).slice(start, end);
}

function toDirective(
  node: MdastContent & { name: string; attributes?: Record<string, string | null | undefined> | null },
  inline: boolean,
): Directive {
  const attributes = Object.fromEntries(Object.entries(node.attributes ?? {}).map(([k, v]) => [k, v ?? '']));
  return { inline, name: node.name, attributes, ...(node.position ? { line: node.position.start.line } : {}) };
}

/**
 * Replaces the inline directives a handler knows by their text, and refuses block directives
 * anywhere but at the top level: a figure inside a list or a quote has no place of its own.
 */
function resolveInline<Slot>(
  parent: MdastRoot | Extract<MdastContent, { children: unknown }>,
  file: VFile,
  handlers: DirectiveHandlers<Slot>,
  top: boolean,
): void {
  const children = parent.children as MdastContent[];
  for (const [i, node] of children.entries()) {
    if (node.type === 'textDirective') {
      const result = handlers.inlineNames.has(node.name) ? handlers.inline(toDirective(node, true)) : writtenAs(node, file);
      if (isProblem(result)) {
        file.message(result.problem.expected, node.position?.start).actual = result.problem.value;
        children[i] = { type: 'text', value: '' };
      } else children[i] = { type: 'text', value: result };
      continue;
    }
    if (node.type === 'leafDirective' || node.type === 'containerDirective') {
      if (!handlers.blockNames.has(node.name))
        children[i] = { type: 'paragraph', children: [{ type: 'text', value: writtenAs(node, file) }] };
      else if (!top)
        file.message('a figure on a line of its own, not inside a list, a quote or a table', node.position?.start).actual = writtenAs(
          node,
          file,
        );
      continue;
    }
    if ('children' in node) resolveInline(node, file, handlers, false);
  }
}

/**
 * Renders a story: the same pipeline and refusals as every text, plus directives
 * (remark-directive) and a text alternative for every image. The body is cut at each block
 * directive a handler fills, so a figure drawn by the site itself (an SVG, which no author may
 * write) never passes through the sanitizer, and the page renders it with its own component.
 */
export function markdownToParts<Slot>(
  markdown: string,
  handlers: DirectiveHandlers<Slot>,
): { parts: MarkdownPart<Slot>[]; problems: MarkdownProblem[]; typedNumbers: TypedNumber[] } {
  const file = new VFile(markdown);
  const tree = storyParser.parse(file);
  imagesWithoutAlt(tree, file);
  // Before the directives are filled in: their values are the site's own, never typed.
  const numbers: TypedNumber[] = [];
  typedNumbers(tree, numbers);
  resolveInline(tree, file, handlers, true);
  const parts: MarkdownPart<Slot>[] = [];
  let pending: MdastContent[] = [];
  const flush = () => {
    const html = renderTree(pending, file);
    if (html !== '') parts.push({ html });
    pending = [];
  };
  // Left at the top level by resolveInline: only the directives a handler fills.
  for (const node of tree.children) {
    if (node.type !== 'leafDirective' && node.type !== 'containerDirective') {
      pending.push(node);
      continue;
    }
    const result = handlers.block(toDirective(node, false));
    if (isProblem(result)) file.message(result.problem.expected, node.position?.start).actual = result.problem.value;
    else {
      flush();
      parts.push({ slot: result });
    }
  }
  flush();
  return { parts, problems: problemsOf(file), typedNumbers: numbers };
}

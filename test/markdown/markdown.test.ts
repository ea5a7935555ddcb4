import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/lib/markdown/markdown.ts';
import { appendLine, issuesOf, parseTiny, tinySiteWith } from '../data/site-fixture.ts';

// The tiny site's content/site.md has seven lines of front matter and one line of body, so a
// line appended to it is line 9 of the file.
const SITE_LINE = 9;

function siteIssues(line: string) {
  return issuesOf(tinySiteWith({ 'content/site.md': appendLine(line) })).map(({ file, line: at, value }) => ({ file, line: at, value }));
}

describe('markdown the sanitizer refuses, with the file and line', () => {
  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['<iframe src="https://example.org/"></iframe>', '<iframe>'],
    ['<object data="movie.swf"></object>', '<object>'],
    ['<embed src="movie.swf">', '<embed>'],
    ['<svg><script>alert(1)</script></svg>', '<svg>'],
    ['<img src="x.png" onerror="alert(1)">', 'onerror="…"'],
    ['<p onclick="alert(1)">Hello</p>', 'onclick="…"'],
    ['[Click](javascript:alert(1))', 'javascript:alert(1)'],
    ['<a href="  JaVa&#x09;Script:alert(1)">Click</a>', '  JaVa\tScript:alert(1)'],
    ['<a href="vbscript:msgbox(1)">Click</a>', 'vbscript:msgbox(1)'],
    ['[Page](data:text/html;base64,PHNjcmlwdD4=)', 'data:text/html;base64,PHNjcmlwdD4='],
    ['<a href="data:image/png;base64,AAAA">a link is not an image</a>', 'data:image/png;base64,AAAA'],
  ])('%s', (markdown, value) => {
    expect(siteIssues(markdown)).toEqual([{ file: 'content/site.md', line: SITE_LINE, value }]);
  });

  it('says what to do in plain words', () => {
    const [issue] = issuesOf(tinySiteWith({ 'content/site.md': appendLine('[Click](javascript:alert(1))') }));
    expect(issue?.expected).toMatch(/^a link to an address starting with https:\/\/ or \/, not javascript:/);
  });

  it('reports every problem of every markdown file at once, at its own line', () => {
    const issues = issuesOf(
      tinySiteWith({
        'content/site.md': (text) =>
          `${text}\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[a](javascript:a()) [b](javascript:b())\n`,
        'content/index.md': appendLine('<iframe src="https://example.org/"></iframe>'),
        'content/domains/context.md': appendLine('<embed src="x">'),
        'content/indicators/poverty.md': appendLine('<object data="x"></object>'),
      }),
    );
    const where = issues.map((i) => `${i.file}:${String(i.line)} ${i.value ?? ''}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'content/site.md:10 <script>',
        'content/site.md:12 onerror="…"',
        'content/site.md:14 javascript:a()',
        'content/site.md:14 javascript:b()',
        expect.stringMatching(/^content\/index\.md:\d+ <iframe>$/),
        expect.stringMatching(/^content\/domains\/context\.md:\d+ <embed>$/),
        expect.stringMatching(/^content\/indicators\/poverty\.md:\d+ <object>$/),
      ]),
    );
    expect(issues).toHaveLength(7);
  });

  it('checks a body even when its front matter is invalid', () => {
    const issues = issuesOf(
      tinySiteWith({ 'content/site.md': (text) => `${text.replace('min_group_size: 10', 'min_group_size: ten')}\n<script></script>\n` }),
    );
    expect(issues.map((i) => i.value)).toEqual(expect.arrayContaining(['ten', '<script>']));
  });
});

describe('markdown the sanitizer accepts', () => {
  it('keeps links, images (data images too), tables and quotes as written', () => {
    const dataImage = 'data:image/png;base64,iVBORw0KGgo=';
    const data = parseTiny({
      'content/site.md': appendLine(
        `[Plan](https://example.org/plan?a=1&b=2) ![Logo](${dataImage}) <abbr title="Free and reduced-price meals">FRPM</abbr>`,
      ),
    });
    const { html, problems } = markdownToHtml(data.site.body);
    expect(problems).toEqual([]);
    expect(html).toContain('<a href="https://example.org/plan?a=1&#x26;b=2">Plan</a>');
    expect(html).toContain(`<img src="${dataImage}" alt="Logo">`);
    expect(html).toContain('<abbr title="Free and reduced-price meals">FRPM</abbr>');
    expect(markdownToHtml('| a | b |\n| - | - |\n| 1 | 2 |').html).toContain('<td>1</td>');
    expect(markdownToHtml('Riverside\'s "plan" & <b>goals</b>').html).toBe('<p>Riverside&#39;s &quot;plan&quot; &amp; <b>goals</b></p>\n');
  });
});

describe('what the sanitizer removes when it renders', () => {
  it('leaves no script, handler or script link in the HTML', () => {
    const { html, problems } = markdownToHtml(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1))\n\n<svg><a href="javascript:alert(1)">x</a></svg>',
    );
    expect(problems).toHaveLength(4);
    expect(html).not.toMatch(/script|onerror|alert/i);
    expect(html).toContain('<img src="x">');
    expect(html).toContain('<a>a</a>');
  });
});

describe('the allowlist behind the refusals', () => {
  it('keeps out what no refusal names: only the elements and attributes markdown needs are published', () => {
    const { html } = markdownToHtml(
      '<marquee>Enrol now</marquee> <input value="x" autofocus> <a href="/a" target="_top" style="position:fixed">a</a>',
    );
    expect(html).not.toMatch(/<marquee|autofocus|target=|style=/);
    // GitHub's task-list checkbox is the one input allowed, and only disabled.
    expect(html).toContain('<input value="x" disabled type="checkbox">');
    expect(html).toContain('Enrol now');
    expect(html).toContain('<a href="/a">a</a>');
  });
});

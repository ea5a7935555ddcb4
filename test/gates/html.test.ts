import { describe, expect, it } from 'vitest';
import { formatHtmlMessage, validateHtml } from '../../scripts/quality/html.ts';
import { BROKEN_SITE, pagesToCheck, SITES } from './context.ts';

describe('valid HTML: the Nu HTML Checker', () => {
  it('finds the defects of the broken fixture page, and none on its correct pages', async () => {
    const messages = await validateHtml(BROKEN_SITE.dir, ['', 'search/', 'invalid-html/']);
    expect(messages.filter((message) => message.file !== 'invalid-html/index.html')).toEqual([]);
    const text = messages.map((message) => message.message).join('\n');
    expect(text).toContain('Duplicate ID “main”');
    expect(text).toContain('Element “div” not allowed as child of element “span”');
    expect(text).toContain('Element “p” not allowed as child of element “figure”');
    expect(text).toMatch(/Unclosed element “section”|End tag “main” seen, but there were open elements/);
  });

  for (const site of SITES)
    it(`has no errors on any page of the ${site.name} site`, async () => {
      const pages = pagesToCheck(site);
      const messages = await validateHtml(site.dir, pages);
      console.info(`vnu: ${site.name}: ${pages.length} pages checked, ${messages.length} errors`);
      expect(messages.map(formatHtmlMessage)).toEqual([]);
    });
});

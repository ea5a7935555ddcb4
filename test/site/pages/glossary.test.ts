import { describe, expect, it } from 'vitest';
import { glossaryPage } from '../../../src/lib/site/pages/glossary.ts';
import { schoolPage } from '../../../src/lib/site/pages/school.ts';
import { tinyPages } from './fixture.ts';

describe('the glossary', () => {
  const { ctx, schools } = tinyPages();
  const glossary = glossaryPage(ctx);

  it("defines each term from the site's own settings", () => {
    const text = (id: string) => glossary.terms.find((term) => term.id === id)?.text;
    expect(text('suppressed')).toContain('fewer than 10 students');
    expect(text('score')).toContain('A higher score means greater need');
    expect(glossary.terms.map((term) => term.id)).toEqual(
      expect.arrayContaining(['index', 'domain', 'level', 'suppressed', 'coded', 'median', 'spending']),
    );
  });

  it('has an entry for every term a school page links to', () => {
    const page = schoolPage(ctx, schools.get('0102')!);
    const anchors = new Set(glossary.terms.map((term) => `/glossary/#${term.id}`));
    const links = [...(page.summary?.terms.links ?? []).map((link) => link.href), page.domains.glossary.href];
    expect(links.length).toBeGreaterThan(3);
    for (const href of links.filter((h) => h.includes('#'))) expect(anchors).toContain(href);
  });
});

import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/quality/links.ts';
import { listPages } from '../../scripts/quality/pages.ts';
import { BROKEN_SITE, SITES } from './context.ts';

describe('links: every internal link, asset, anchor and search result resolves', () => {
  it('finds every broken link of the broken fixture page, and none elsewhere', () => {
    expect(findBrokenLinks(BROKEN_SITE.dir, BROKEN_SITE.base)).toEqual([
      { from: 'links/', link: '../no-such-page/', reason: 'no such file in the site' },
      { from: 'links/', link: '/#no-such-anchor', reason: 'the page has no element with id "no-such-anchor"' },
      { from: 'links/', link: '/a11y', reason: 'a folder address without its closing "/"' },
      { from: 'links/', link: '/missing.png', reason: 'no such file in the site' },
    ]);
  });

  for (const site of SITES)
    it(`has no broken link on the ${site.name} site`, () => {
      const broken = findBrokenLinks(site.dir, site.base);
      console.info(`links: ${site.name}: ${listPages(site.dir).length} pages checked, ${broken.length} broken`);
      expect(broken).toEqual([]);
    });
});

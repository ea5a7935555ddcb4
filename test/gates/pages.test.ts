import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/quality/pages.ts';
import { siteDataOf, SITES } from './context.ts';

describe('pages: every school and indicator has its page, and nothing else is published', () => {
  for (const site of SITES)
    it(`the ${site.name} site`, () => {
      const files = new Set(listFiles(site.dir));
      const data = siteDataOf(site);
      const missing = [
        ...data.schools.map((school) => `schools/${school.slug}/index.html`),
        ...data.indicators.map((indicator) => `indicators/${indicator.slug}/index.html`),
        'index.html',
        'methodology/index.html',
        'search/index.html',
        'privacy/index.html',
        'accessibility/index.html',
        '404.html',
      ].filter((file) => !files.has(file));
      console.info(`pages: ${site.name}: ${data.schools.length} schools, ${data.indicators.length} indicators`);
      expect(missing).toEqual([]);
      // No build leftovers such as Astro's content-*.mjs stubs or source maps.
      expect([...files].filter((file) => /\.(mjs|map|d\.ts)$/.test(file))).toEqual([]);
    });
});

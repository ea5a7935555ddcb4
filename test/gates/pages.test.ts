import { describe, expect, it } from 'vitest';
import { listFiles, pageKind } from '../../scripts/quality/pages.ts';
import { siteDataOf, SITES } from './context.ts';

describe('pages: every school, former id, indicator and story has its page, and nothing else is published', () => {
  for (const site of SITES)
    it(`the ${site.name} site`, () => {
      const files = new Set(listFiles(site.dir));
      const data = siteDataOf(site);
      const redirects = data.schools.flatMap((school) => school.former.flatMap(({ slug }) => (slug === null ? [] : [`schools/${slug}/`])));
      // The demo has a former id, so every gate meets a redirect page.
      if (site.name === 'demo') expect(redirects.length).toBeGreaterThan(0);
      // Redirect pages are a kind of their own, so the gates that check one page of each kind check one.
      expect(redirects.filter((page) => files.has(`${page}index.html`) && pageKind(page, site.dir) !== 'redirect')).toEqual([]);
      // The demo ships a story, so every gate meets a story page as well as the story index.
      const stories = data.stories.flatMap((story) =>
        story.narrativeOf === null
          ? [`${story.language === data.site.locale ? '' : `${story.language}/`}stories/${story.slug}/index.html`]
          : [],
      );
      if (site.name === 'demo') expect(stories.length).toBeGreaterThan(0);
      const missing = [
        ...redirects.map((page) => `${page}index.html`),
        ...stories,
        // No story, no story index: a page with nothing to read would be an empty end for a reader.
        ...(stories.length > 0 ? ['stories/index.html'] : []),
        ...(data.site.url === null ? [] : ['feed.xml']),
        ...data.schools.map((school) => `schools/${school.slug}/index.html`),
        ...data.indicators.map((indicator) => `indicators/${indicator.slug}/index.html`),
        'index.html',
        'methodology/index.html',
        // No spending file, no spending page: Wake and the demo have one, NYC and Boston do not.
        ...(data.spending ? ['spending/index.html'] : []),
        'search/index.html',
        'privacy/index.html',
        'accessibility/index.html',
        '404.html',
      ].filter((file) => !files.has(file));
      console.info(
        `pages: ${site.name}: ${data.schools.length} schools, ${redirects.length} former ids, ${data.indicators.length} indicators`,
      );
      expect(missing).toEqual([]);
      expect(files.has('spending/index.html')).toBe(data.spending !== null);
      expect(files.has('stories/index.html')).toBe(data.stories.some((s) => s.narrativeOf === null && s.language === data.site.locale));
      // No build leftovers such as Astro's content-*.mjs stubs or source maps.
      expect([...files].filter((file) => /\.(mjs|map|d\.ts)$/.test(file))).toEqual([]);
    });
});

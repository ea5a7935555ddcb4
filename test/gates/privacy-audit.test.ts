import { describe, expect, it } from 'vitest';
import { auditSite } from '../../scripts/quality/privacy-audit.ts';
import { indexedPages, numbersBeyondPages } from '../../scripts/quality/search-index.ts';
import { SITES } from './context.ts';

describe('privacy audit: an outside attack on the built pages pins no hidden or small count', () => {
  for (const site of SITES)
    it(`the ${site.name} site`, () => {
      const { pages, reports } = auditSite(site.dir);
      for (const r of reports) console.info(`privacy audit: ${site.name}: ${r.attack}: tried ${r.tried}, pinned ${r.pinned.length}`);
      // An audit that reads nothing proves nothing: if the pages change shape, this fails first.
      expect(pages).toBeGreaterThan(0);
      expect(reports.find((r) => r.attack === 'exact small counts from rates')?.tried).toBeGreaterThan(0);
      expect(reports.flatMap((r) => r.pinned)).toEqual([]);
      // What search finds is what the pages show: no number in the index that its page lacks.
      expect(indexedPages(site.dir).length).toBeGreaterThan(0);
      expect(numbersBeyondPages(site.dir, site.base)).toEqual([]);
    });
});

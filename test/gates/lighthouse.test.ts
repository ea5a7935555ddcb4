import { describe, expect, it } from 'vitest';
import { runLighthouse } from '../../scripts/quality/lighthouse.ts';
import type { BuiltSite } from '../../scripts/quality/pages.ts';
import { withServedSite } from '../../scripts/quality/server.ts';
import { BROKEN_SITE, landingPages, SITES } from './context.ts';

/** Performance is measured by `npm run bench`, not asserted: it depends on the machine. */
const GATED = ['accessibility', 'seo', 'best-practices'] as const;

const audit = (site: BuiltSite, pages: string[]) => withServedSite(site, (server) => runLighthouse(pages.map(server.url), GATED));

describe('Lighthouse, mobile: accessibility 100, SEO and best practices at least 95', () => {
  it('marks the broken fixture page down', async () => {
    const [report] = await audit(BROKEN_SITE, ['a11y/']);
    expect(report!.scores.accessibility).toBeLessThan(100);
    expect(report!.scores.seo).toBeLessThan(95);
    expect(report!.failures).toContain('seo: Document does not have a meta description');
  });

  for (const site of SITES)
    it(`scores the ${site.name} site's home and school pages`, async () => {
      for (const report of await audit(site, landingPages(site))) {
        console.info(`lighthouse: ${report.url}: ${JSON.stringify(report.scores)}`);
        expect({ url: report.url, failures: report.failures, ...report.scores }).toMatchObject({
          accessibility: 100,
          seo: expect.toSatisfy((score: number) => score >= 95),
          'best-practices': expect.toSatisfy((score: number) => score >= 95),
        });
      }
    });
});

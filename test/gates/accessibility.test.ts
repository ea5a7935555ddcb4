import { describe, expect, it } from 'vitest';
import { auditAccessibility, formatAxeFinding } from '../../scripts/quality/accessibility.ts';
import type { BuiltSite } from '../../scripts/quality/pages.ts';
import { withServedSite } from '../../scripts/quality/server.ts';
import { BROKEN_SITE, pagesToCheck, SITES, useBrowser } from './context.ts';

const browser = useBrowser();
const audit = (site: BuiltSite, pages: string[]) => withServedSite(site, (server) => auditAccessibility(browser(), server, pages));

describe('accessibility: axe-core, WCAG 2.1 A and AA', () => {
  it('finds the defects of the broken fixture page, and none on its correct pages', async () => {
    const findings = await audit(BROKEN_SITE, ['', 'search/', 'a11y/']);
    expect(findings.filter((finding) => finding.page !== 'a11y/')).toEqual([]);
    expect(findings.map((finding) => finding.rule).sort()).toEqual(['button-name', 'color-contrast', 'html-has-lang', 'image-alt']);
  });

  for (const site of SITES)
    it(`has no violations on any page of the ${site.name} site`, async () => {
      const pages = pagesToCheck(site);
      const findings = await audit(site, pages);
      console.info(`axe: ${site.name}: ${pages.length} pages checked, ${findings.length} violations`);
      expect(findings.map(formatAxeFinding)).toEqual([]);
    });
});

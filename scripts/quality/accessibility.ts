import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { mapWithLimit } from './pages.ts';
import type { StaticServer } from './server.ts';
import { stayingTab } from './stay.ts';

/** WCAG 2.1 level AA, the standard the ADA Title II rule (2024) sets for public agencies' sites. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  page: string;
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/**
 * Runs axe-core on each page, a few at a time. Each worker keeps one context and tab and
 * navigates it from page to page: a new context per page starts a renderer process each time,
 * which made the audit 40% slower here.
 */
export async function auditAccessibility(
  browser: Browser,
  server: StaticServer,
  pages: readonly string[],
  concurrency = 2,
): Promise<AxeFinding[]> {
  const contexts = await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, () => browser.newContext()));
  try {
    const tabs = await Promise.all(contexts.map((context) => stayingTab(context)));
    const perPage = await mapWithLimit(pages, tabs.length, async (page, worker) => {
      const { tab, open } = tabs[worker] as (typeof tabs)[number];
      await open(server.url(page), 'load');
      // options() replaces every option, so it must come before withTags() sets which rules run.
      const { violations } = await new AxeBuilder({ page: tab })
        .options({ resultTypes: ['violations'] })
        .withTags(WCAG_TAGS)
        .analyze();
      return violations.map((violation) => ({
        page,
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    });
    return perPage.flat();
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}

export function formatAxeFinding(finding: AxeFinding): string {
  return `/${finding.page}: ${finding.rule} (${finding.impact}) ${finding.help} at ${finding.targets.slice(0, 3).join(', ')}`;
}

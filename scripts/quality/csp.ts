import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from './server.ts';
import { stayingTab } from './stay.ts';

export interface CspFinding {
  page: string;
  check: 'no policy' | 'violation' | 'third-party request' | 'search';
  detail: string;
}

declare global {
  interface Window {
    reportCspViolation?: (detail: string) => void;
  }
}

/** Types a word into Pagefind's box and waits for a result: search runs its WebAssembly and loads its index. */
async function search(tab: Page, query: string): Promise<string | null> {
  const box = tab.locator('#search input');
  try {
    await box.waitFor({ timeout: 10_000 });
    await box.fill(query);
    await tab.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
    return null;
  } catch {
    return `no result for "${query}" (${(await tab.locator('#search').innerText()).slice(0, 80) || 'no search box'})`;
  }
}

/**
 * One page as a visitor's browser loads it: every Content-Security-Policy violation it reports,
 * every request to another host than the site's (each is stopped before it leaves the machine),
 * and whether the page carries a policy at all. On a search page, a search is run too.
 */
export async function checkCsp(browser: Browser, server: StaticServer, page: string, query?: string): Promise<CspFinding[]> {
  const context = await browser.newContext();
  const findings: CspFinding[] = [];
  const finding = (check: CspFinding['check'], detail: string) => findings.push({ page, check, detail });
  const origin = new URL(server.root).origin;
  try {
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      finding('third-party request', url);
      return route.abort();
    });
    await context.exposeFunction('reportCspViolation', (detail: string) => finding('violation', detail));
    // Added before any of the page's own content runs, so the first violation is heard too.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.reportCspViolation?.(
          `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (line ${String(event.lineNumber)}: ${event.sample})`,
        );
      });
    });
    const { tab, open } = await stayingTab(context);
    await open(server.url(page), 'networkidle');
    const policies = await tab.locator('head meta[http-equiv="Content-Security-Policy" i]').count();
    if (policies !== 1) finding('no policy', `${String(policies)} Content-Security-Policy meta tags in the head`);
    if (query !== undefined) {
      const failed = await search(tab, query);
      if (failed) finding('search', failed);
      await tab.waitForLoadState('networkidle');
    }
  } finally {
    await context.close();
  }
  return findings;
}

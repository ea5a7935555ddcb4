import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from './server.ts';
import { stayingTab } from './stay.ts';

export interface EscapingFinding {
  page: string;
  check: 'dialog' | 'injected element' | 'text shown';
  detail: string;
}

/** What on the page was not written by the site's templates: an element or attribute that markup in the data would make. */
function injected(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (element.id.startsWith('injected')) found.push(`<${tag} id="${element.id}">`);
      for (const attribute of element.attributes) if (/^on/i.test(attribute.name)) found.push(`<${tag} ${attribute.name}>`);
      if (tag === 'script' && !element.hasAttribute('src')) found.push('an inline <script>');
    }
    return found;
  });
}

/**
 * One page of a site whose data carries markup, loaded with the Content-Security-Policy
 * bypassed, so only escaping stands between the data and the page: no dialog may open, no
 * element or handler from the data may exist, and `expectedText` must be shown as text. With
 * `query`, Pagefind's search box is used and its results are checked the same way.
 */
export async function checkEscaping(
  browser: Browser,
  server: StaticServer,
  page: string,
  expectedText: string,
  query?: string,
): Promise<EscapingFinding[]> {
  const context = await browser.newContext({ bypassCSP: true });
  const findings: EscapingFinding[] = [];
  const finding = (check: EscapingFinding['check'], detail: string) => findings.push({ page, check, detail });
  try {
    const { tab, open } = await stayingTab(context);
    tab.on('dialog', (dialog) => {
      finding('dialog', `${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await open(server.url(page), 'networkidle');
    if (query !== undefined) {
      await tab.locator('#search input').fill(query);
      await tab.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
      // Pagefind fills each result in as its fragment arrives, so a loaded page can still be
      // short of a result's title: the text is awaited (a busy machine takes seconds), and its
      // absence after the wait is the finding.
      await tab
        .waitForFunction((text) => document.querySelector('#search')?.textContent?.includes(text), expectedText, { timeout: 15_000 })
        .catch(() => undefined);
      await tab.waitForLoadState('networkidle');
    }
    for (const element of await injected(tab)) finding('injected element', element);
    const text = await tab.locator(query === undefined ? 'body' : '#search').innerText();
    if (!text.includes(expectedText)) finding('text shown', `"${expectedText}" is not in the page's text`);
  } finally {
    await context.close();
  }
  return findings;
}

/** The addresses search results link to, for `query` on the site's search page. */
export async function searchResultLinks(browser: Browser, server: StaticServer, query: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(server.url('search/'), { waitUntil: 'networkidle' });
    await tab.locator('#search input').fill(query);
    await tab.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    return await tab.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  } finally {
    await context.close();
  }
}

import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from './server.ts';
import { stayingTab } from './stay.ts';

export interface KeyboardProblem {
  page: string;
  check: 'skip link' | 'visible focus' | 'search reachable' | 'keyboard trap';
  detail: string;
}

interface FocusState {
  /** A path that identifies the focused element, or null when focus is back on the page itself. */
  path: string | null;
  label: string;
  href: string | null;
  isSearch: boolean;
  visible: boolean;
}

/** What has focus now, and whether its focus indicator can be seen (an outline or a shadow). */
function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement)
      return { path: null, label: '', href: null, isSearch: false, visible: true };
    const path: string[] = [];
    for (let node: Element | null = element; node && node !== document.body; node = node.parentElement)
      path.unshift(`${node.tagName.toLowerCase()}:${node.parentElement ? [...node.parentElement.children].indexOf(node) : 0}`);
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const href = element.getAttribute('href');
    return {
      path: path.join('>'),
      label: `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 40) || element.getAttribute('aria-label') || ''}"`,
      href,
      isSearch:
        (element as HTMLInputElement).type === 'search' ||
        element.getAttribute('role') === 'searchbox' ||
        /(^|\/)search\/$/.test(href ?? ''),
      visible: outline || style.boxShadow !== 'none',
    };
  });
}

/**
 * Keyboard use of one page, as a visitor without a mouse meets it: the first Tab reaches a
 * skip link that moves focus into the main content; every stop shows where focus is; search is
 * reachable; and Tab eventually leaves the page (no trap).
 */
export async function checkKeyboard(browser: Browser, server: StaticServer, page: string): Promise<KeyboardProblem[]> {
  const context = await browser.newContext();
  const problems: KeyboardProblem[] = [];
  const problem = (check: KeyboardProblem['check'], detail: string) => problems.push({ page, check, detail });
  try {
    const { tab, open } = await stayingTab(context);
    await open(server.url(page), 'load');

    await tab.keyboard.press('Tab');
    const first = await focusState(tab);
    const target = first.href?.startsWith('#') ? first.href.slice(1) : null;
    if (!target || !/skip/i.test(first.label))
      problem('skip link', `the first Tab reaches ${first.label || 'nothing'}, not a link that skips to the main content`);
    else if ((await tab.locator(`[id="${target}"]`).count()) === 0)
      problem('skip link', `the skip link points to #${target}, which is not on the page`);
    else {
      await tab.keyboard.press('Enter');
      await tab.keyboard.press('Tab');
      const inside = await tab.evaluate((id) => document.getElementById(id)?.contains(document.activeElement) ?? false, target);
      if (!inside) problem('skip link', `after the skip link, Tab goes to ${(await focusState(tab)).label}, outside #${target}`);
    }

    await open(server.url(page), 'load');
    const stops = await tab.evaluate(
      () => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').length,
    );
    let previous: string | null = null;
    let reachedSearch = false;
    let left = false;
    for (let press = 0; press < stops + 5; press++) {
      await tab.keyboard.press('Tab');
      const state = await focusState(tab);
      if (state.path === null) {
        left = true;
        break;
      }
      if (state.path === previous) {
        problem('keyboard trap', `Tab does not move focus away from ${state.label}`);
        left = true;
        break;
      }
      if (!state.visible) problem('visible focus', `${state.label} shows no outline or shadow when it has focus`);
      reachedSearch ||= state.isSearch;
      previous = state.path;
    }
    if (!left) problem('keyboard trap', `after ${stops + 5} presses of Tab, focus has still not left the page`);
    if (!reachedSearch) problem('search reachable', 'no search box or link to the search page is reachable with Tab');
  } finally {
    await context.close();
  }
  return problems;
}

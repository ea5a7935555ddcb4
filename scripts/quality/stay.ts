import type { BrowserContext, Page } from 'playwright-core';

/** A tab, and how a gate opens a page in it. */
export interface StayingTab {
  tab: Page;
  open: (url: string, waitUntil: 'load' | 'networkidle') => Promise<void>;
}

/**
 * A tab that stays on each page a gate opens. A page at a school's former address sends the
 * browser on at once (a zero-delay meta refresh); without this, a gate would check the page it
 * leads to and never the redirect page itself. The navigations the gate asks for go ahead; one
 * the page starts on its own is stopped, which leaves the page as it was.
 */
export async function stayingTab(context: BrowserContext): Promise<StayingTab> {
  const tab = await context.newPage();
  let asked = '';
  await tab.route('**/*', (route) => {
    const request = route.request();
    const leaving = request.isNavigationRequest() && request.frame() === tab.mainFrame() && request.url() !== asked;
    // fallback(), not continue(): the context's own routes (the CSP gate's) still see the request.
    return leaving ? route.abort('aborted') : route.fallback();
  });
  return {
    tab,
    open: async (url, waitUntil) => {
      asked = url;
      await tab.goto(url, { waitUntil });
    },
  };
}

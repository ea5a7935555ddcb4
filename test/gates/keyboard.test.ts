import { describe, expect, it } from 'vitest';
import { checkKeyboard } from '../../scripts/quality/keyboard.ts';
import { mapWithLimit, onePagePerKind, type BuiltSite } from '../../scripts/quality/pages.ts';
import { withServedSite } from '../../scripts/quality/server.ts';
import { BROKEN_SITE, SITES, useBrowser } from './context.ts';

const browser = useBrowser();
const check = async (site: BuiltSite, pages: string[]) =>
  (await withServedSite(site, (server) => mapWithLimit(pages, 2, (page) => checkKeyboard(browser(), server, page)))).flat();

describe('keyboard: skip link, visible focus, search by Tab, no traps', () => {
  it('finds every defect of the broken fixture page, and none on its correct pages', async () => {
    expect(await check(BROKEN_SITE, ['', 'search/'])).toEqual([]);
    const problems = await check(BROKEN_SITE, ['keyboard/']);
    expect([...new Set(problems.map((problem) => problem.check))].sort()).toEqual([
      'keyboard trap',
      'search reachable',
      'skip link',
      'visible focus',
    ]);
  });

  // Keyboard behaviour comes from the page's template, so one page of each kind covers it.
  for (const site of SITES)
    it(`lets a keyboard user through one page of each kind of the ${site.name} site`, async () => {
      const problems = await check(site, onePagePerKind(site.dir));
      expect(problems.map((problem) => `/${problem.page}: ${problem.check}: ${problem.detail}`)).toEqual([]);
    });
});

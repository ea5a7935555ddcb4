import { describe, expect, it } from 'vitest';
import { redirectPage } from '../../../src/lib/site/pages/redirect.ts';
import { aliasRoutes } from '../../../src/lib/site/pages/routes.ts';
import { tinyPages } from './fixture.ts';

describe("a former id's address", () => {
  const { ctx } = tinyPages();

  it('has a page for each former id, in every locale, and none for a former name alone', () => {
    const routes = aliasRoutes(ctx.site);
    expect(routes.map(({ params, props }) => [params, props.formerId, props.school.id])).toEqual([
      [{ locale: undefined, former: '0091' }, '0091', '0101'],
    ]);
  });

  it("sends readers on to the school's page at once, and stays out of search", () => {
    const [route] = aliasRoutes(ctx.site);
    if (!route) throw new Error('expected a route');
    const page = redirectPage(ctx, route.props.school, route.props.formerId);
    expect(page.layout.movedTo).toBe('/schools/0101/');
    expect(page.layout.searchable).toBe(false);
    expect(page.layout.title).toBe('Alder Elementary: this page has moved · Tiny');
    expect(page.text).toBe('Alder Elementary was id 0091; its page is now at a new address:');
    expect(page.link).toEqual({ href: '/schools/0101/', text: 'Alder Elementary' });
  });

  it('publishes former ids and names as directory facts only', () => {
    const alder = ctx.site.schools.find((school) => school.id === '0101');
    expect(alder?.former).toEqual([{ id: '0091', slug: '0091', name: 'Alder Grammar School', until: '2021-22' }]);
    expect(Object.keys(ctx.site)).not.toContain('aliases');
  });
});

import { describe, expect, it } from 'vitest';
import { pageContext } from '../../../src/lib/site/pages/context.ts';
import { figures } from '../../../src/lib/site/pages/figures.ts';
import { homePage } from '../../../src/lib/site/pages/home.ts';
import { indicatorPage } from '../../../src/lib/site/pages/indicator.ts';
import { indicatorsPage } from '../../../src/lib/site/pages/indicators.ts';
import { methodologyPage } from '../../../src/lib/site/pages/methodology.ts';
import { notFoundPage } from '../../../src/lib/site/pages/not-found.ts';
import { indicatorRoutes, schoolRoutes } from '../../../src/lib/site/pages/routes.ts';
import { privacyPage } from '../../../src/lib/site/pages/privacy.ts';
import { searchPage } from '../../../src/lib/site/pages/search.ts';
import { tinyPages } from './fixture.ts';

const { ctx, schools } = tinyPages();

describe('the page models', () => {
  it('frame every page with its title, navigation and sources', () => {
    const { layout } = homePage(ctx);
    expect(layout.title).toBe('Schools · Tiny');
    expect(layout.nav.filter((item) => item.current).map((item) => item.label)).toEqual(['Schools']);
    expect(layout.notice).toEqual({ label: 'Please note:', text: 'A fixture for tests.' });
    expect(layout.footer.sources.length).toBeGreaterThan(0);
    expect(notFoundPage(ctx).layout.searchable).toBe(false);
  });

  it('list every school on the home page with its newest score', () => {
    const home = homePage(ctx);
    expect(home.schools.rows.map((row) => row.name)).toEqual(['Alder Elementary', 'Birch Middle', 'Cedar High']);
    expect(home.schools.rows.every((row) => row.lastYear === null)).toBe(true);
    expect(home.distribution.rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(3);
    expect(home.median).toMatch(/^The median of the 3 schools with a score is /);
  });

  it("show an indicator's facts and every school's value", () => {
    const absent = indicatorPage(ctx, ctx.indicator('absent')!);
    expect(absent.facts.map((fact) => fact.term)).toEqual(['Domain', 'Which way is better', 'Weight', 'Source']);
    expect(absent.distribution?.rows).toEqual([
      ['Alder Elementary', '10.0%'],
      ['Birch Middle', '20.0%'],
      ['Cedar High', '10.0%'],
    ]);
    expect(indicatorsPage(ctx).domains.flatMap((d) => d.indicators.map((i) => i.href))).toContain('/indicators/absent/');
  });

  it("give each indicator's share of the whole index on the methodology page", () => {
    const page = methodologyPage(ctx);
    expect(page.weights.rows.map((row) => row[0])).toEqual(ctx.site.domains.map((d) => d.title));
    const shares = page.indicators.rows.map((row) => Number(row.overall.replace('%', '')));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(page.steps.length).toBeGreaterThanOrEqual(4);
  });

  it("point search at Pagefind's bundle under the base path", () => {
    expect(searchPage(ctx).bundle).toBe('/pagefind/');
  });
});

describe('the figure registry', () => {
  it('builds each named figure with a chart, a finding and a data table', () => {
    expect(figures.names().sort()).toEqual([
      'domain-weights',
      'indicator-distribution',
      'indicator-levels',
      'school-score-trend',
      'score-distribution',
    ]);
    const built = [
      figures.get('score-distribution')(ctx),
      figures.get('school-score-trend')(ctx, schools.get('0101')!),
      figures.get('indicator-distribution')(ctx, ctx.indicator('poverty')!),
      figures.get('domain-weights')(ctx),
    ];
    for (const figure of built) {
      expect(figure?.svg).toMatch(/^<svg/);
      expect(figure?.caption.length).toBeGreaterThan(10);
      expect(figure?.rows.every((row) => row.length === figure.columns.length)).toBe(true);
    }
    expect(figures.has('score-trend')).toBe(false);
  });

  it('draws no distribution for an indicator without a value this year', () => {
    const empty = tinyPages({ 'data/measures.csv': (text) => text.replace(/\n2023-24,\d+,poverty,all,,,\d+,,/g, '') });
    expect(figures.get('indicator-distribution')(empty.ctx, empty.ctx.indicator('poverty')!)).toBeNull();
  });
});

describe('locales in addresses', () => {
  const bilingual = { ...ctx.site, site: { ...ctx.site.site, locales: ['en', 'es'] } };

  it('give the default locale no prefix and every other its own', () => {
    const routes = schoolRoutes(bilingual);
    expect(routes.filter((r) => r.params.slug === '0101').map((r) => [r.params.locale, r.props.locale])).toEqual([
      [undefined, 'en'],
      ['es', 'es'],
    ]);
    expect(indicatorRoutes(bilingual)).toHaveLength(2 * ctx.site.indicators.length);
    expect(pageContext(bilingual, 'es').href.school('0101')).toBe('/es/schools/0101/');
    expect(pageContext(bilingual, 'en').href.school('0101')).toBe('/schools/0101/');
    // Files at the site's root are shared by every locale.
    expect(pageContext(bilingual, 'es').asset('pagefind/')).toBe('/pagefind/');
  });
});

describe('the privacy page', () => {
  it('states the rules with the thresholds the build ran, and is linked from every page', () => {
    const strict = tinyPages({ 'content/site.md': (text) => text.replace('min_group_size: 10', 'min_group_size: 20') });
    const page = privacyPage(strict.ctx);
    const text = page.sections.flatMap((s) => s.text).join(' ');
    expect(text).toContain('fewer than 20 students');
    expect(text).not.toContain('fewer than 10 students');
    expect(homePage(ctx).layout.footer.privacy.href).toBe('/privacy/');
  });
});

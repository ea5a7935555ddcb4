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
    expect(home.distribution?.rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(3);
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
    expect(page.years.rows).toEqual([
      ['2022–23', '2', '2'],
      ['2023–24', '3', '3'],
    ]);
    expect(page.years.notes).toEqual([]);
  });

  it('explains a year the index could not be computed, and a year some schools could not be scored, by the domains lacking data', () => {
    const noContext = tinyPages({
      'data/measures.csv': (text) =>
        text.replace(/\n2022-23,\d+,poverty,all,,,\d+%?,,/g, '').replace('\n2023-24,0101,poverty,all,,,58,,', ''),
    });
    const page = methodologyPage(noContext.ctx);
    expect(page.years.rows).toEqual([
      ['2022–23', '2', '0'],
      ['2023–24', '3', '2'],
    ]);
    expect(page.years.notes).toEqual([
      'In 2022–23 no school could be scored: the index needs enough data in each domain, and these domains lacked it: Context (lacking at 2 of 2 schools).',
      'In 2023–24, 1 of the 3 schools with data could not be scored, for lack of enough data in Context (lacking at 1 of 3 schools).',
    ]);
    // The home page leads with the newest year that has scores.
    expect(noContext.ctx.site.site.currentYear).toBe('2023-24');
    expect(homePage(noContext.ctx).distribution?.rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(2);
  });

  it('leads the home page with the newest scored year, and says so instead of drawing an empty chart when no year has scores', () => {
    const lastYearUnscored = tinyPages({ 'data/measures.csv': (text) => text.replace(/\n2023-24,\d+,poverty,all,,,\d+%?,,/g, '') });
    expect(lastYearUnscored.ctx.site.site.currentYear).toBe('2022-23');
    expect(homePage(lastYearUnscored.ctx).scoresHeading).toBe('Tiny Index scores, 2022–23');
    const none = tinyPages({ 'data/measures.csv': (text) => text.replace(/\n\d{4}-\d\d,\d+,poverty,all,,,\d+%?,,/g, '') });
    const home = homePage(none.ctx);
    expect(home.distribution).toBeNull();
    expect(home.noScores).toMatch(/^No school has a score/);
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
      'school-score-parts',
      'school-score-trend',
      'school-spending',
      'score-distribution',
      'spending-progressivity',
      'spending-split',
      'spending-vs-need',
    ]);
    const built = [
      figures.get('score-distribution')(ctx),
      figures.get('school-score-trend')(ctx, schools.get('0101')!),
      figures.get('school-score-parts')(ctx, schools.get('0101')!),
      figures.get('indicator-distribution')(ctx, ctx.indicator('poverty')!),
      figures.get('domain-weights')(ctx),
      figures.get('spending-vs-need')(ctx),
      figures.get('school-spending')(ctx, schools.get('0101')!),
    ];
    for (const figure of built) {
      expect(figure?.svg).toMatch(/^<svg/);
      expect(figure?.caption.length).toBeGreaterThan(10);
      expect(figure?.rows.every((row) => row.length === figure.columns.length)).toBe(true);
    }
    expect(figures.has('score-trend')).toBe(false);
  });

  it("draws an indicator's newest year with values, and nothing when no year has one", () => {
    const stopped = tinyPages({ 'data/measures.csv': (text) => text.replace(/\n2023-24,\d+,poverty,all,,,\d+,,/g, '') });
    const last = figures.get('indicator-distribution')(stopped.ctx, stopped.ctx.indicator('poverty')!);
    expect(last?.tableCaption).toContain('2022–23');
    expect(last?.rows).toEqual([
      ['Alder Elementary', '60.0%'],
      ['Birch Middle', '40.0%'],
    ]);
    const empty = tinyPages({ 'data/measures.csv': (text) => text.replace(/\n\d{4}-\d\d,\d+,poverty,all,,,\d+%?,,/g, '') });
    expect(empty.ctx.indicator('poverty')?.currentYear).toBeNull();
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

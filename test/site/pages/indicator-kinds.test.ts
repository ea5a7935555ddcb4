import { describe, expect, it } from 'vitest';
import { suppressDataset } from '../../../src/lib/privacy/suppress.ts';
import { figures } from '../../../src/lib/site/pages/figures.ts';
import { indicatorPage } from '../../../src/lib/site/pages/indicator.ts';
import { indicatorsPage } from '../../../src/lib/site/pages/indicators.ts';
import { methodologyPage } from '../../../src/lib/site/pages/methodology.ts';
import { schoolPage } from '../../../src/lib/site/pages/school.ts';
import { parseTiny, withIndicator } from '../../data/site-fixture.ts';
import { tinyPages } from './fixture.ts';

const RATING = withIndicator(
  'rating',
  'title: State rating\ntype: categorical\nlevels: [Level 1+, Level 2, Level 3]'.replace('title: State rating\n', ''),
  [
    '2023-24,0101,rating,all,,,Level 1+,,',
    '2023-24,0101,rating,asian,,,Level 2,,',
    '2023-24,0102,rating,all,,,Level 3,,',
    '2023-24,0103,rating,all,,,level 3,,',
  ],
);
const TEACHERS = withIndicator('teachers', 'unit: count\ndirection: higher_is_better\nscored: false\ndecimals: 0', [
  '2023-24,0101,teachers,all,,,21,,',
  '2023-24,0102,teachers,all,,,30,,',
  '2023-24,0103,teachers,all,,,4000,,',
]);
const edits = {
  ...RATING,
  ...TEACHERS,
  'data/measures.csv': (text: string) => TEACHERS['data/measures.csv'](RATING['data/measures.csv'](text)),
};

const plain = tinyPages();
const { ctx, schools } = tinyPages(edits);

describe('display-only and categorical indicators on the pages', () => {
  it('leave every score, rank, level, domain score and median of scores as it was', () => {
    const scores = (pages: typeof plain) => ({
      schools: pages.ctx.site.schools.map((s) => s.latest),
      years: pages.ctx.site.years.map(({ indicatorMedians: _, ...rest }) => rest),
      domains: [...pages.schools.values()].map((s) => s.current?.domains),
    });
    expect(scores({ ctx, schools })).toEqual(scores(plain));
  });

  it('show a level as its name on the school page, with no median, and its ends as the direction', () => {
    const alder = schoolPage(ctx, schools.get('0101')!);
    expect(alder.indicators?.latest.rows.find((r) => r.href === '/indicators/rating/')).toEqual({
      href: '/indicators/rating/',
      title: 'rating',
      value: 'Level 1+',
      year: '2023–24',
      median: '',
      references: '',
      direction: 'From Level 1+ (worst) to Level 3 (best)',
    });
    expect(alder.indicators?.latest.rows.find((r) => r.href === '/indicators/teachers/')).toMatchObject({ value: '21', median: '30' });
    expect(ctx.stats('2023-24')?.indicatorMedians).not.toHaveProperty('rating');
  });

  it("hide a small group's level like any value about few students, and never code one as a rate", () => {
    const published = suppressDataset(parseTiny(edits)).measures.filter((m) => m.indicator_id === 'rating' && m.school_id === '0101');
    expect(published.map((m) => [m.student_group, m.status, m.value])).toEqual([
      ['all', 'ok', 0],
      ['asian', 'suppressed', null],
    ]);
  });

  it("show each level's share of schools, as a chart with its finding and a table", () => {
    const page = indicatorPage(ctx, ctx.indicator('rating')!);
    expect(page.distributionHeading).toBe('Share of schools at each level, 2023–24');
    expect(page.distribution?.svg).toMatch(/^<svg/);
    expect(page.distribution?.caption).toBe(
      'Of the 3 schools with a published level: 33% at Level 1+ (1); 0% at Level 2 (0); 67% at Level 3 (2).',
    );
    expect(page.distribution?.columns).toEqual(['Level', 'Schools', 'Share of schools']);
    expect(page.distribution?.rows).toEqual([
      ['Level 1+', '1', '33%'],
      ['Level 2', '0', '0%'],
      ['Level 3', '2', '67%'],
    ]);
    expect(figures.get('indicator-distribution')(ctx, ctx.indicator('rating')!)).toBeNull();
    expect(page.facts.find((f) => f.term === 'Weight')?.detail).toBe('None: shown for information, not part of the index');
  });

  it('list display-only indicators with their domain, saying they are not in the index, and give them no weight', () => {
    const outcomes = indicatorsPage(ctx).domains.find((d) => d.id === 'domain-outcomes');
    expect(outcomes?.indicators.map((i) => i.title)).toEqual([
      'Chronic absenteeism',
      'Proficiency',
      'rating (shown for information, not part of the index)',
      'teachers (shown for information, not part of the index)',
    ]);
    const method = methodologyPage(ctx);
    expect(method.indicators.rows.map((r) => [r.title, r.inDomain])).toEqual(
      methodologyPage(plain.ctx).indicators.rows.map((r) => [r.title, r.inDomain]),
    );
    expect(method.weightsNote).toMatch(/ Shown on the pages but not part of the index, so without a weight: rating, teachers\.$/);
    expect(methodologyPage(plain.ctx).weightsNote).not.toMatch(/not part of the index/);
    expect(indicatorPage(ctx, ctx.indicator('absent')!).facts.find((f) => f.term === 'Weight')?.detail).toBe('50% of the Outcomes domain');
  });
});

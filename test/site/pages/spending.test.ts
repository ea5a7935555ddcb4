import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeSiteFrom, PROJECT_ROOT } from '../../../scripts/build-site.ts';
import { pageContext } from '../../../src/lib/site/pages/context.ts';
import { figures } from '../../../src/lib/site/pages/figures.ts';
import { privacyPage } from '../../../src/lib/site/pages/privacy.ts';
import { spendingPage } from '../../../src/lib/site/pages/spending.ts';
import { ratioWords } from '../../../src/lib/site/pages/spending-text.ts';
import { withoutDataFile } from '../../data/site-fixture.ts';
import { tinyPages } from './fixture.ts';

const demo = pageContext(computeSiteFrom(PROJECT_ROOT).site);
const wake = pageContext(computeSiteFrom(join(PROJECT_ROOT, 'examples', 'wake')).site);

describe('the spending page', () => {
  const page = spendingPage(demo)!;
  const story = demo.site.spending!;
  const year = story.years.find((y) => y.year === story.year)!;

  it('leads with state and local money, level by level, in words with a sign and a size', () => {
    expect(year.levels.map((l) => l.level)).toEqual(['elementary', 'middle', 'high']);
    for (const [i, level] of ['elementary', 'middle', 'high'].entries()) {
      expect(page.lead.findings[2 * i]).toMatch(
        new RegExp(
          `^Among ${level} schools, those in the highest-need quarter receive (\\d+% (more|less)|about the same) state and local money per student (than|as) those in the lowest-need quarter( \\(within 2%\\))?\\.$`,
        ),
      );
      expect(page.lead.findings[2 * i + 1]).toMatch(new RegExp(`^Among ${level} schools, `));
    }
    expect(page.lead.district).toMatch(
      /^Across the district’s schools, spending averaged \$[\d,]+ per student in 2024–25: .* not the district’s own reported figure/,
    );
  });

  it('tabulates each source beside it, from the computed ratios', () => {
    expect(page.table?.rows.map((r) => r[0])).toEqual(['Elementary schools', 'Middle schools', 'High schools']);
    for (const [i, level] of year.levels.entries())
      expect(page.table?.rows[i]?.slice(2, 5)).toEqual([
        ratioWords('en', level.sources.stateLocal.ratio),
        ratioWords('en', level.sources.federal.ratio),
        ratioWords('en', level.sources.total.ratio),
      ]);
    // Title I follows poverty: federal money is steeply progressive in every level of the demo.
    for (const level of year.levels) expect(level.sources.federal.ratio).toBeGreaterThan(2);
  });

  it('draws every school with spending and need, and tabulates every school with spending', () => {
    const scatter = page.scatter.figure!;
    expect(scatter.svg).toMatch(/^<svg[^>]* role="img"/);
    expect(scatter.rows).toHaveLength(story.schools.length);
    const drawn = story.schools.filter((s) => s.need !== null && s.perPupil.stateLocal !== null).length;
    expect(scatter.caption).toContain(`${drawn} schools, 2024–25`);
    // Each index level has its own shape: as many symbols in the legend as levels drawn.
    expect(scatter.columns.at(-1)).toBe(demo.site.index.title);
  });

  it('shows progressivity over every year with spending, and the split by source for each level', () => {
    expect(page.trend.figure?.rows.map((r) => r[0])).toEqual(['2020–21', '2021–22', '2022–23', '2023–24', '2024–25']);
    // The trend in words: each level's first and last year, as the table gives them.
    const rows = page.trend.figure?.rows ?? [];
    expect(page.trend.figure?.caption).toBe(
      ['Elementary schools', 'Middle schools', 'High schools']
        .map(
          (level, i) =>
            `${level}, state and local money in the highest-need quarter against the lowest: ${rows[0]?.[i + 1]} in 2020–21, ${rows[4]?.[i + 1]} in 2024–25.`,
        )
        .join(' '),
    );
    expect(page.split.levels).toHaveLength(3);
    expect(page.split.levels[0]?.figure.rows.map((r) => r[0])).toEqual([
      'Lowest-need quarter',
      'Second quarter',
      'Third quarter',
      'Highest-need quarter',
    ]);
  });

  it('links each "more with less" school, with the results and years it qualified on, and the count chance alone gives', () => {
    const found = story.moreWithLess;
    expect(page.moreWithLess.schools).toHaveLength(found.schools.length);
    for (const school of page.moreWithLess.schools) expect(school.href).toMatch(/^\/schools\/[\w-]+\/$/);
    expect(page.moreWithLess.summary).toMatch(/by chance alone, up to about \d+\.\d would/);
    expect(page.moreWithLess.intro).toContain('it does not say why');
  });

  it('is in the navigation', () => {
    expect(page.layout.nav.map((n) => n.label)).toContain('Spending');
  });
});

describe('the Wake County example, on its real NC spending', () => {
  it('has a spending page with progressivity figures for its levels', () => {
    const page = spendingPage(wake)!;
    const story = wake.site.spending!;
    expect(story.years.length).toBeGreaterThan(0);
    const levels = story.years.find((y) => y.year === story.year)!.levels.map((l) => l.level);
    expect(levels).toEqual(expect.arrayContaining(['elementary', 'middle', 'high']));
    expect(page.lead.findings.filter((f) => f.includes('highest-need quarter'))).toHaveLength(levels.length);
    // One year of spending: the trend figure says where that year stands.
    expect(page.trend.figure?.caption).toMatch(/^Among elementary schools, those in the highest-need quarter receive/);
    expect(figures.get('spending-vs-need')(wake)?.rows.length).toBe(story.schools.length);
  });
});

describe('a site without a spending file', () => {
  const { ctx } = tinyPages(withoutDataFile('spending.csv'));

  it('has no spending page, figures or navigation item', () => {
    expect(ctx.site.spending).toBeNull();
    expect(spendingPage(ctx)).toBeNull();
    expect(figures.get('spending-vs-need')(ctx)).toBeNull();
    expect(figures.get('spending-progressivity')(ctx)).toBeNull();
    expect(figures.get('spending-split')(ctx)).toBeNull();
    expect(spendingPage(tinyPages().ctx)?.layout.nav.map((n) => n.label)).toContain('Spending');
    expect(privacyPage(ctx).layout.nav.map((n) => n.label)).not.toContain('Spending');
  });
});

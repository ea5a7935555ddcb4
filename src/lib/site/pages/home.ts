import { formatSchoolYear, formatScore } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { scoreMeaning } from '../score-text.ts';
import type { PageContext } from './context.ts';
import { figures, type FigureModel } from './figures.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { schoolTable, type SchoolTableModel } from './school-table.ts';
import { storiesIn, storyCard, type StoryCard } from './story.ts';

export interface HomePage {
  layout: LayoutModel;
  heading: string;
  welcomeHtml: string;
  /** The newest stories, which the page leads with; null when there are none. */
  stories: { heading: string; items: StoryCard[]; all: { href: string; text: string } } | null;
  scoresHeading: string;
  scoreMeaning: string;
  /** Null when no school has a score in the leading year. */
  distribution: FigureModel | null;
  noScores: string;
  median: string | null;
  schoolsHeading: string;
  schools: SchoolTableModel;
}

export function homePage(ctx: PageContext): HomePage {
  const { site, locale } = ctx;
  const year = site.site.currentYear;
  const stats = ctx.stats(year);
  const index = site.index.title;
  return {
    layout: layoutModel(ctx, {
      title: t(locale, 'home.title'),
      description: t(locale, 'home.description', { district: site.site.name, index }),
      current: 'home',
    }),
    heading: site.site.name,
    welcomeHtml: site.site.homeHtml,
    stories: latestStories(ctx),
    scoresHeading: t(locale, 'home.scores', { index, year: formatSchoolYear(year, locale) }),
    scoreMeaning: scoreMeaning(site.index.method, locale),
    distribution: figures.get('score-distribution')(ctx),
    noScores: t(locale, 'home.noScores'),
    median:
      stats?.medianScore == null
        ? null
        : t(locale, 'home.median', { median: formatScore(stats.medianScore, locale), count: String(stats.scoredCount) }),
    schoolsHeading: t(locale, 'home.schools'),
    schools: schoolTable(ctx, site.schools, t(locale, 'home.schools.caption', { year: formatSchoolYear(year, locale) })),
  };
}

const LATEST = 3;

function latestStories(ctx: PageContext): HomePage['stories'] {
  const stories = storiesIn(ctx);
  if (stories.length === 0) return null;
  return {
    heading: t(ctx.locale, 'home.stories'),
    items: stories.slice(0, LATEST).map((story) => storyCard(ctx, story)),
    all: { href: ctx.href.stories(), text: t(ctx.locale, 'home.stories.all') },
  };
}

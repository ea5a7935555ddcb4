import { formatDate, formatList } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { storiesInLanguage, type StoryInfo, type StoryPart } from '../../stories/schema.ts';
import type { PageContext } from './context.ts';
import { layoutModel, type LayoutModel } from './layout.ts';

/** A link to a story, as the story index, the home page and a school page list it. */
export interface StoryCard {
  href: string;
  title: string;
  summary: string;
  /** "Published March 14, 2025 · By Maria Lopez and Sam Chen" */
  meta: string;
  /** The story's date, machine-readable, for `<time datetime>`. */
  date: string;
}

/** The stories of a locale's pages, newest first: school narratives live on their school's page. */
export function storiesIn(ctx: PageContext): StoryInfo[] {
  return storiesInLanguage(ctx.site.stories, ctx.locale);
}

function byline(ctx: PageContext, story: StoryInfo): string {
  return `${t(ctx.locale, 'story.published', { date: formatDate(story.date, ctx.locale) })} · ${t(ctx.locale, 'story.byline', { authors: formatList(story.authors, ctx.locale) })}`;
}

export function storyCard(ctx: PageContext, story: StoryInfo): StoryCard {
  return { href: ctx.href.story(story.slug), title: story.title, summary: story.summary, meta: byline(ctx, story), date: story.date };
}

export interface StoryPage {
  layout: LayoutModel;
  title: string;
  summary: string;
  meta: string;
  date: string;
  draft: string | null;
  parts: StoryPart[];
  schools: { label: string; links: { href: string; text: string }[] } | null;
  indicators: { label: string; links: { href: string; text: string }[] } | null;
  back: { href: string; text: string };
}

/** A story's own page: its date and authors, its text and live figures, and the schools and measures it names. */
export function storyPage(ctx: PageContext, story: StoryInfo): StoryPage {
  const { locale, site } = ctx;
  const schools = story.schools.flatMap((id) => {
    const school = site.schools.find((s) => s.id === id);
    return school ? [{ href: ctx.href.school(school.slug), text: school.name }] : [];
  });
  const indicators = story.indicators.flatMap((id) => {
    const indicator = ctx.indicator(id);
    return indicator ? [{ href: ctx.href.indicator(indicator.slug), text: indicator.title }] : [];
  });
  return {
    layout: layoutModel(ctx, { title: story.title, description: story.summary, current: 'stories' }),
    title: story.title,
    summary: story.summary,
    meta: byline(ctx, story),
    date: story.date,
    draft: story.draft ? t(locale, 'story.draft') : null,
    parts: story.parts,
    schools: schools.length === 0 ? null : { label: t(locale, 'story.schools'), links: schools },
    indicators: indicators.length === 0 ? null : { label: t(locale, 'story.indicators'), links: indicators },
    back: { href: ctx.href.stories(), text: t(locale, 'story.all') },
  };
}

export interface StoryIndexPage {
  layout: LayoutModel;
  heading: string;
  intro: string;
  stories: StoryCard[];
  feed: { href: string; text: string } | null;
}

export function storyIndexPage(ctx: PageContext): StoryIndexPage {
  const { locale, site } = ctx;
  return {
    layout: layoutModel(ctx, {
      title: t(locale, 'stories.title'),
      description: t(locale, 'stories.description', { district: site.site.name }),
      current: 'stories',
    }),
    heading: t(locale, 'stories.title'),
    intro: t(locale, 'stories.intro'),
    stories: storiesIn(ctx).map((story) => storyCard(ctx, story)),
    feed: site.site.url === null ? null : { href: ctx.asset('feed.xml'), text: t(locale, 'stories.feed') },
  };
}

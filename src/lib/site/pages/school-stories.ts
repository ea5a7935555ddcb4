import { t } from '../../i18n/index.ts';
import type { StoryPart } from '../../stories/schema.ts';
import type { PageContext } from './context.ts';
import { storiesIn, storyCard, type StoryCard } from './story.ts';

/** The school's own narrative (content/schools/<id>.md) and the stories that name it; null when it has neither. */
export interface SchoolStoriesSection {
  narrative: { heading: string; meta: string; parts: StoryPart[] } | null;
  heading: string;
  stories: StoryCard[];
}

export function schoolStoriesSection(ctx: PageContext, schoolId: string): SchoolStoriesSection | null {
  const narrative = ctx.site.stories.find((story) => story.narrativeOf === schoolId && story.language === ctx.locale);
  const stories = storiesIn(ctx).filter((story) => story.schools.includes(schoolId));
  if (!narrative && stories.length === 0) return null;
  return {
    narrative: narrative
      ? { heading: t(ctx.locale, 'school.narrative.heading'), meta: storyCard(ctx, narrative).meta, parts: narrative.parts }
      : null,
    heading: t(ctx.locale, 'school.stories.heading'),
    stories: stories.map((story) => storyCard(ctx, story)),
  };
}

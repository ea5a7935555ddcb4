import { z } from 'zod';
import type { FigureModel } from '../site/pages/figures.ts';

/** The choices a story's front matter may name, from the site it belongs to. */
export interface StoryChoices {
  locales: readonly string[];
  defaultLocale: string;
  schools: readonly string[];
  indicators: readonly string[];
}

/** At most this many choices are listed in a message; a district of 1,000 schools says how many more. */
const LISTED = 30;

export function listChoices(choices: readonly string[]): string {
  if (choices.length === 0) return '(none: there is nothing to choose from in this site’s data)';
  const shown = choices.slice(0, LISTED).join(', ');
  return choices.length > LISTED ? `${shown} and ${choices.length - LISTED} more` : shown;
}

const oneOf = (choices: readonly string[], what: string) => {
  const known = new Set(choices);
  return z
    .union([z.string(), z.number()], { error: `${what}, written as text` })
    .transform(String)
    .refine((value) => known.has(value), { error: `one of the ${what}: ${listChoices(choices)}` });
};

// YAML reads an unquoted 2025-03-14 as a date; either way a story's date is its ISO day.
const StoryDateSchema = z
  .union([z.date(), z.string()], { error: 'a date like 2025-03-14' })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'a date like 2025-03-14 (year, month, day)',
  });

/** One schema for every narrative: a story in content/stories/ and a school's own in content/schools/. */
export function storySchema(choices: StoryChoices) {
  return z.strictObject({
    title: z.string().min(1),
    /** One or two sentences: the story index, the home page and the feed show it. */
    summary: z.string().min(1),
    date: StoryDateSchema,
    authors: z.array(z.string().min(1), { error: 'a list of names, like [Maria Lopez]' }).min(1, { error: 'at least one author' }),
    language: z
      .enum(choices.locales as [string, ...string[]], { error: `one of the site’s languages: ${choices.locales.join(', ')}` })
      .default(choices.defaultLocale),
    schools: z
      .array(oneOf(choices.schools, 'school ids in data/schools.csv'), { error: 'a list of school ids, like ["0101"]' })
      .default([]),
    indicators: z
      .array(oneOf(choices.indicators, 'indicator ids in content/indicators/'), { error: 'a list of indicator ids' })
      .default([]),
    /** A draft is checked like any story but published only by a preview build (`--drafts`). */
    draft: z.boolean({ error: 'true or false' }).default(false),
  });
}
type StoryMeta = z.infer<ReturnType<typeof storySchema>>;

/** A story's body: its text, cut where a figure the site draws takes its place. */
export type StoryPart = { html: string } | { figure: FigureModel };

/** A story as the pages show it: computed at build time from the site's own data. */
export type StoryInfo = StoryMeta & {
  /** Its address (`stories/<slug>/`), from its file name. */
  slug: string;
  /** Where it was written, for messages. */
  file: string;
  /** The school whose page it is the narrative of (content/schools/<id>.md), else null. */
  narrativeOf: string | null;
  parts: StoryPart[];
};

/** The stories readers find in a language: its own stories, not the school narratives shown on school pages. */
export function storiesInLanguage(stories: readonly StoryInfo[], locale: string): StoryInfo[] {
  return stories.filter((story) => story.narrativeOf === null && story.language === locale);
}

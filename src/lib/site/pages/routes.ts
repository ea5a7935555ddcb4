import type { IndicatorInfo, SchoolSummary, SiteData } from '../types.ts';
import { storiesInLanguage, type StoryInfo } from '../../stories/schema.ts';
import { localeParams } from '../urls.ts';

/**
 * Astro's getStaticPaths for each page kind, in every locale of the site. The default locale
 * has no path segment (`[...locale]` is undefined), so its addresses never change when a
 * language is added; each route's props say which locale to render.
 */
export function localeRoutes(site: SiteData): { params: { locale: string | undefined }; props: { locale: string } }[] {
  return localeParams(site.site.locales, site.site.locale).map((params) => ({
    params,
    props: { locale: params.locale ?? site.site.locale },
  }));
}

export function schoolRoutes(site: SiteData) {
  return localeRoutes(site).flatMap(({ params, props }) =>
    site.schools.map((school) => ({ params: { ...params, slug: school.slug }, props })),
  );
}

export function indicatorRoutes(site: SiteData): {
  params: { locale: string | undefined; slug: string };
  props: { locale: string; indicator: IndicatorInfo };
}[] {
  return localeRoutes(site).flatMap(({ params, props }) =>
    site.indicators.map((indicator) => ({ params: { ...params, slug: indicator.slug }, props: { ...props, indicator } })),
  );
}

/** A page at each former id's address, in every locale, sending readers on to the school's page. */
export function aliasRoutes(site: SiteData): {
  params: { locale: string | undefined; former: string };
  props: { locale: string; school: SchoolSummary; formerId: string };
}[] {
  return localeRoutes(site).flatMap(({ params, props }) =>
    site.schools.flatMap((school) =>
      school.former.flatMap(({ id, slug }) =>
        id === null || slug === null ? [] : [{ params: { ...params, former: slug }, props: { ...props, school, formerId: id } }],
      ),
    ),
  );
}

/** Each story's page, in its own language only: a story is written in one. */
export function storyRoutes(site: SiteData): {
  params: { locale: string | undefined; slug: string };
  props: { locale: string; story: StoryInfo };
}[] {
  return site.stories
    .filter((story) => story.narrativeOf === null)
    .map((story) => ({
      params: { locale: story.language === site.site.locale ? undefined : story.language, slug: story.slug },
      props: { locale: story.language, story },
    }));
}

/** The story index, in each language that has a story: a page with nothing to read is not published. */
export function storyIndexRoutes(site: SiteData) {
  return localeRoutes(site).filter(({ props }) => storiesInLanguage(site.stories, props.locale).length > 0);
}

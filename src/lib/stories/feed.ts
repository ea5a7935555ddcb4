import { t } from '../i18n/index.ts';
import type { SiteData } from '../site/types.ts';
import { pageHref, paths } from '../site/urls.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** A story's day as an Atom date: the story's own date, never the build's clock, so a rebuild is the same file. */
const atomDate = (day: string) => `${day}T00:00:00Z`;

/**
 * The stories as an Atom feed (RFC 4287), every address absolute from the site's `url`; null
 * for a site without one, which then has no feed. School narratives live on their school's
 * page and are not news, so only stories are entries.
 */
export function renderAtomFeed(site: SiteData): string | null {
  const { url } = site.site;
  if (url === null) return null;
  const absolute = (path: string) => new URL(path, url).href;
  const home = absolute(pageHref(site.site, site.site.locale, paths.home()));
  const self = absolute(pageHref(site.site, site.site.locale, 'feed.xml'));
  const stories = site.stories.filter((story) => story.narrativeOf === null);
  const updated = stories.reduce((newest, story) => (story.date > newest ? story.date : newest), site.manifest.published);
  const entries = stories.map((story) => {
    const link = absolute(pageHref(site.site, story.language, paths.story(story.slug)));
    return [
      '  <entry>',
      `    <id>${xml(link)}</id>`,
      `    <title>${xml(story.title)}</title>`,
      `    <link rel="alternate" type="text/html" hreflang="${xml(story.language)}" href="${xml(link)}"/>`,
      `    <published>${atomDate(story.date)}</published>`,
      `    <updated>${atomDate(story.date)}</updated>`,
      ...story.authors.map((name) => `    <author><name>${xml(name)}</name></author>`),
      `    <summary>${xml(story.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(site.site.locale)}">`,
    `  <id>${xml(self)}</id>`,
    `  <title>${xml(t(site.site.locale, 'feed.title', { district: site.site.name }))}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(home)}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${xml(site.site.name)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

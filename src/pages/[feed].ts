import { renderAtomFeed } from '../lib/stories/feed.ts';
import { loadSiteData } from '../site-data.ts';

/** The stories' Atom feed at /feed.xml; a site without a `url` setting has none. */
export function getStaticPaths() {
  return renderAtomFeed(loadSiteData()) === null ? [] : [{ params: { feed: 'feed.xml' } }];
}

export function GET(): Response {
  return new Response(renderAtomFeed(loadSiteData()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

/** The words around stories: the index, a story's page, the home page's and a school page's lists, the feed. */
export const enStories = {
  'nav.stories': 'Stories',
  'stories.title': 'Stories',
  'stories.description': 'Stories about {district}’s schools, with figures computed from the same published data as the rest of the site.',
  'stories.intro':
    'What the district’s staff write about its schools. Every number and chart in a story is computed from the site’s published data when the site is built, so it stays current.',
  'stories.feed': 'Follow new stories with a feed reader (Atom)',
  'story.byline': 'By {authors}',
  'story.published': 'Published {date}',
  'story.draft': 'Draft: this story is only in a preview and is not published.',
  'story.schools': 'Schools in this story:',
  'story.indicators': 'Measures in this story:',
  'story.all': 'All stories',
  'home.stories': 'Latest stories',
  'home.stories.all': 'All stories',
  'school.stories.heading': 'Stories about this school',
  'school.narrative.heading': 'About this school',
  'feed.title': '{district}: stories',
} as const satisfies Record<string, string>;

import { describe, expect, it } from 'vitest';
import { computeSiteFiles } from '../../scripts/build-site.ts';
import { renderAtomFeed } from '../../src/lib/stories/feed.ts';
import { tinySiteWith } from '../data/site-fixture.ts';

const story = (title: string, date: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: A summary with <tags> & ampersands.\ndate: ${date}\nauthors: [Ada Example, Ben Sample]\n${extra}---\nText.\n`;

function feedOf(config: (text: string) => string, drafts = false) {
  const files = tinySiteWith({
    'content/site.md': config,
    'content/stories/older.md': () => story('Older', '2024-11-02'),
    'content/stories/newer.md': () => story('Newer', '2025-01-20'),
    'content/stories/draft.md': () => story('Draft story', '2025-02-01', 'draft: true\n'),
    'content/schools/0101.md': () => story('Alder’s own', '2025-03-01'),
  });
  return renderAtomFeed(computeSiteFiles(files, () => undefined, { drafts }).site);
}

const withUrl = (url: string) => (text: string) => text.replace('min_group_size: 10', `min_group_size: 10\nurl: ${url}`);

describe('the Atom feed', () => {
  it('lists the published stories, newest first, with absolute addresses and the stories’ own dates', () => {
    const feed = feedOf(withUrl('https://tiny.example.org'));
    expect(feed).toContain('<id>https://tiny.example.org/feed.xml</id>');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://tiny.example.org/"/>');
    // The newest story's date, not the build's clock: the same files give the same feed.
    expect(feed).toContain('  <updated>2025-01-20T00:00:00Z</updated>\n  <author><name>Tiny Test District</name></author>');
    const entries = [...(feed ?? '').matchAll(/<entry>[\s\S]*?<title>([^<]+)<\/title>[\s\S]*?href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(entries).toEqual([
      ['Newer', 'https://tiny.example.org/stories/newer/'],
      ['Older', 'https://tiny.example.org/stories/older/'],
    ]);
    expect(feed).toContain('<summary>A summary with &lt;tags&gt; &amp; ampersands.</summary>');
    expect(feed).toContain('<author><name>Ben Sample</name></author>');
  });

  it('leaves drafts out, except in a preview', () => {
    expect(feedOf(withUrl('https://tiny.example.org/'))).not.toContain('Draft story');
    expect(feedOf(withUrl('https://tiny.example.org/'), true)).toContain('Draft story');
  });

  it('is byte-identical when built twice from the same files', () => {
    expect(feedOf(withUrl('https://tiny.example.org/'))).toBe(feedOf(withUrl('https://tiny.example.org/')));
  });

  it('is left out of a site without a url, rather than pointing nowhere', () => {
    expect(feedOf((text) => text)).toBeNull();
  });

  it('refuses a url that is not a web address, at its line', () => {
    expect(() => feedOf(withUrl('tiny.example.org'))).toThrow(
      /content\/site\.md line 6, column "url": got "tiny\.example\.org", expected the site’s address, starting with https:\/\//,
    );
  });
});

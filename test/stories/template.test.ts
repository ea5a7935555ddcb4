import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeSiteFiles, PROJECT_ROOT } from '../../scripts/build-site.ts';
import { loadSiteFiles } from '../../src/lib/data/site-files.ts';

describe('the story template a district copies (docs/story-template.md)', () => {
  it('checks against the demo site, as a draft that only a preview publishes', () => {
    const files = new Map(loadSiteFiles(PROJECT_ROOT));
    files.set('content/stories/template.md', readFileSync(join(PROJECT_ROOT, 'docs', 'story-template.md'), 'utf8'));
    const published = computeSiteFiles(files, () => undefined).site.stories.map((story) => story.slug);
    expect(published).not.toContain('template');
    const preview = computeSiteFiles(files, () => undefined, { drafts: true }).site.stories.find((story) => story.slug === 'template');
    expect(preview?.parts.some((part) => 'figure' in part)).toBe(true);
  });
});

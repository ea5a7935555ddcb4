import { Marked } from 'marked';

// One private instance: marked's global options are shared process-wide, and a site build
// must not depend on what another caller configured.
const marked = new Marked({ gfm: true, async: false });

/** Renders a district's trusted markdown (reviewed in pull requests) to HTML. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown.trim(), { async: false });
}

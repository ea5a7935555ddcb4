import { linesBeforeBody, parseFrontMatter } from '../data/front-matter.ts';
import type { SiteFiles } from '../data/site-files.ts';
import { IssueCollector, type DataIssue } from '../errors.ts';
import { markdownToParts, type Directive, type MarkdownProblem } from '../markdown/markdown.ts';
import { pageContext } from '../site/pages/context.ts';
import type { FigureModel } from '../site/pages/figures.ts';
import type { SchoolDetail, SiteData } from '../site/types.ts';
import { storyFigures, storyMetrics, type StoryContext, type StoryParam } from './registry.ts';
import { listChoices, storySchema, type StoryInfo } from './schema.ts';

const STORIES = 'content/stories/';
const NARRATIVES = 'content/schools/';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isNarrative = (path: string) => path.startsWith(NARRATIVES) && path.endsWith('.md');
const isStory = (path: string) => path.startsWith(STORIES) && path.endsWith('.md');

/**
 * The ids of the schools a site's stories may quote, read off their text without parsing it:
 * only those schools' page data is kept while the build computes every school's, so a story
 * costs no memory for the schools it does not name.
 */
export function storySchoolIds(files: SiteFiles): Set<string> {
  const ids = new Set<string>();
  for (const [path, text] of files) {
    if (!isStory(path) && !isNarrative(path)) continue;
    if (isNarrative(path)) ids.add(path.slice(NARRATIVES.length, -'.md'.length));
    for (const match of text.matchAll(/school\s*=\s*["']?([^"'\s}]+)/g)) if (match[1]) ids.add(match[1]);
  }
  return ids;
}

export interface ComputedStories {
  /** Newest first; drafts only when asked for. */
  stories: StoryInfo[];
  /** What an author should look at but may publish: numbers typed by hand. */
  warnings: DataIssue[];
}

/**
 * Validates every story and school narrative, drafts included, and renders each with its
 * figures and values computed from the site's published data. Throws one DataError with every
 * problem of every story, each at its file and line.
 */
export function computeStories(
  files: SiteFiles,
  site: SiteData,
  school: (id: string) => SchoolDetail | undefined,
  { drafts }: { drafts: boolean },
): ComputedStories {
  const issues = new IssueCollector();
  const warnings: DataIssue[] = [];
  const schema = storySchema({
    locales: site.site.locales,
    defaultLocale: site.site.locale,
    schools: site.schools.map((s) => s.id),
    indicators: site.indicators.map((i) => i.id),
  });
  const schoolIds = new Set(site.schools.map((s) => s.id));
  const stories: StoryInfo[] = [];
  for (const [file, text] of files) {
    if (!isStory(file) && !isNarrative(file)) continue;
    const name = file.slice(file.lastIndexOf('/') + 1, -'.md'.length);
    const narrativeOf = isNarrative(file) ? name : null;
    if (narrativeOf !== null && !schoolIds.has(narrativeOf))
      issues.add({ file, value: name, expected: `a file named after a school id in data/schools.csv: ${listChoices([...schoolIds])}` });
    if (narrativeOf === null && !SLUG.test(name))
      issues.add({
        file,
        value: name,
        expected: 'a file name of lowercase letters, digits and hyphens, like spring-reading-gains.md: it becomes the story’s address',
      });
    const doc = parseFrontMatter(text, file, schema, issues);
    if (!doc) continue;
    const offset = linesBeforeBody(text, doc.body);
    const at = (line: number | undefined) => (line === undefined ? {} : { line: offset + line });
    const ctx: StoryContext = { page: pageContext(site, doc.data.language), school };
    const { parts, problems, typedNumbers } = markdownToParts(doc.body, storyDirectives(ctx));
    // The front matter's check already named the sanitizer's refusals; each is said once.
    const seen = new Set(issues.issues.map((i) => `${i.file}:${i.line}:${i.value}`));
    for (const problem of problems) {
      const issue = { file, ...at(problem.line), value: problem.value, expected: problem.expected };
      if (!seen.has(`${file}:${issue.line}:${issue.value}`)) issues.add(issue);
    }
    for (const number of typedNumbers)
      warnings.push({
        file,
        ...at(number.line),
        value: number.value,
        expected:
          'a `:value` directive if this is a figure from the data (consider a `:value` directive so this stays current): a number typed by hand does not change when the data does, and the privacy check cannot see what it stands for',
      });
    if (doc.data.draft && !drafts) continue;
    const schools = narrativeOf !== null && !doc.data.schools.includes(narrativeOf) ? [narrativeOf, ...doc.data.schools] : doc.data.schools;
    stories.push({
      ...doc.data,
      schools,
      slug: name,
      file,
      narrativeOf,
      parts: parts.map((part) => ('slot' in part ? { figure: part.slot } : part)),
    });
  }
  issues.throwIfAny();
  stories.sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date < b.date ? 1 : -1));
  return { stories, warnings };
}

/** Problems with a directive's parameters, in an author's words: the first one found. */
function checkParams(
  ctx: StoryContext,
  what: string,
  params: Readonly<Record<string, StoryParam>>,
  attributes: Record<string, string>,
  skip: string,
): { params: Record<string, string> } | { problem: MarkdownProblem } {
  const declared = Object.keys(params);
  for (const key of Object.keys(attributes))
    if (key !== skip && !Object.hasOwn(params, key))
      return {
        problem: {
          value: key,
          expected:
            declared.length === 0
              ? `no setting ${key}="…": ${what} takes none`
              : `only the settings ${what} takes (${declared.join(', ')}), not ${key}="…"`,
        },
      };
  const resolved: Record<string, string> = {};
  for (const [key, param] of Object.entries(params)) {
    const value = attributes[key];
    if (value === undefined) {
      if (param.optional) continue;
      return { problem: { value: `(no ${key})`, expected: `a setting ${key}="…", ${param.label}` } };
    }
    const choices = param.choices(ctx, resolved);
    if (!choices.includes(value))
      return { problem: { value, expected: `${key}="…" to be ${param.label}, one of: ${listChoices(choices)}` } };
    resolved[key] = value;
  }
  return { params: resolved };
}

/** The directives a story may write: `:value{metric=…}` inline and `::figure{name=…}` on its own line. */
function storyDirectives(ctx: StoryContext) {
  const drawn = new Set<string>();
  return {
    inlineNames: new Set(['value']),
    blockNames: new Set(['figure']),
    inline: (directive: Directive) => {
      const metricName = directive.attributes['metric'] ?? '';
      const metric = Object.hasOwn(storyMetrics, metricName) ? storyMetrics[metricName] : undefined;
      if (!metric)
        return {
          problem: { value: metricName, expected: `metric="…" to be one of: ${Object.keys(storyMetrics).join(', ')}` },
        };
      const checked = checkParams(ctx, `the ${metricName} value`, metric.params, directive.attributes, 'metric');
      return 'problem' in checked ? checked : metric.compute(ctx, checked.params);
    },
    block: (directive: Directive): FigureModel | { problem: MarkdownProblem } => {
      const figureName = directive.attributes['name'] ?? '';
      const figure = Object.hasOwn(storyFigures, figureName) ? storyFigures[figureName] : undefined;
      if (!figure)
        return {
          problem: {
            value: figureName,
            expected: `name="…" to be one of the figures: ${Object.keys(storyFigures).join(', ')}`,
          },
        };
      const checked = checkParams(ctx, `the ${figureName} figure`, figure.params, directive.attributes, 'name');
      if ('problem' in checked) return checked;
      const model = figure.build(ctx, checked.params);
      if (!model) return { problem: { value: figureName, expected: 'a figure with data to draw: the site has no values for it yet' } };
      // Its drawing's ids would repeat on the page.
      if (drawn.has(model.svg))
        return { problem: { value: figureName, expected: 'each figure once in a story: this one is already shown above' } };
      drawn.add(model.svg);
      return model;
    },
  };
}

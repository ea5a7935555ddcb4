import { describe, expect, it } from 'vitest';
import { computeSiteFiles } from '../../scripts/build-site.ts';
import { DataError, type DataIssue } from '../../src/lib/errors.ts';
import type { StoryInfo } from '../../src/lib/stories/schema.ts';
import { appendLine, tinySiteWith } from '../data/site-fixture.ts';

// The front matter below is 8 lines with its two "---" lines, so the body's first line is line 9.
const FRONT = [
  '---',
  'title: A first look',
  'summary: How Alder is doing.',
  'date: 2025-03-14',
  'authors: [Ada Example]',
  "schools: ['0101']",
  'indicators: [absent]',
  '---',
];
const BODY_LINE = FRONT.length + 1;

const story = (body: string, front: readonly string[] = FRONT) => `${front.join('\n')}\n${body}\n`;

// A suppressed cell in the newest year: 1 of Alder's 6 Asian students chronically absent.
const withSuppressedGroup = { 'data/measures.csv': appendLine('2023-24,0101,absent,asian,1,6,,,') };

function compute(stories: Record<string, string>, options: { drafts?: boolean } = {}) {
  const files = tinySiteWith({
    ...withSuppressedGroup,
    ...Object.fromEntries(Object.entries(stories).map(([path, text]) => [path, () => text])),
  });
  return computeSiteFiles(files, () => undefined, options);
}

function issuesOf(stories: Record<string, string>): DataIssue[] {
  try {
    compute(stories);
  } catch (error) {
    if (error instanceof DataError) return [...error.issues];
    throw error;
  }
  throw new Error('expected the stories to be rejected');
}

const html = (s: StoryInfo | undefined) =>
  s?.parts.map((part) => ('html' in part ? part.html : `[figure: ${part.figure.caption}]`)).join('') ?? '';

const render = (body: string) => html(compute({ 'content/stories/first-look.md': story(body) }).site.stories[0]);

describe('a story’s live values and figures', () => {
  it('shows a school’s published value, computed from the data (31 of 310 absent)', () => {
    expect(render('Absence was :value{metric="indicator" school="0101" indicator="absent"}.')).toBe('<p>Absence was 10.0%.</p>\n');
  });

  it('shows a past year’s value when asked for it (30 of 300 in 2022-23; 100 of 500 at Birch)', () => {
    expect(render(':value{metric="indicator" school="0102" indicator="absent" year="2022-23"}')).toBe('<p>20.0%</p>\n');
  });

  it('shows the district median and the count of schools', () => {
    // 2023-24 absence: 10.0% (Alder), 20.0% (Birch), 10.0% (Cedar): the median is 10.0%.
    expect(render(':value{metric="median" indicator="absent"} of :value{metric="schools"} schools')).toBe('<p>10.0% of 3 schools</p>\n');
  });

  it('shows a school’s index score as its page does', () => {
    expect(render(':value{metric="score" school="0102"}')).toMatch(/^<p>\d+\.\d<\/p>\n$/);
  });

  it('shows spending per student from data/spending.csv, weighted by the schools’ students', () => {
    // 2023-24 state and local: (310 × 10,500 + 480 × 10,100 + 900 × 9,800) / 1,690 = 10,013.6;
    // 2022-23: (300 × 10,250 + 500 × 9,900) / 800 = 10,031.25.
    expect(render(':value{metric="spending"}, :value{metric="spending" year="2022-23" source="state_local"}')).toBe(
      '<p>$10,014, $10,031</p>\n',
    );
    expect(render(':value{metric="school-spending" school="0102" source="total"}')).toBe('<p>$10,610</p>\n');
    expect(render('::figure{name="spending-vs-need"}')).toBe(
      '[figure: 3 schools, 2023–24: each is a mark, its need across and its state and local money per student up; its shape and colour give its index level.]',
    );
  });

  it('says a hidden value is hidden: a story cannot show a suppressed cell', () => {
    const text = render('Asian students: :value{metric="indicator" school="0101" indicator="absent" group="asian"}.');
    expect(text).toBe(
      '<p>Asian students: Not shown to protect privacy: fewer than 10 students, or a value that would reveal such a group.</p>\n',
    );
  });

  it('says a value the source marked missing has no data (Alder’s 2023-24 proficiency)', () => {
    expect(render(':value{metric="indicator" school="0101" indicator="proficient" year="2023-24"}')).toBe('<p>No data</p>\n');
  });

  it('draws a named figure in the story, between its paragraphs', () => {
    const [first] = compute({
      'content/stories/first-look.md': story('Before.\n\n::figure{name="indicator-distribution" indicator="absent"}\n\nAfter.'),
    }).site.stories;
    expect(first?.parts.map((part) => ('html' in part ? part.html : 'figure'))).toEqual(['<p>Before.</p>\n', 'figure', '<p>After.</p>\n']);
    const figure = first?.parts[1];
    expect(figure && 'figure' in figure ? figure.figure.svg : '').toMatch(/^<svg/);
    expect(figure && 'figure' in figure ? figure.figure.rows.map((row) => row[1]) : []).toEqual(['10.0%', '20.0%', '10.0%']);
  });

  it('draws the site-wide figures that take no setting', () => {
    expect(render('::figure{name="domain-weights"}')).toMatch(/^\[figure: .+\]$/);
    expect(render('::figure{name="score-distribution"}')).toMatch(/^\[figure: .+\]$/);
  });

  it('leaves text that only looks like a directive as it was written', () => {
    expect(render('A ratio of 1:2, a note:this and ::other.')).toBe('<p>A ratio of 1:2, a note:this and ::other.</p>\n');
  });
});

describe('a bad reference fails with the story’s file and line and the choices', () => {
  const FILE = 'content/stories/first-look.md';
  const issue = (body: string) =>
    issuesOf({ [FILE]: story(`Intro.\n\n${body}`) }).map(({ file, line, value, expected }) => ({ file, line, value, expected }));
  const at = BODY_LINE + 2;

  it.each([
    [
      'a school',
      ':value{metric="indicator" school="0999" indicator="absent"}',
      '0999',
      /^school="…" to be a school id .*, one of: 0101, 0102, 0103$/,
    ],
    ['an indicator', ':value{metric="indicator" school="0101" indicator="reading"}', 'reading', /one of: absent, proficient, poverty$/],
    ['a year', ':value{metric="indicator" school="0101" indicator="absent" year="2019-20"}', '2019-20', /one of: 2022-23, 2023-24$/],
    [
      'a metric',
      ':value{metric="progress"}',
      'progress',
      /^metric="…" to be one of: indicator, median, score, progressivity, spending, school-spending, schools$/,
    ],
    [
      'a figure',
      '::figure{name="spending-map"}',
      'spending-map',
      /one of the figures: score-distribution, domain-weights, indicator-distribution, indicator-levels, spending-vs-need, spending-progressivity, spending-split, school-spending$/,
    ],
    ['a figure’s year', '::figure{name="score-distribution" year="2022-23"}', '2022-23', /one of: 2023-24$/],
    [
      'a setting a figure does not take',
      '::figure{name="domain-weights" year="2023-24"}',
      'year',
      /^no setting year="…": the domain-weights figure takes none$/,
    ],
    ['a missing setting', ':value{metric="median"}', '(no indicator)', /^a setting indicator="…", an indicator id/],
    // The tiny district has one school a level: too few for quarters, so no level has figures.
    [
      'a level without spending figures',
      ':value{metric="progressivity" level="elementary"}',
      'elementary',
      /^level="…" to be a school level with spending figures/,
    ],
    ['a source of money', ':value{metric="spending" source="local"}', 'local', /one of: state_local, federal, total$/],
  ])('%s', (_, body, value, expected) => {
    const [only, ...rest] = issue(body);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ file: FILE, line: at, value });
    expect(only?.expected).toMatch(expected);
  });

  it('in the front matter: an unknown school or indicator, at its key’s line', () => {
    const front = FRONT.map((line) => line.replace("['0101']", "['0101', '0999']").replace('[absent]', '[absence]'));
    const issues = issuesOf({ [FILE]: story('Text.', front) });
    expect(issues.map(({ line, column, value }) => ({ line, column, value }))).toEqual([
      { line: 6, column: 'schools.1', value: '0999' },
      { line: 7, column: 'indicators.0', value: 'absence' },
    ]);
    expect(issues[0]?.expected).toBe('one of the school ids in data/schools.csv: 0101, 0102, 0103');
  });

  it('a school narrative named after no school', () => {
    const issues = issuesOf({ 'content/schools/0999.md': story('Text.') });
    expect(issues).toEqual([expect.objectContaining({ file: 'content/schools/0999.md', value: '0999' })]);
  });

  it('every problem of every story in one run', () => {
    const issues = issuesOf({
      [FILE]: story(':value{metric="nope"}\n\n::figure{name="nope"}'),
      'content/stories/second.md': story('![](photo.jpg)'),
    });
    expect(issues.map(({ file, line }) => `${file}:${line}`)).toEqual([
      `${FILE}:${BODY_LINE}`,
      `${FILE}:${BODY_LINE + 2}`,
      `content/stories/second.md:${BODY_LINE}`,
    ]);
  });
});

describe('the other checks of a story', () => {
  const FILE = 'content/stories/first-look.md';

  it('refuses an image without a description, markdown or HTML, at its line', () => {
    const issues = issuesOf({ [FILE]: story('Text.\n\n![](fair.jpg)\n\n<img src="fair.jpg">\n\n![Students at the fair](fair.jpg)') });
    expect(issues.map(({ line, value }) => ({ line, value }))).toEqual([
      { line: BODY_LINE + 2, value: '![](fair.jpg)' },
      { line: BODY_LINE + 4, value: '<img src="fair.jpg">' },
    ]);
    expect(issues[0]?.expected).toMatch(/description of the image/);
  });

  it('warns of percentages and dollar amounts typed by hand, at their lines, but builds', () => {
    const { warnings, site } = compute({
      [FILE]: story('About 12% of students.\n\nIt cost $1,200 per student, or 3.5 percent more; grade 5 and 2023-24 are not figures.'),
    });
    expect(site.stories).toHaveLength(1);
    expect(warnings.map(({ line, value }) => ({ line, value }))).toEqual([
      { line: BODY_LINE, value: '12%' },
      { line: BODY_LINE + 2, value: '$1,200' },
      { line: BODY_LINE + 2, value: '3.5 percent' },
    ]);
    expect(warnings[0]?.expected).toContain('consider a `:value` directive so this stays current');
  });

  it('does not warn of a value the site computes', () => {
    expect(compute({ [FILE]: story(':value{metric="median" indicator="absent"}') }).warnings).toEqual([]);
  });

  it('refuses a figure inside a list: it needs a line of its own', () => {
    const issues = issuesOf({ [FILE]: story('- ::figure{name="domain-weights"}') });
    expect(issues).toEqual([expect.objectContaining({ line: BODY_LINE, expected: expect.stringMatching(/line of its own/) })]);
  });
});

describe('drafts', () => {
  const draft = story('Not yet.', [...FRONT.slice(0, -1), 'draft: true', '---']);

  it('are left out of a build, but checked', () => {
    expect(compute({ 'content/stories/soon.md': draft }).site.stories).toEqual([]);
    expect(issuesOf({ 'content/stories/soon.md': draft.replace('Not yet.', ':value{metric="nope"}') })).toHaveLength(1);
  });

  it('are in a preview built with --drafts', () => {
    expect(compute({ 'content/stories/soon.md': draft }, { drafts: true }).site.stories.map((s) => s.slug)).toEqual(['soon']);
  });
});

describe('stories and narratives', () => {
  it('are listed newest first, and a narrative is about its school', () => {
    const older = story(
      'Old.',
      FRONT.map((l) => l.replace('2025-03-14', '2024-01-02')),
    );
    const { stories } = compute({
      'content/stories/a-old.md': older,
      'content/stories/b-new.md': story('New.'),
      'content/schools/0102.md': story('Birch.'),
    }).site;
    expect(stories.map((s) => [s.slug, s.narrativeOf, s.schools])).toEqual([
      ['0102', '0102', ['0102', '0101']],
      ['b-new', null, ['0101']],
      ['a-old', null, ['0101']],
    ]);
  });

  it('refuses a story file name that cannot be an address', () => {
    expect(issuesOf({ 'content/stories/My Story.md': story('Text.') })).toEqual([
      expect.objectContaining({ file: 'content/stories/My Story.md', value: 'My Story' }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { issuesOf, replaceLine, tinySiteWith } from './site-fixture.ts';

const ABSENT = 'content/indicators/absent.md';
/** The fixture indicator with some of its lines replaced: `{ 3: 'title: "Unclosed' }`. */
const absentWith = (lines: Record<number, string>) =>
  issuesOf(
    tinySiteWith({
      [ABSENT]: (text) => Object.entries(lines).reduce((edited, [n, line]) => replaceLine(Number(n), line)(edited), text),
    }),
  );
const yamlProblem = (line: number, hint: string) => [
  { file: ABSENT, line, expected: 'front matter in YAML between two "---" lines', hint: expect.stringContaining(hint) },
];

describe('a YAML syntax error is reported at the line of the mistake', () => {
  it('an unclosed quote: the line where it opens, not the end of the front matter', () => {
    expect(absentWith({ 3: 'title: "Unclosed' })).toEqual(yamlProblem(3, 'end of the stream within a double quoted scalar'));
    expect(absentWith({ 6: "unit: 'percent" })).toEqual(yamlProblem(6, 'single quoted scalar'));
  });

  it('an unclosed quote after a quote that spans two lines and closes', () => {
    expect(absentWith({ 3: 'title: "Chronic', 4: '  absenteeism"', 7: 'direction: "lower' })).toEqual(yamlProblem(7, 'double quoted scalar'));
  });

  it('an unclosed bracket: the line where it opens', () => {
    expect(absentWith({ 5: 'kind: [outcome, context' })).toEqual(yamlProblem(5, 'flow collection'));
  });

  it('bad indentation: the line indented too far', () => {
    expect(absentWith({ 4: '  domain: outcomes' })).toEqual(yamlProblem(4, 'bad indentation'));
  });

  it('a key given twice: the second one', () => {
    expect(absentWith({ 9: 'weight: 2' })).toEqual(yamlProblem(9, 'duplicated mapping key'));
  });
});

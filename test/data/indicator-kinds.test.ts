import { describe, expect, it } from 'vitest';
import { appendLine, issuesOf, parseTiny, tinySiteWith, withIndicator } from './site-fixture.ts';

const RATING = 'type: categorical\nlevels: [Level 1+, Level 2, Level 3]';
const valueOf = (data: ReturnType<typeof parseTiny>, school: string, indicator: string) =>
  data.measures.find((m) => m.school_year === '2023-24' && m.school_id === school && m.indicator_id === indicator && m.student_group === 'all')?.value;

describe('display-only indicators (scored: false)', () => {
  it('need no weight, and are read like any other', () => {
    const data = parseTiny(withIndicator('teachers', 'unit: count\ndirection: higher_is_better\nscored: false', ['2023-24,0101,teachers,all,,,21,,']));
    expect(data.indicators.find((i) => i.id === 'teachers')).toMatchObject({ scored: false, weight: null });
    expect(valueOf(data, '0101', 'teachers')).toBe(21);
  });

  it('refuse a weight, saying it would not be used', () => {
    const files = tinySiteWith(withIndicator('teachers', 'unit: count\ndirection: higher_is_better\nscored: false\nweight: 2'));
    expect(issuesOf(files)).toMatchObject([
      { file: 'content/indicators/teachers.md', line: 10, column: 'weight', expected: expect.stringContaining('would not be used') },
    ]);
  });

  it("report a missing weight with the file's other problems", () => {
    const files = tinySiteWith(withIndicator('teachers', 'unit: count\ndirection: higher_is_better\ncolour: red'));
    expect(issuesOf(files).map((i) => i.column)).toEqual(['colour', 'weight']);
  });

  it('still need a weight when scored', () => {
    const files = tinySiteWith(withIndicator('teachers', 'unit: count\ndirection: higher_is_better'));
    expect(issuesOf(files)).toMatchObject([{ file: 'content/indicators/teachers.md', column: 'weight', expected: expect.stringContaining('positive number') }]);
  });

  it('cannot carry a domain alone', () => {
    const files = tinySiteWith({
      'content/indicators/poverty.md': (text) => text.replace('weight: 1\n', 'scored: false\n'),
    });
    expect(issuesOf(files)).toMatchObject([
      { file: 'content/domains/context.md', column: 'id', value: 'context', expected: expect.stringContaining('scored indicator') },
    ]);
  });
});

describe('categorical indicators', () => {
  it('store each level as its position, worst first, matched trimmed and in any case', () => {
    const data = parseTiny(
      withIndicator('rating', RATING, ['2023-24,0101,rating,all,,,level 1+,,', '2023-24,0102,rating,all,,, LEVEL 3 ,,', '2023-24,0103,rating,all,,,,missing,']),
    );
    expect(data.indicators.find((i) => i.id === 'rating')).toMatchObject({ type: 'categorical', scored: false, levels: ['Level 1+', 'Level 2', 'Level 3'] });
    expect([valueOf(data, '0101', 'rating'), valueOf(data, '0102', 'rating'), valueOf(data, '0103', 'rating')]).toEqual([0, 2, null]);
  });

  it('take levels written as numbers, such as star ratings', () => {
    const data = parseTiny(withIndicator('stars', 'type: categorical\nlevels: [1, 2, 3, 4, 5]', ['2023-24,0101,stars,all,,,4,,']));
    expect(valueOf(data, '0101', 'stars')).toBe(3);
  });

  it('name the file, line, column, value and every level for an unknown level', () => {
    const files = tinySiteWith(withIndicator('rating', RATING, ['2023-24,0101,rating,all,,,Level 4,,']));
    expect(issuesOf(files)).toEqual([
      { file: 'data/measures.csv', line: 18, column: 'value', value: 'Level 4', expected: 'one of the levels of rating: Level 1+, Level 2, Level 3' },
    ]);
  });

  it('report an unknown level with the row\'s other problems', () => {
    const files = tinySiteWith(withIndicator('rating', RATING, ['2023-24,0101,rating,everyone,,,Level 4,,']));
    expect(issuesOf(files).map((i) => i.column).sort()).toEqual(['student_group', 'value']);
  });

  it('keep every numeric error of the other indicators as it was', () => {
    const files = tinySiteWith(withIndicator('rating', RATING, ['2023-24,0103,absent,asian,,,Level 2,,']));
    const [issue] = issuesOf(files);
    expect(issue).toMatchObject({ line: 18, column: 'value', value: 'Level 2', expected: 'a number like 12.5, 45% or $9,876, or a blank cell' });
    expect(issue?.hint).toContain('"status" column');
  });

  it('refuse a numerator, a denominator and a coded range', () => {
    const files = tinySiteWith(withIndicator('rating', RATING, ['2023-24,0101,rating,all,3,10,,,', '2023-24,0102,rating,all,,,Level 2,coded_low,']));
    expect(issuesOf(files)).toMatchObject([
      { line: 18, column: 'numerator', value: '3' },
      { line: 18, column: 'denominator', value: '10' },
      { line: 19, column: 'status', value: 'coded_low', expected: expect.stringContaining('ok, missing or suppressed') },
    ]);
  });

  it('take no unit, direction or weight, and need at least two levels', () => {
    const files = tinySiteWith(withIndicator('rating', 'type: categorical\nlevels: [Only]\nunit: percent\ndirection: higher_is_better\nweight: 1'));
    expect(issuesOf(files).map((i) => i.column)).toEqual(['levels', 'unit', 'direction', 'weight']);
  });

  it('refuse "scored: true", and levels on a numeric indicator', () => {
    expect(issuesOf(tinySiteWith(withIndicator('rating', `${RATING}\nscored: true`))).map((i) => i.column)).toEqual(['scored']);
    const numeric = tinySiteWith(withIndicator('rating', 'unit: count\ndirection: higher_is_better\nweight: 1\nlevels: [A, B]'));
    expect(issuesOf(numeric).map((i) => i.column)).toEqual(['levels']);
  });

  it('cannot be the need measure', () => {
    const files = tinySiteWith({
      ...withIndicator('rating', RATING),
      'content/indicators/rating.md': () => `---\nid: rating\ntitle: Rating\ndomain: context\nkind: context\nsource: Test\n${RATING}\n---\nA rating.\n`,
      'content/site.md': (text) => text.replace('need_measure: poverty', 'need_measure: rating'),
    });
    expect(issuesOf(files)).toMatchObject([{ file: 'content/site.md', column: 'need_measure', value: 'rating', expected: expect.stringContaining('numeric') }]);
  });
});

describe('units', () => {
  it('turn a numerator and denominator into percent points, per 100 or per 1,000', () => {
    const data = parseTiny({
      ...withIndicator('suspensions', 'unit: per_100\ndirection: lower_is_better\nscored: false', ['2023-24,0101,suspensions,all,31,310,,,']),
      ...withIndicator('acts', 'unit: per_1000\ndirection: lower_is_better\nscored: false'),
      'data/measures.csv': (text) => appendLine('2023-24,0101,acts,all,31,310,,,')(appendLine('2023-24,0101,suspensions,all,31,310,,,')(text)),
    });
    expect(valueOf(data, '0101', 'absent')).toBeCloseTo(10, 12);
    expect(valueOf(data, '0101', 'suspensions')).toBeCloseTo(10, 12);
    expect(valueOf(data, '0101', 'acts')).toBeCloseTo(100, 12);
  });

  it('let rates per 100 pass 100, but no rate, count or number of days go below 0', () => {
    const ok = parseTiny(withIndicator('suspensions', 'unit: per_100\ndirection: lower_is_better\nscored: false', ['2023-24,0101,suspensions,all,,,140.5,,']));
    expect(valueOf(ok, '0101', 'suspensions')).toBe(140.5);
    // A numerator of suspensions can outnumber the students: 400 suspensions of 310 students.
    const events = parseTiny(withIndicator('suspensions', 'unit: per_100\ndirection: lower_is_better\nscored: false', ['2023-24,0101,suspensions,all,400,310,,,']));
    expect(valueOf(events, '0101', 'suspensions')).toBeCloseTo(129.032258, 6);
    for (const unit of ['per_100', 'per_1000', 'days', 'count']) {
      const files = tinySiteWith(withIndicator('x', `unit: ${unit}\ndirection: lower_is_better\nscored: false`, ['2023-24,0101,x,all,,,-1,,']));
      expect(issuesOf(files)).toMatchObject([{ line: 18, column: 'value', value: '-1', expected: 'a value of 0 or more for x' }]);
    }
  });

  it('refuse an unknown unit, naming every unit', () => {
    const files = tinySiteWith(withIndicator('x', 'unit: hours\ndirection: lower_is_better\nscored: false'));
    expect(issuesOf(files)).toMatchObject([{ column: 'unit', value: 'hours', expected: expect.stringContaining('per_100, per_1000, count, days') }]);
  });
});

describe('percent values that look like fractions', () => {
  const fractions = ['2023-24,0101,share,all,,,0.12,,', '2023-24,0102,share,all,,,0.5,,', '2023-24,0103,share,all,,,0.97,,', '2023-24,0101,share,asian,,,0,,'];
  const share = (extra = '') => withIndicator('share', `unit: percent\ndirection: lower_is_better\nscored: false${extra}`, fractions);

  it('are one error for the indicator, with the count, an example line and the fix', () => {
    expect(issuesOf(tinySiteWith(share()))).toEqual([
      {
        file: 'data/measures.csv',
        line: 18,
        column: 'value',
        value: '0.12',
        expected: 'percentages from 0 to 100 for share, but all 4 of its values lie between 0 and 1 (this line is one of them)',
        hint: expect.stringContaining('these look like fractions; multiply by 100, or declare `scale: fraction`'),
      },
    ]);
  });

  it('are accepted as tiny percents when the indicator declares scale: percent', () => {
    expect(valueOf(parseTiny(share('\nscale: percent')), '0102', 'share')).toBe(0.5);
  });

  it('are multiplied by 100 with scale: fraction, and must then be at most 1', () => {
    expect(valueOf(parseTiny(share('\nscale: fraction')), '0102', 'share')).toBe(50);
    const files = tinySiteWith(withIndicator('share', 'unit: percent\ndirection: lower_is_better\nscored: false\nscale: fraction', ['2023-24,0101,share,all,,,45,,']));
    expect(issuesOf(files)).toMatchObject([{ line: 18, column: 'value', value: '45', expected: expect.stringContaining('a fraction from 0 to 1') }]);
  });

  it('are not suspected from numerators and denominators, or from too few non-zero values', () => {
    expect(() => parseTiny()).not.toThrow();
    const few = withIndicator('share', 'unit: percent\ndirection: lower_is_better\nscored: false', ['2023-24,0101,share,all,,,0.5,,', '2023-24,0102,share,all,,,0,,']);
    expect(valueOf(parseTiny(few), '0101', 'share')).toBe(0.5);
  });

  it('need a percent unit to declare a scale', () => {
    const files = tinySiteWith(withIndicator('x', 'unit: count\ndirection: lower_is_better\nscored: false\nscale: fraction'));
    expect(issuesOf(files)).toMatchObject([{ column: 'scale', expected: 'no scale unless the unit is percent' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { findSlugClashes, slugify } from '../../src/lib/site/slug.ts';

describe('the slug rule', () => {
  it('lowercases and turns runs of other characters into one hyphen', () => {
    expect(slugify('0101')).toBe('0101');
    expect(slugify('Lake View_2')).toBe('lake-view-2');
    expect(slugify('ela_proficiency')).toBe('ela-proficiency');
    expect(slugify('A.B--C')).toBe('a-b-c');
  });

  it('finds ids that differ only by case or that map to the same slug', () => {
    expect(findSlugClashes(['A7', 'a7', 'b_1', 'b-1', 'c'])).toEqual([
      ['A7', 'a7', 'a7'],
      ['b_1', 'b-1', 'b-1'],
    ]);
    expect(findSlugClashes(['0101', '0102'])).toEqual([]);
  });
});

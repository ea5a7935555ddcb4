import { describe, expect, it } from 'vitest';
import { gradeSpanOf } from '../../src/lib/import/nc-dpi/codes.ts';
import { readNumber, readWhole, schoolYearOf, zipOf } from '../../src/lib/import/nc-dpi/values.ts';
import { formatNumber } from '../../src/lib/import/write-csv.ts';

describe("NC's spellings of numbers, years, ZIP codes and grade spans", () => {
  it('reads thousands separators and float-typed integers, and refuses the ambiguous', () => {
    expect(readNumber('1,224')).toBe(1224);
    expect(readWhole('209.0')).toBe(209);
    expect(readWhole('12.5')).toBeNull();
    expect(readNumber('1,2')).toBeNull();
    expect(readNumber('<5')).toBeNull();
  });

  it('turns the year a school year ends in into the school year', () => {
    expect(schoolYearOf('2019')).toBe('2018-19');
    expect(schoolYearOf('2018.0')).toBe('2017-18');
    expect(schoolYearOf('2000')).toBe('1999-00');
    expect(schoolYearOf('18')).toBeNull();
  });

  it('keeps ZIP codes as text', () => {
    expect(zipOf('27713.0')).toBe('27713');
    expect(zipOf('02134')).toBe('02134');
    expect(zipOf('2771')).toBeNull();
  });

  it('writes grade spans as the project does; grade 13 of early colleges reads 12', () => {
    expect(['PK:05', 'P2:05', 'KG:05', '06:08', '6:08', '9:13', 'KG:12'].map(gradeSpanOf)).toEqual([
      'PK-5',
      'PK-5',
      'K-5',
      '6-8',
      '6-8',
      '9-12',
      'K-12',
    ]);
    expect(gradeSpanOf('06-08')).toBeNull();
    expect(gradeSpanOf('KG:14')).toBeNull();
  });

  it('drops binary-float noise when writing', () => {
    expect(formatNumber(0.5429999999999999 * 100)).toBe('54.3');
    expect(formatNumber(61.888999999999996)).toBe('61.889');
    expect(formatNumber(9315.41)).toBe('9315.41');
  });
});

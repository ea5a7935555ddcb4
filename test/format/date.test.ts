import { describe, expect, it } from 'vitest';
import { formatDate, formatOrdinal, formatSchoolYear } from '../../src/lib/format/index.ts';

describe('formatDate', () => {
  it('writes the long date in UTC, whatever the machine zone', () => {
    expect(formatDate('2025-09-15', 'en')).toBe('September 15, 2025');
    expect(formatDate('2024-01-01', 'en')).toBe('January 1, 2024');
    expect(formatDate('2024-12-31', 'en')).toBe('December 31, 2024');
  });

  it('rejects what is not a real YYYY-MM-DD date', () => {
    expect(() => formatDate('2025-02-30', 'en')).toThrow(/2025-09-15/);
    expect(() => formatDate('15/09/2025', 'en')).toThrow();
    expect(() => formatDate('2025-9-15', 'en')).toThrow();
  });
});

describe('formatSchoolYear', () => {
  it('joins the years with an en dash', () => {
    expect(formatSchoolYear('2023-24', 'en')).toBe('2023–24');
    expect(formatSchoolYear('1999-00', 'en')).toBe('1999–00');
  });

  it('rejects what is not one school year', () => {
    expect(() => formatSchoolYear('2023-25', 'en')).toThrow(/2023-24/);
    expect(() => formatSchoolYear('2023', 'en')).toThrow();
    expect(() => formatSchoolYear('2023-2024', 'en')).toThrow();
  });
});

describe('formatOrdinal', () => {
  it('picks the English suffix by ordinal category', () => {
    const cases: [number, string][] = [
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [4, '4th'],
      [11, '11th'],
      [12, '12th'],
      [13, '13th'],
      [21, '21st'],
      [22, '22nd'],
      [23, '23rd'],
      [101, '101st'],
      [111, '111th'],
      [1013, '1,013th'],
    ];
    for (const [n, expected] of cases) expect(formatOrdinal(n, 'en')).toBe(expected);
  });

  it('refuses a fraction', () => {
    expect(() => formatOrdinal(1.5, 'en')).toThrow(/whole number/);
  });
});

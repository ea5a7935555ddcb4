import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/lib/format/index.ts';

describe('formatValue', () => {
  it('writes each unit its own way', () => {
    expect(formatValue(12.34, 'percent', 'en', 1)).toBe('12.3%');
    expect(formatValue(1234, 'count', 'en', 0)).toBe('1,234');
    expect(formatValue(9876.4, 'dollars', 'en', 2)).toBe('$9,876');
    expect(formatValue(12.34, 'years', 'en', 1)).toBe('12.3 years');
    expect(formatValue(1, 'years', 'en', 0)).toBe('1 year');
    expect(formatValue(18.24, 'ratio', 'en', 1)).toBe('18.2');
    expect(formatValue(47.5, 'score', 'en', 1)).toBe('47.5');
    expect(formatValue(-1.25, 'years', 'en', 1)).toBe('\u22121.3 years');
    expect(formatValue(171, 'days', 'en', 0)).toBe('171 days');
    expect(formatValue(1, 'days', 'en', 0)).toBe('1 day');
    expect(formatValue(12.34, 'per_100', 'en', 1)).toBe('12.3 per 100 students');
    expect(formatValue(140.5, 'per_100', 'en', 1)).toBe('140.5 per 100 students');
    expect(formatValue(1234.5, 'per_1000', 'en', 1)).toBe('1,234.5 per 1,000 students');
  });
});

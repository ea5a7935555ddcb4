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
  });
});

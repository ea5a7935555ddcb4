import { describe, expect, it } from 'vitest';
import { formatCurrency, formatNumber, formatPercent, formatScore, formatSignedChange } from '../../src/lib/format/index.ts';
import { numberFormat } from '../../src/lib/format/intl-cache.ts';

const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups thousands and shows exactly the decimals asked for', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234.5, 'en')).toBe('1,235');
    expect(formatNumber(18.25, 'en', { decimals: 1 })).toBe('18.3');
    expect(formatNumber(7, 'en', { decimals: 2 })).toBe('7.00');
  });

  it('writes negatives with the minus sign and never "−0"', () => {
    expect(formatNumber(-3.25, 'en', { decimals: 1 })).toBe(`${MINUS}3.3`);
    expect(formatNumber(-0.2, 'en')).toBe('0');
  });

  it('follows the locale', () => {
    expect(formatNumber(1234.5, 'es', { decimals: 1 })).toBe('1234,5');
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => formatNumber(Number.NaN, 'en')).toThrow(/finite/);
    expect(() => formatPercent(Number.POSITIVE_INFINITY, 'en')).toThrow(/finite/);
  });
});

describe('formatPercent', () => {
  it('takes percent points', () => {
    expect(formatPercent(45, 'en')).toBe('45%');
    expect(formatPercent(12.34, 'en', { decimals: 1 })).toBe('12.3%');
    expect(formatPercent(100, 'en', { decimals: 1 })).toBe('100.0%');
    expect(formatPercent(-2.5, 'en', { decimals: 1 })).toBe(`${MINUS}2.5%`);
  });

  it('rounds the value as written, not its binary quotient by 100', () => {
    expect(formatPercent(12.345, 'en', { decimals: 2 })).toBe('12.35%');
    expect(formatPercent(0.145, 'en', { decimals: 2 })).toBe('0.15%');
    expect(formatPercent(1e-7, 'en', { decimals: 1 })).toBe('0.0%');
  });
});

describe('formatCurrency', () => {
  it('writes whole US dollars', () => {
    expect(formatCurrency(9876, 'en')).toBe('$9,876');
    expect(formatCurrency(9876.5, 'en')).toBe('$9,877');
    expect(formatCurrency(-40, 'en')).toBe(`${MINUS}$40`);
  });
});

describe('formatScore', () => {
  it('writes a 0–100 score with one decimal', () => {
    expect(formatScore(47.25, 'en')).toBe('47.3');
    expect(formatScore(100, 'en')).toBe('100.0');
    expect(formatScore(0, 'en')).toBe('0.0');
  });
});

describe('formatSignedChange', () => {
  it('signs changes with plus and the true minus, and none for zero', () => {
    expect(formatSignedChange(2.5, 'en')).toBe('+2.5');
    expect(formatSignedChange(-1, 'en')).toBe(`${MINUS}1.0`);
    expect(formatSignedChange(0, 'en')).toBe('0.0');
    expect(formatSignedChange(-0.04, 'en')).toBe('0.0');
    expect(formatSignedChange(3, 'en', { decimals: 0 })).toBe('+3');
  });
});

describe('formatter cache', () => {
  it('builds one Intl formatter per locale and options, and formats the same either way', () => {
    const options = { maximumFractionDigits: 1 };
    expect(numberFormat('en', options)).toBe(numberFormat('en', { ...options }));
    expect(numberFormat('en', options)).not.toBe(numberFormat('es', options));
    const first = Array.from({ length: 3 }, () => formatPercent(12.34, 'en', { decimals: 1 }));
    expect(new Set(first)).toEqual(new Set(['12.3%']));
    expect(formatNumber(1.5, 'en', { decimals: 1 })).toBe(formatNumber(1.5, 'en', { decimals: 1 }));
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en.ts';
import { resolveTemplate, template } from '../../src/lib/i18n/messages/index.ts';
import { t } from '../../src/lib/i18n/t.ts';

describe('t', () => {
  it('returns a message and fills its placeholders', () => {
    expect(t('en', 'site.skip')).toBe('Skip to content');
    expect(t('en', 'status.suppressed', { n: '10' })).toBe(
      'Not shown to protect privacy: fewer than 10 students, or a value that would reveal such a group',
    );
    expect(t('en', 'status.coded_low', { value: '5%' })).toBe('5% or less');
    expect(t('en', 'chart.bar.summary', { high: 'A', highValue: '2', low: 'B', lowValue: '1' })).toBe('Highest: A (2); lowest: B (1).');
  });

  it('throws on a missing param, so a typo fails a test rather than a page', () => {
    // @ts-expect-error: the param is missing on purpose
    expect(() => t('en', 'status.suppressed', {})).toThrow(/needs the param \{n\}/);
    // @ts-expect-error: a misspelt param name
    expect(() => t('en', 'status.suppressed', { count: '10' })).toThrow(/\{n\}/);
  });

  it('throws on a param the template has no placeholder for', () => {
    // @ts-expect-error: this message takes no params
    expect(() => t('en', 'nav.home', { n: '1' })).toThrow(/no placeholder for: n/);
  });

  it('throws on an unknown key or locale', () => {
    // A key built at run time is not checked by the compiler; the cast stands in for one.
    expect(() => t('en', 'nav.nowhere' as 'nav.home')).toThrow(/Unknown message key "nav.nowhere"/);
    expect(() => t('fr', 'nav.home')).toThrow(/No messages for locale "fr"/);
  });

  it('uses the language for a regional locale', () => {
    expect(t('en-US', 'nav.home')).toBe('Schools');
    expect(template('en-GB', 'status.missing')).toBe('No data');
  });
});

describe('resolveTemplate', () => {
  const catalogs = { en, es: { 'nav.home': 'Escuelas' } };

  it("takes another locale's string, and English for a key it lacks", () => {
    expect(resolveTemplate(catalogs, 'es', 'nav.home')).toBe('Escuelas');
    expect(resolveTemplate(catalogs, 'es-MX', 'nav.home')).toBe('Escuelas');
    expect(resolveTemplate(catalogs, 'es', 'nav.search')).toBe('Search');
  });
});

describe('English messages', () => {
  it('use only simple {name} placeholders, each closed', () => {
    for (const [key, text] of Object.entries(en)) {
      const withoutPlaceholders = text.replace(/\{\w+\}/g, '');
      expect(withoutPlaceholders, key).not.toMatch(/[{}]/);
    }
  });

  it('include the keys pages rely on', () => {
    for (const key of [
      'site.skip',
      'nav.home',
      'nav.indicators',
      'nav.methodology',
      'nav.search',
      'status.missing',
      'status.suppressed',
      'status.coded_low',
      'status.coded_high',
      'status.insufficient_data',
      'score.meaning.need',
      'score.meaning.performance',
    ]) {
      expect(Object.hasOwn(en, key), key).toBe(true);
    }
  });
});

/**
 * Intl formatters are costly to build and pages format thousands of numbers, so each
 * (locale, options) pair is built once per process. Option objects come from literals in
 * this folder, so their key order, and hence the cache key, is stable.
 */
function cached<T>(cache: Map<string, T>, locale: string, options: object, make: () => T): T {
  const key = `${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function ordinalRules(locale: string): Intl.PluralRules {
  const options: Intl.PluralRulesOptions = { type: 'ordinal' };
  return cached(pluralRules, locale, options, () => new Intl.PluralRules(locale, options));
}

export function listFormat(locale: string): Intl.ListFormat {
  const options: Intl.ListFormatOptions = { type: 'conjunction', style: 'long' };
  return cached(listFormats, locale, options, () => new Intl.ListFormat(locale, options));
}

import { t } from '../i18n/t.ts';
import { ordinalRules } from './intl-cache.ts';
import { formatNumber } from './number.ts';

/** 1 → "1st", 22 → "22nd", 1013 → "1,013th": the locale's ordinal category picks the template. */
export function formatOrdinal(n: number, locale: string): string {
  if (!Number.isInteger(n)) throw new Error(`formatOrdinal: expected a whole number, got ${n}`);
  const category = ordinalRules(locale).select(n);
  return t(locale, `ordinal.${category}`, { n: formatNumber(n, locale) });
}

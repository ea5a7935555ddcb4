import type { Unit } from '../data/schemas.ts';
import { t } from '../i18n/t.ts';
import { numberFormat } from './intl-cache.ts';
import { formatCurrency, formatNumber, formatPercent, render } from './number.ts';

/** Intl's own unit names, so plurals ("1 day", "171 days") follow the locale. */
function withUnit(value: number, unit: 'year' | 'day', locale: string, decimals: number): string {
  const options: Intl.NumberFormatOptions = {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: 'negative',
  };
  return render(numberFormat(locale, options), value, 'formatValue');
}

/**
 * An indicator's value in its unit: percent "12.3%", dollars "$9,876" (always whole dollars,
 * whatever `decimals` says), years "12.3 years", days "171 days", rates "12.3 per 100
 * students"; count, ratio and score are plain numbers, since the indicator's title says what
 * is counted or compared.
 */
export function formatValue(value: number, unit: Unit, locale: string, decimals: number): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale, { decimals });
    case 'dollars':
      return formatCurrency(value, locale);
    case 'years':
      return withUnit(value, 'year', locale, decimals);
    case 'days':
      return withUnit(value, 'day', locale, decimals);
    case 'per_100':
    case 'per_1000':
      return t(locale, `unit.${unit}`, { value: formatNumber(value, locale, { decimals }) });
    case 'count':
    case 'ratio':
    case 'score':
      return formatNumber(value, locale, { decimals });
  }
}

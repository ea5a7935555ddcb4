import type { Unit } from '../data/schemas.ts';
import { numberFormat } from './intl-cache.ts';
import { formatCurrency, formatNumber, formatPercent, render } from './number.ts';

/**
 * An indicator's value in its unit: percent "12.3%", dollars "$9,876" (always whole dollars,
 * whatever `decimals` says), years "12.3 years"; count, ratio and score are plain numbers,
 * since the indicator's title says what is counted or compared.
 */
export function formatValue(value: number, unit: Unit, locale: string, decimals: number): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale, { decimals });
    case 'dollars':
      return formatCurrency(value, locale);
    case 'years': {
      const options: Intl.NumberFormatOptions = {
        style: 'unit',
        unit: 'year',
        unitDisplay: 'long',
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        signDisplay: 'negative',
      };
      return render(numberFormat(locale, options), value, 'formatValue');
    }
    case 'count':
    case 'ratio':
    case 'score':
      return formatNumber(value, locale, { decimals });
  }
}

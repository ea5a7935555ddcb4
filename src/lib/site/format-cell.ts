import type { Unit } from '../data/schemas.ts';
import { formatValue } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import type { PublishedCell } from '../privacy/suppress.ts';

/** A published cell as text: its value, or in words why there is none. */
export function formatCell(
  cell: PublishedCell | null,
  unit: Unit,
  decimals: number,
  locale: string,
  minGroupSize: number,
): string {
  if (cell === null) return t(locale, 'status.missing');
  switch (cell.status) {
    case 'ok':
      return cell.value === null ? t(locale, 'status.missing') : formatValue(cell.value, unit, locale, decimals);
    case 'coded_low':
    case 'coded_high':
      return t(locale, `status.${cell.status}`, { value: formatValue(cell.value ?? 0, unit, locale, decimals) });
    case 'suppressed':
      return t(locale, 'status.suppressed', { n: String(minGroupSize) });
    case 'missing':
      return t(locale, 'status.missing');
  }
}

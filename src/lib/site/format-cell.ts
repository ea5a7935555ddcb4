import type { Unit } from '../data/schemas.ts';
import { formatValue } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import { suppressedReason, unconfirmedReason, type PublishedCell } from '../privacy/suppress.ts';

/** A published cell as text: its value, or in words why there is none. */
export function formatCell(cell: PublishedCell | null, unit: Unit, decimals: number, locale: string, minGroupSize: number): string {
  if (cell === null) return t(locale, 'status.missing');
  switch (cell.status) {
    case 'ok':
      return cell.value === null ? t(locale, 'status.missing') : formatValue(cell.value, unit, locale, decimals);
    case 'coded_low':
    case 'coded_high':
      return t(locale, `status.${cell.status}`, { value: formatValue(cell.value ?? 0, unit, locale, decimals) });
    case 'suppressed':
      // Say truly why: a small group, a group of unknown size, or the source's own mask.
      if (cell.reason === null || cell.reason === suppressedReason(minGroupSize))
        return t(locale, 'status.suppressed', { n: String(minGroupSize) });
      if (cell.reason === unconfirmedReason(minGroupSize)) return t(locale, 'status.unconfirmed', { n: String(minGroupSize) });
      return t(locale, 'status.masked', { reason: cell.reason });
    case 'missing':
      return t(locale, 'status.missing');
  }
}

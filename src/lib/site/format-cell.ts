import type { Unit } from '../data/schemas.ts';
import { formatValue } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import type { SuppressionReason } from '../privacy/reasons.ts';
import type { PublishedCell } from '../privacy/suppress.ts';

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
      return suppressedText(cell.reason, locale, minGroupSize);
    case 'missing':
      return t(locale, 'status.missing');
  }
}

/**
 * Says truly why: a small group (or a cell that would reveal one), a group of unknown size,
 * or the source's own mask. A mask the source gave no words for reads as privacy.
 */
function suppressedText(reason: SuppressionReason | null, locale: string, minGroupSize: number): string {
  switch (reason?.code) {
    case undefined:
      return t(locale, 'status.suppressed', { n: String(minGroupSize) });
    case 'small_group':
      return t(locale, 'status.suppressed', { n: String(reason.min) });
    case 'unknown_group_size':
      return t(locale, 'status.unconfirmed', { n: String(reason.min) });
    case 'source':
      return t(locale, 'status.masked', { reason: reason.text });
  }
}

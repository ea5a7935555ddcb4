import { formatValue } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import type { PublishedCell } from '../privacy/suppress.ts';
import { formatCell } from './format-cell.ts';
import type { IndicatorInfo } from './types.ts';

/** A categorical value is its level's position; its text is the level as the district wrote it. */
function levelName(indicator: Extract<IndicatorInfo, { type: 'categorical' }>, position: number): string {
  return indicator.levels[position] ?? '';
}

/** An indicator's value as a page shows it: a number in its unit, or a level's name. */
export function indicatorValueText(value: number, indicator: IndicatorInfo, locale: string): string {
  return indicator.type === 'categorical' ? levelName(indicator, value) : formatValue(value, indicator.unit, locale, indicator.decimals);
}

/** A published cell of an indicator: its value, or in words why there is none. */
export function indicatorCellText(cell: PublishedCell | null, indicator: IndicatorInfo, locale: string, minGroupSize: number): string {
  if (indicator.type === 'numeric') return formatCell(cell, indicator.unit, indicator.decimals, locale, minGroupSize);
  // A level is never coded (the loader refuses it), so only a value, missing or hidden remain.
  if (cell?.status === 'ok' && cell.value !== null) return levelName(indicator, cell.value);
  return formatCell(cell, 'count', 0, locale, minGroupSize);
}

/** Which way is better: the direction of a number, or the ends of a list of levels. */
export function directionText(indicator: IndicatorInfo, locale: string): string {
  if (indicator.type === 'numeric') return t(locale, `direction.${indicator.direction}`);
  return t(locale, 'direction.levels', { worst: indicator.levels[0] ?? '', best: indicator.levels.at(-1) ?? '' });
}

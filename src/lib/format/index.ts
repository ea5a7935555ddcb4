/** Every number, date and school year a page shows goes through these, per locale. */
export { formatCurrency, formatNumber, formatPercent, formatScore, formatSignedChange, SCORE_DECIMALS } from './number.ts';
export { formatDate, formatSchoolYear } from './date.ts';
export { formatList } from './list.ts';
export { formatOrdinal } from './ordinal.ts';
export { formatValue } from './value.ts';

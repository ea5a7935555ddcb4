import { t } from '../i18n/t.ts';
import { dateFormat } from './intl-cache.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SCHOOL_YEAR = /^(\d{4})-(\d{2})$/;

/** '2025-09-15' → "September 15, 2025". In UTC, so the day never shifts with the build machine's zone. */
export function formatDate(isoDate: string, locale: string): string {
  const match = ISO_DATE.exec(isoDate);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Date.UTC rolls 2025-02-30 over to March; a date that does not read back the same is not a date.
  if (!date || date.toISOString().slice(0, 10) !== isoDate) {
    throw new Error(`formatDate: expected a date like 2025-09-15, got "${isoDate}"`);
  }
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** '2023-24' → "2023–24": the join is the locale's template, an en dash in English. */
export function formatSchoolYear(year: string, locale: string): string {
  const match = SCHOOL_YEAR.exec(year);
  const start = match?.[1];
  const end = match?.[2];
  if (start === undefined || end === undefined || (Number(start) + 1) % 100 !== Number(end)) {
    throw new Error(`formatSchoolYear: expected a school year like 2023-24, got "${year}"`);
  }
  return t(locale, 'format.school_year', { start, end });
}

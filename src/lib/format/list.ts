import { listFormat } from './intl-cache.ts';

/** "A, B and C", in the locale's own words and punctuation. */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale).format(items);
}

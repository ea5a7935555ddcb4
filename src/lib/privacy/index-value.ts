import type { PublishedCell } from './suppress.ts';

/**
 * The value a published cell enters the index with, and every rank-based use of it: the
 * exact value, or a coded range at its published bound ("1% or less" enters as 1), so
 * coding a small count does not take a school out of the index. Hidden and missing cells
 * have none.
 */
export function indexValue(cell: PublishedCell | undefined): number | null {
  if (!cell) return null;
  return cell.status === 'ok' || cell.status === 'coded_low' || cell.status === 'coded_high' ? cell.value : null;
}

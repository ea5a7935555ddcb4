import type { IndexMethod } from './method.ts';

/**
 * Whether each indicator's part of a school's composite aggregate can be stated exactly:
 * only when every step between indicator and composite aggregate is a weighted sum of the
 * step before. Re-normalizing domain or composite values across schools, or rounding a
 * domain's aggregate (or, when the composite reads it, its score), breaks that.
 * Rounding the indicators themselves does not: the aggregates are built from the rounded values.
 */
export function contributionsAreAdditive(method: IndexMethod): boolean {
  const { domains, composite } = method;
  if (domains.normalization !== 'none' || composite.normalization !== 'none') return false;
  if (domains.round_aggregate !== null || composite.round_aggregate !== null) return false;
  return composite.input === 'aggregate' || domains.round === null;
}

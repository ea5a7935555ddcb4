import type { EntityScore } from './types.ts';
import { roundHalfAwayFromZero } from './rounding.ts';

export interface ScoreChange {
  /** current score − previous score. */
  scoreChange: number | null;
  /** previous rank − current rank: positive means the school moved up toward rank 1. */
  rankChange: number | null;
}

const MAX_DECIMALS = 12;

/** Decimal places of a number's shortest written form: 52.1 → 1, 1e-7 → 7. */
function decimalPlaces(x: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

/**
 * Year-over-year change for each school of the current year (keyed by id). Null when either
 * year has no published score or rank for it, including schools new this year.
 * The difference is rounded to the decimals of the scores, so 57.3 − 52.1 is 5.2 and not
 * 5.199999999999996.
 */
export function computeScoreChanges(previous: readonly EntityScore[], current: readonly EntityScore[]): Map<string, ScoreChange> {
  const previousById = new Map(previous.map((e) => [e.id, e.composite]));
  const changes = new Map<string, ScoreChange>();
  for (const entity of current) {
    const before = previousById.get(entity.id);
    const now = entity.composite;
    let scoreChange: number | null = null;
    if (before?.score != null && now.score !== null) {
      const digits = Math.min(MAX_DECIMALS, Math.max(decimalPlaces(before.score), decimalPlaces(now.score)));
      scoreChange = roundHalfAwayFromZero(now.score - before.score, digits);
    }
    const rankChange = before?.rank != null && now.rank !== null ? before.rank - now.rank : null;
    changes.set(entity.id, { scoreChange, rankChange });
  }
  return changes;
}

import type { IndexMethod } from './method.ts';
import { countsStrictlyBelow } from './percentile-rank.ts';

export type LevelsMethod = NonNullable<IndexMethod['levels']>;

/**
 * Sorts scored schools into levels, 1 = lowest scores.
 * `quantiles`: level = min(K, floor(PERCENTRANK.INC × K) + 1), so tied scores share a level
 * and the top score is always in level K. `cuts`: level = 1 + number of cut points ≤ score.
 */
export function assignLevels(scores: readonly (number | null)[], levels: LevelsMethod): (number | null)[] {
  if (levels.method === 'cuts') {
    return scores.map((s) => (s === null ? null : cutLevel(s, levels.cuts)));
  }
  const scored = scores.filter((s): s is number => s !== null);
  const below = countsStrictlyBelow(scored);
  const levelOf = new Map<number, number>();
  scored.forEach((score, i) => levelOf.set(score, quantileLevel(below[i] as number, scored.length, levels.count)));
  return scores.map((s) => (s === null ? null : (levelOf.get(s) ?? null)));
}

/**
 * The level `assignLevels` gives `score`, one of `scores`, without sorting them: when one
 * school's score is all that is asked, an O(N) count of the scores below it is enough.
 */
export function levelOfScore(score: number, scores: readonly (number | null)[], levels: LevelsMethod): number {
  let scored = 0;
  let below = 0;
  for (const s of scores) {
    if (s === null) continue;
    scored += 1;
    if (s < score) below += 1;
  }
  return levelAmong(score, below, scored, levels);
}

/** The level of `score` when `below` of the `scored` schools (it among them) score less than it. */
export function levelAmong(score: number, below: number, scored: number, levels: LevelsMethod): number {
  return levels.method === 'cuts' ? cutLevel(score, levels.cuts) : quantileLevel(below, scored, levels.count);
}

function cutLevel(score: number, cuts: readonly number[]): number {
  return 1 + cuts.filter((cut) => cut <= score).length;
}

/**
 * floor(count / (N − 1) × K), computed in whole numbers so that a school exactly on a
 * boundary (p × K a whole number) lands in the upper level by construction, not by float luck.
 */
function quantileLevel(countBelow: number, n: number, count: number): number {
  if (n === 1) return count;
  return Math.min(count, Math.floor((countBelow * count) / (n - 1)) + 1);
}

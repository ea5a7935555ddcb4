import { bisectLeft } from 'd3';
import type { ScoresByYear } from '../index/scores-by-year.ts';

/** Where a domain score stands among the year's schools with one: how many are lower, of how many. */
export type DomainPosition = (year: string, domainId: string, score: number) => { below: number; of: number };

/**
 * Each year's domain scores sorted once, so every school's position is a binary search: a
 * position, not a z-score, is what a family can read ("more need than 41 of 58 schools").
 */
export function domainPositions(scores: ScoresByYear, years: readonly string[], domainIds: readonly string[]): DomainPosition {
  const sorted = new Map<string, number[]>();
  for (const year of years) {
    const entities = scores.entities(year);
    for (const id of domainIds) {
      const values = entities.flatMap((e) => {
        const score = e.domains[id]?.score;
        return score === null || score === undefined ? [] : [score];
      });
      sorted.set(
        `${year}\u0000${id}`,
        values.sort((a, b) => a - b),
      );
    }
  }
  return (year, domainId, score) => {
    const values = sorted.get(`${year}\u0000${domainId}`) ?? [];
    return { below: bisectLeft(values, score), of: values.length };
  };
}

import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../src/lib/index/rank.ts';

describe('competitionRanks', () => {
  it('ranks highest first and gives ties the best shared rank (1, 2, 2, 4)', () => {
    expect(competitionRanks([50, 90, 70, 70])).toEqual([4, 1, 2, 2]);
  });

  it('skips as many places as there are tied schools', () => {
    expect(competitionRanks([10, 10, 10, 5, 20])).toEqual([2, 2, 2, 5, 1]);
  });

  it('leaves schools without a score unranked and out of everyone else’s count', () => {
    expect(competitionRanks([null, 3, null, 8])).toEqual([null, 2, null, 1]);
  });

  it('treats scores that differ in the last decimal as different', () => {
    expect(competitionRanks([76.1, 76.0, 76.1])).toEqual([1, 3, 1]);
  });
});

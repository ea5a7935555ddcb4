import { describe, expect, it } from 'vitest';
import { computeScoreChanges } from '../../src/lib/index/changes.ts';
import type { EntityScore } from '../../src/lib/index/types.ts';

function scored(id: string, score: number | null, rank: number | null): EntityScore {
  return {
    id,
    indicators: {},
    domains: {},
    composite: {
      status: score === null ? 'insufficient_data' : 'ok',
      coverage: 1,
      aggregate: score,
      normalized: score,
      score,
      rank,
      level: null,
    },
  };
}

describe('computeScoreChanges', () => {
  const previous = [scored('a', 52.1, 3), scored('b', 80, 1), scored('c', null, null), scored('gone', 10, 4)];
  const current = [scored('a', 57.3, 1), scored('b', 70, 2), scored('c', 40, 3), scored('new', 20, 4)];
  const changes = computeScoreChanges(previous, current);

  it('gives current − previous score, without float noise, and previous − current rank', () => {
    expect(changes.get('a')).toEqual({ scoreChange: 5.2, rankChange: 2 });
    expect(changes.get('b')).toEqual({ scoreChange: -10, rankChange: -1 });
  });

  it('is null when either year has no score', () => {
    expect(changes.get('c')).toEqual({ scoreChange: null, rankChange: null });
    expect(changes.get('new')).toEqual({ scoreChange: null, rankChange: null });
  });

  it('has an entry for each current school only', () => {
    expect([...changes.keys()]).toEqual(['a', 'b', 'c', 'new']);
  });

  it('keeps the precision of unrounded scores', () => {
    const precise = computeScoreChanges([scored('x', 0.1234567, 1)], [scored('x', 0.2, 1)]);
    expect(precise.get('x')?.scoreChange).toBe(0.0765433);
  });
});

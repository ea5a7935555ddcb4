import { describe, expect, it } from 'vitest';
import { strengthsAndChallenges, type FindingCell, type FindingIndicator } from '../../src/lib/site/strengths.ts';

const ok = (value: number, denominator: number | null = 400): FindingCell => ({ value, status: 'ok', denominator });
const measure = (
  id: string,
  kind: FindingIndicator['kind'],
  direction: FindingIndicator['direction'] = 'higher_is_better',
): FindingIndicator => ({
  id,
  kind,
  direction,
  rate: true,
});

// The district's values of every measure: 40, 50, 60, 70, 80; sample SD = sqrt(250) ≈ 15.8.
const district = () => [40, 50, 60, 70, 80];

describe('strengths and challenges', () => {
  it('names outcome and resource measures far from the peers, each way, never a context measure', () => {
    const indicators = [
      measure('poverty', 'context'),
      measure('proficient', 'outcome'),
      measure('absent', 'outcome', 'lower_is_better'),
      measure('teachers', 'resource'),
      measure('climate', 'climate'),
    ];
    // Peers' median 60 everywhere; this school: 80 (proficient, +1.26 SD, better),
    // 80 (absent: higher is worse), 62 (teachers: 0.13 SD, too small), 95 (poverty and climate: never named).
    const own: Record<string, FindingCell> = { poverty: ok(95), proficient: ok(80), absent: ok(80), teachers: ok(62), climate: ok(95) };
    const found = strengthsAndChallenges(indicators, {
      own: (id) => own[id],
      peers: () => [ok(50), ok(60), ok(70)],
      district,
    });
    expect(found.strengths.map((f) => f.indicatorId)).toEqual(['proficient']);
    expect(found.strengths[0]).toMatchObject({ value: 80, peerMedian: 60, peers: 3, difference: 20 });
    expect(found.strengths[0]?.effect).toBeCloseTo(20 / Math.sqrt(250), 12);
    expect(found.challenges.map((f) => f.indicatorId)).toEqual(['absent']);
    expect(found.challenges[0]?.effect).toBeCloseTo(-20 / Math.sqrt(250), 12);
  });

  it('never reads a coded, hidden or missing cell, of the school or of a peer', () => {
    const indicators = [measure('proficient', 'outcome')];
    const coded: FindingCell = { value: 95, status: 'coded_high', denominator: 400 };
    const hidden: FindingCell = { value: null, status: 'suppressed', denominator: null };
    expect(strengthsAndChallenges(indicators, { own: () => coded, peers: () => [ok(50), ok(60), ok(70)], district }).strengths).toEqual([]);
    // Two exact peers are too few: the coded and hidden ones do not count.
    expect(
      strengthsAndChallenges(indicators, { own: () => ok(95), peers: () => [ok(50), ok(60), coded, hidden], district }).strengths,
    ).toEqual([]);
  });

  it('leaves out a difference a small school could show by chance', () => {
    const indicators = [measure('proficient', 'outcome')];
    const peers = () => [ok(50), ok(60), ok(70)];
    // 10 points above a median of 60 is 0.63 SD. At 40 students one standard error is
    // sqrt(0.6 × 0.4 / 40) = 7.7 points, so 10 is within 2 of them; at 400 it is 2.4 points.
    expect(strengthsAndChallenges(indicators, { own: () => ok(70, 40), peers, district }).strengths).toEqual([]);
    expect(strengthsAndChallenges(indicators, { own: () => ok(70, 400), peers, district }).strengths).toHaveLength(1);
    // Without a number of students a rate has no noise test to pass.
    expect(strengthsAndChallenges(indicators, { own: () => ok(70, null), peers, district }).strengths).toEqual([]);
  });

  it('keeps the three largest each way', () => {
    const indicators = ['a', 'b', 'c', 'd'].map((id) => ({ ...measure(id, 'outcome'), rate: false }));
    const own: Record<string, FindingCell> = { a: ok(70), b: ok(90), c: ok(80), d: ok(100) };
    const found = strengthsAndChallenges(indicators, { own: (id) => own[id], peers: () => [ok(50), ok(60), ok(70)], district });
    expect(found.strengths.map((f) => f.indicatorId)).toEqual(['d', 'b', 'c']);
  });
});

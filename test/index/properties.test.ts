import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndexScores } from '../../src/lib/index/compute.ts';
import type { EntityScore, IndexInput } from '../../src/lib/index/types.ts';
import { additive, inputArb, withMethod } from './arbitraries.ts';

const RUNS = { seed: 42, numRuns: 200 } as const;

function byId(scores: readonly EntityScore[]): Map<string, EntityScore> {
  return new Map(scores.map((s) => [s.id, s]));
}

function close(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Each indicator's share of the composite aggregate per unit of its normalized value, from
 * the weights and the coverages the engine reports: Σ share × value must be the aggregate.
 */
function contributionShare(input: IndexInput, score: EntityScore, indicatorId: string): number {
  const indicator = input.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new Error(indicatorId);
  const domain = input.domains.find((d) => d.id === indicator.domain);
  const domainScore = score.domains[indicator.domain];
  if (!domain || !domainScore) throw new Error(indicator.domain);
  const domainTotal = input.indicators.filter((i) => i.domain === domain.id).reduce((sum, i) => sum + i.weight, 0);
  const compositeTotal = input.domains.reduce((sum, d) => sum + d.weight, 0);
  const { domains, composite } = input.method;
  // weighted_mean divides by the present weight; sum multiplies by total / present weight.
  const inDomain = (indicator.weight / (domainScore.coverage * domainTotal)) * (domains.aggregation === 'sum' ? domainTotal : 1);
  const inComposite =
    (domain.weight / (score.composite.coverage * compositeTotal)) * (composite.aggregation === 'sum' ? compositeTotal : 1);
  return inDomain * inComposite;
}

describe('index engine properties', () => {
  it('reversing an indicator’s direction mirrors its normalized value and its contribution, and nothing else', () => {
    const checked = { percentileOrMinmax: 0, zscoreOrNone: 0 };
    fc.assert(
      fc.property(inputArb, fc.nat(), (generated, pick) => {
        const input = withMethod(generated, (m) => additive({ ...m, indicators: { ...m.indicators, round: null } }));
        const target = input.indicators[pick % input.indicators.length];
        if (!target) throw new Error('no indicator');
        const reversed: IndexInput = {
          ...input,
          indicators: input.indicators.map((i) =>
            i === target ? { ...i, direction: i.direction === 'higher_is_better' ? 'lower_is_better' : 'higher_is_better' } : i,
          ),
        };
        const normalization = input.method.indicators.normalization;
        const mirrorsAroundHalf = normalization === 'percentile' || normalization === 'minmax';
        const after = byId(computeIndexScores(reversed));
        for (const before of computeIndexScores(input)) {
          const flipped = after.get(before.id) as EntityScore;
          for (const indicator of input.indicators) {
            const b = before.indicators[indicator.id];
            const a = flipped.indicators[indicator.id];
            if (indicator !== target) {
              expect(a?.normalized).toBe(b?.normalized);
              continue;
            }
            if (b?.normalized == null) {
              expect(a?.normalized).toBeNull();
              continue;
            }
            const mirrored = mirrorsAroundHalf ? 1 - b.normalized : -b.normalized;
            expect(close(a?.normalized as number, mirrored, 1e-12)).toBe(true);
            if (b.contribution === null) {
              expect(a?.contribution).toBeNull();
              continue;
            }
            // z-scores: the contribution is negated; percentiles: share − contribution (share × (1 − p)).
            const share = contributionShare(input, before, indicator.id);
            const expected = mirrorsAroundHalf ? share - b.contribution : -b.contribution;
            expect(close(a?.contribution as number, expected)).toBe(true);
            checked[mirrorsAroundHalf ? 'percentileOrMinmax' : 'zscoreOrNone'] += 1;
          }
        }
      }),
      RUNS,
    );
    // The generator must actually reach contributions of both kinds, or the property says nothing.
    expect(checked.percentileOrMinmax).toBeGreaterThan(100);
    expect(checked.zscoreOrNone).toBeGreaterThan(100);
  });

  it('scaling every indicator and domain weight by a power of two changes nothing (weighted means)', () => {
    // Powers of two scale floats exactly, so even results rounded at a half stay identical.
    fc.assert(
      fc.property(inputArb, fc.constantFrom(2, 4, 8, 1024), (generated, factor) => {
        const input = withMethod(generated, (m) => ({
          ...m,
          domains: { ...m.domains, aggregation: 'weighted_mean' },
          composite: { ...m.composite, aggregation: 'weighted_mean' },
        }));
        const scaled: IndexInput = {
          ...input,
          domains: input.domains.map((d) => ({ ...d, weight: d.weight * factor })),
          indicators: input.indicators.map((i) => ({ ...i, weight: i.weight * factor })),
        };
        expect(computeIndexScores(scaled)).toEqual(computeIndexScores(input));
      }),
      RUNS,
    );
  });

  it('scaling weights by any positive constant changes no weighted-mean aggregate beyond float precision', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (generated, factor) => {
        const input = withMethod(generated, (m) => ({
          ...additive(m),
          domains: { ...additive(m).domains, aggregation: 'weighted_mean' },
          composite: { ...additive(m).composite, aggregation: 'weighted_mean', round: null },
          scale: { ...m.scale, method: 'none', round: null },
        }));
        const scaled: IndexInput = {
          ...input,
          domains: input.domains.map((d) => ({ ...d, weight: d.weight * factor })),
          indicators: input.indicators.map((i) => ({ ...i, weight: i.weight * factor })),
        };
        const after = byId(computeIndexScores(scaled));
        for (const before of computeIndexScores(input)) {
          const score = after.get(before.id)?.composite.score ?? null;
          if (before.composite.score === null) expect(score).toBeNull();
          else expect(close(score as number, before.composite.score)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('with sum aggregation, scaling weights by a power of two changes no published score when a later stage rescales', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom(2, 4, 1024),
        fc.constantFrom('zscore', 'minmax', 'percentile' as const),
        (generated, factor, compositeNormalization) => {
          const input = withMethod(generated, (m) => ({
            ...m,
            domains: { ...m.domains, aggregation: 'sum', round_aggregate: null, normalization: 'none', round: null },
            composite: { ...m.composite, aggregation: 'sum', round_aggregate: null, normalization: compositeNormalization },
          }));
          const scaled: IndexInput = {
            ...input,
            domains: input.domains.map((d) => ({ ...d, weight: d.weight * factor })),
            indicators: input.indicators.map((i) => ({ ...i, weight: i.weight * factor })),
          };
          const published = (scores: EntityScore[]) =>
            scores.map(({ id, composite }) => ({ id, score: composite.score, rank: composite.rank, level: composite.level }));
          expect(published(computeIndexScores(scaled))).toEqual(published(computeIndexScores(input)));
        },
      ),
      RUNS,
    );
  });

  it('reordering the schools changes no school’s result', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.entities], { minLength: input.entities.length })),
        ),
        ([input, shuffled]) => {
          const reordered = computeIndexScores({ ...input, entities: shuffled });
          expect(reordered.map((s) => s.id)).toEqual(shuffled.map((e) => e.id));
          expect(byId(reordered)).toEqual(byId(computeIndexScores(input)));
        },
      ),
      RUNS,
    );
  });

  it('percentile-normalized values lie in [0, 1]', () => {
    fc.assert(
      fc.property(inputArb, (generated) => {
        const input = withMethod(generated, (m) => ({
          ...m,
          indicators: { ...m.indicators, normalization: 'percentile' },
          domains: { ...m.domains, normalization: 'percentile' },
          composite: { ...m.composite, normalization: 'percentile' },
        }));
        for (const s of computeIndexScores(input)) {
          const values = [
            ...Object.values(s.indicators).map((i) => i.normalized),
            ...Object.values(s.domains).map((d) => d.score),
            s.composite.normalized,
          ];
          for (const v of values) if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('scaled scores lie in [scale.min, scale.max], ranks and levels follow the scores', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom('minmax', 'percentile' as const), (generated, method) => {
        const input = withMethod(generated, (m) => ({ ...m, scale: { ...m.scale, method } }));
        const scores = computeIndexScores(input);
        const { min, max } = input.method.scale;
        const published = scores.map((s) => s.composite.score).filter((v): v is number => v !== null);
        for (const s of scores) {
          const { score, rank, level } = s.composite;
          if (score === null) {
            expect([rank, level]).toEqual([null, null]);
            continue;
          }
          expect(score >= min && score <= max).toBe(true);
          expect(rank).toBe(1 + published.filter((other) => other > score).length);
          if (input.method.levels) {
            for (const other of scores) {
              if (other.composite.score !== null && other.composite.score > score) {
                expect((other.composite.level as number) >= (level as number)).toBe(true);
              }
            }
          } else {
            expect(level).toBeNull();
          }
        }
      }),
      RUNS,
    );
  });

  it('contributions add up to the composite aggregate, and only present indicators of scored domains have one', () => {
    let scoredSchools = 0;
    fc.assert(
      fc.property(inputArb, (generated) => {
        const input = withMethod(generated, additive);
        for (const s of computeIndexScores(input)) {
          const composite = s.composite;
          let sum = 0;
          for (const indicator of input.indicators) {
            const { normalized, contribution } = s.indicators[indicator.id] ?? {};
            const counted = composite.status === 'ok' && s.domains[indicator.domain]?.status === 'ok' && normalized !== null;
            expect(contribution !== null).toBe(counted);
            sum += contribution ?? 0;
          }
          if (composite.status === 'ok') {
            expect(close(sum, composite.aggregate as number)).toBe(true);
            scoredSchools += 1;
          }
        }
      }),
      RUNS,
    );
    expect(scoredSchools).toBeGreaterThan(200);
  });

  it('a missing value stays missing: no normalized value, no contribution', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const s of computeIndexScores(input)) {
          for (const indicator of input.indicators) {
            if (input.values[s.id]?.[indicator.id] == null) {
              expect(s.indicators[indicator.id]).toEqual({ value: null, normalized: null, contribution: null });
            }
          }
        }
      }),
      RUNS,
    );
  });
});

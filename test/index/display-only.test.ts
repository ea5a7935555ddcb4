import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndexScores } from '../../src/lib/index/compute.ts';
import type { EntityScore, IndexIndicator, IndexInput } from '../../src/lib/index/types.ts';
import { differences } from './approx.ts';
import { inputArb } from './arbitraries.ts';
import { goldenCases, goldenInput } from './golden-cases.ts';

/**
 * A display-only indicator (`scored: false`) is shown on pages but is no part of the index:
 * adding one, with a value for every school, must leave every score exactly as it was.
 */
const cases = goldenCases;

/**
 * The input with a display-only indicator in `domain`, listed first so it would shift every
 * other indicator's position if the engine counted it, with a large weight it must ignore and
 * values far from the others' that every school has.
 */
function withDisplayOnly(input: IndexInput, domain: string): IndexInput {
  const extra: IndexIndicator = { id: 'display_only', domain, direction: 'higher_is_better', weight: 50, scored: false };
  return {
    ...input,
    indicators: [extra, ...input.indicators],
    values: Object.fromEntries(
      input.entities.map((entity, e) => [entity.id, { ...input.values[entity.id], display_only: (e + 1) * 1000 - e * e }]),
    ),
  };
}

/** Everything the index publishes of a school: its composite, rank, level and domain scores. */
const published = (scores: readonly EntityScore[]) => scores.map(({ id, domains, composite }) => ({ id, domains, composite }));

describe('a display-only indicator', () => {
  it('finds the golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(cases)('added to golden case %s', (name) => {
    const input = goldenInput(name);
    it.each(input.domains.map((d) => d.id))('in domain %s leaves every composite, domain score, rank and level identical', (domain) => {
      const before = computeIndexScores(input);
      const after = computeIndexScores(withDisplayOnly(input, domain));
      expect(differences(published(after), published(before), 1e-12)).toEqual([]);
      // Not scored, so it has no normalized value or contribution to show either.
      expect(after.every((s) => !('display_only' in s.indicators))).toBe(true);
      expect(after.map((s) => s.indicators)).toEqual(before.map((s) => s.indicators));
    });
  });

  it('changes nothing in any generated index', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, pick) => {
        const domain = input.domains[pick % input.domains.length]?.id ?? '';
        expect(computeIndexScores(withDisplayOnly(input, domain))).toEqual(computeIndexScores(input));
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it('cannot be the only indicator of a domain', () => {
    const input = goldenInput(cases[0] ?? '');
    const lonely: IndexInput = {
      ...withDisplayOnly(input, 'lonely'),
      domains: [...input.domains, { id: 'lonely', weight: 1 }],
    };
    expect(() => computeIndexScores(lonely)).toThrow(/domain "lonely" has no indicators to score/);
  });
});

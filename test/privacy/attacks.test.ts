import { describe, expect, it } from 'vitest';
import { ATTACKS } from '../../src/lib/privacy/attack.ts';
import { assertNothingPinned, attackDataset, PrivacyError } from '../../src/lib/privacy/check.ts';
import { primarySuppression, suppressDataset } from '../../src/lib/privacy/suppress.ts';
import { computeSiteData } from '../../src/lib/site/site-data.ts';
import { familiesSite, SENTINEL } from './families-fixture.ts';

// Each attack of the issue, mounted on the same fixture: it works on primary suppression alone, and fails on every rule.
describe('the attacks work without the rules and fail with them', () => {
  const raw = familiesSite();
  const before = attackDataset(primarySuppression(raw));
  const after = attackDataset(suppressDataset(raw));
  const pinned = (reports: typeof before, attack: string) => reports.find((r) => r.attack === attack)?.pinned ?? [];

  it.each(ATTACKS)('%s', (attack) => {
    expect(pinned(before, attack).length).toBeGreaterThan(0);
    expect(pinned(after, attack)).toEqual([]);
    expect(after.find((r) => r.attack === attack)?.tried).toBeGreaterThan(0);
  });

  it("recovers Birch's one Pacific Islander student as 603 minus the others, and that student's absence", () => {
    expect(pinned(before, 'enrollment: family sum')).toContainEqual({
      cell: 'Birch Middle (0102) 2023-24, enrollment of pacific_islander',
      relation: 'family sum',
      range: [1, 1],
    });
    expect(pinned(before, 'rates: family sum').map((f) => [f.cell, f.range])).toContainEqual([
      'Birch Middle (0102) 2023-24, absent for pacific_islander',
      [1, 1],
    ]);
  });

  it('gives back the planted English-learner counts 7, 3 and 5 from their complements, and their absence', () => {
    const counts = pinned(before, 'enrollment: complement pair').filter((f) => f.cell.endsWith('enrollment of english_learner'));
    expect(counts.map((f) => f.range)).toEqual([
      [7, 7],
      [3, 3],
      [5, 5],
    ]);
    const rates = pinned(before, 'rates: complement pair').filter((f) => f.cell.endsWith('absent for english_learner'));
    expect(rates.map((f) => f.range)).toEqual([
      [3, 3],
      [1, 1],
      [2, 2],
    ]);
  });

  it('fails the build naming the cell and the relation, and passes it with the rules', () => {
    expect(() => assertNothingPinned(primarySuppression(raw))).toThrow(
      /Birch Middle \(0102\) 2023-24, enrollment of pacific_islander: family sum pins it to 1–1/,
    );
    expect(() => assertNothingPinned(suppressDataset(raw))).not.toThrow();
    // Said as a privacy problem, in words, so the build prints it without a stack trace.
    expect(() => assertNothingPinned(primarySuppression(raw))).toThrow(PrivacyError);
    expect(() => assertNothingPinned(primarySuppression(raw))).toThrow(/nothing was published:\n- Birch Middle/);
  });
});

describe('sentinels', () => {
  it('3 of 7 English learners absent (42.857…%) appears nowhere in the output', () => {
    const raw = familiesSite();
    expect(raw.measures.some((m) => m.value === SENTINEL)).toBe(true);
    const { site, schoolDetails } = computeSiteData(suppressDataset(raw));
    const output = JSON.stringify({ site, schools: [...schoolDetails()] });
    expect(output).toContain('Alder Elementary');
    expect(output).not.toMatch(/42\.8/);
    expect(output).not.toMatch(/57\.1/);
  });
});

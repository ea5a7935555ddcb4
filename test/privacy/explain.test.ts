import { describe, expect, it } from 'vitest';
import { explainPrivacy, repositoryWarning } from '../../src/lib/privacy/explain.ts';

describe('the plain-language privacy text', () => {
  it("states the site's own thresholds", () => {
    const text = explainPrivacy({ min_group_size: 12, small_count: 3 }, 'en')
      .flatMap((s) => s.text)
      .join(' ');
    expect(text).toContain('fewer than 12 students is hidden');
    expect(text).toContain('at least 3 students have the outcome');
    expect(text).not.toContain('10');
  });

  it('says what it does not promise, and that the site tracks no one', () => {
    const sections = explainPrivacy({ min_group_size: 10, small_count: 5 }, 'en');
    expect(sections.map((s) => s.heading)).toEqual(['What is hidden, and why', 'The rules', 'What this does and does not promise']);
    expect(sections[2]?.text.join(' ')).toMatch(/No rule can promise.*tracks no one/s);
  });

  it('warns that data/ holds raw small counts', () => {
    expect(repositoryWarning('en')).toMatch(/data\/ folder holds raw counts.*Keep the repository private/);
  });
});

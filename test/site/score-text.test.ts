import { describe, expect, it } from 'vitest';
import { IndexMethodSchema } from '../../src/lib/index/method.ts';
import { domainScoreNote, scoreMeaning } from '../../src/lib/site/score-text.ts';

const method = (extra: object) => IndexMethodSchema.parse({ title: 'Index', ...extra });

describe('sentences about scores follow the configured method', () => {
  it('say which way the index points', () => {
    expect(scoreMeaning(method({}), 'en')).toBe('A higher score means greater need, not a worse school.');
    expect(scoreMeaning(method({ orientation: 'performance' }), 'en')).toBe('A higher score means stronger results.');
  });

  it('explain a domain score on the scale it ends up on', () => {
    expect(domainScoreNote(method({}), 'en')).toMatch(/^A domain score of 0 is the district average; positive scores mean more need/);
    expect(domainScoreNote(method({ orientation: 'performance' }), 'en')).toMatch(/positive scores mean stronger results than average/);
    expect(domainScoreNote(method({ indicators: { normalization: 'minmax' } }), 'en')).toMatch(/^Domain scores run from 0 to 1/);
    // A re-normalized domain is on its own scale, whatever the indicators' was.
    expect(domainScoreNote(method({ indicators: { normalization: 'minmax' }, domains: { normalization: 'zscore' } }), 'en')).toMatch(
      /^A domain score of 0 is the district average/,
    );
    // A weighted sum of 0..1 values can pass 1: only its direction is said.
    expect(domainScoreNote(method({ indicators: { normalization: 'percentile' }, domains: { aggregation: 'sum' } }), 'en')).toBe(
      'A higher domain score means more need.',
    );
    expect(domainScoreNote(method({ indicators: { normalization: 'none' } }), 'en')).toMatch(/own values/);
  });
});

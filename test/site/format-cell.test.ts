import { describe, expect, it } from 'vitest';
import { suppressDataset } from '../../src/lib/privacy/suppress.ts';
import { formatCell } from '../../src/lib/site/format-cell.ts';
import { parseTiny } from '../data/site-fixture.ts';

describe('a suppressed cell says truly why it is not shown', () => {
  const cell = (reason: string | null) => formatCell({ value: null, status: 'suppressed', reason }, 'percent', 1, 'en', 10);

  it('a group below the minimum size', () => {
    expect(cell('fewer than 10 students')).toBe('Fewer than 10 students: not shown to protect privacy');
  });

  it('a subgroup whose size the data does not give', () => {
    expect(cell('cannot confirm at least 10 students')).toBe(
      'Group size not published, so it may be fewer than 10 students: not shown to protect privacy',
    );
  });

  it("the source's own mask, in its words", () => {
    expect(cell('insufficient data (NCDPI mask code 4)')).toBe('Not published by the source: insufficient data (NCDPI mask code 4)');
  });

  it('uses the reasons suppressDataset writes', () => {
    const reasons = new Set(
      suppressDataset(parseTiny())
        .measures.filter((m) => m.status === 'suppressed')
        .map((m) => m.reason),
    );
    expect([...reasons].map((reason) => cell(reason))).toContain('Fewer than 10 students: not shown to protect privacy');
  });
});

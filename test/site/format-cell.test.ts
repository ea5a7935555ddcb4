import { describe, expect, it } from 'vitest';
import { suppressDataset } from '../../src/lib/privacy/suppress.ts';
import type { SuppressionReason } from '../../src/lib/privacy/reasons.ts';
import { formatCell } from '../../src/lib/site/format-cell.ts';
import { parseTiny } from '../data/site-fixture.ts';

const PRIVACY = 'Not shown to protect privacy: fewer than 10 students, or a value that would reveal such a group';

describe('a suppressed cell says truly why it is not shown', () => {
  const cell = (reason: SuppressionReason | null, min = 10) =>
    formatCell({ value: null, status: 'suppressed', reason }, 'percent', 1, 'en', min);

  it('a group below the minimum size, with the minimum the cell was judged by', () => {
    expect(cell({ code: 'small_group', min: 10 })).toBe(PRIVACY);
    expect(cell({ code: 'small_group', min: 12 }, 10)).toContain('fewer than 12 students');
  });

  it('a subgroup whose size the data does not give', () => {
    expect(cell({ code: 'unknown_group_size', min: 10 })).toBe(
      'Group size not published, so it may be fewer than 10 students: not shown to protect privacy',
    );
  });

  it("the source's own mask, in its words", () => {
    expect(cell({ code: 'source', text: 'insufficient data (NCDPI mask code 4)' })).toBe(
      'Not published by the source: insufficient data (NCDPI mask code 4)',
    );
  });

  it('a mask without words reads as privacy', () => {
    expect(cell(null)).toBe(PRIVACY);
  });

  it('uses the reasons suppressDataset writes', () => {
    const texts = suppressDataset(parseTiny())
      .measures.filter((m) => m.status === 'suppressed')
      .map((m) => cell(m.reason));
    expect(texts).toContain(PRIVACY);
  });
});

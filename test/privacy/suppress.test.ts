import { describe, expect, it } from 'vitest';
import { SuppressionReasonSchema } from '../../src/lib/privacy/reasons.ts';
import { primarySuppression, suppressDataset } from '../../src/lib/privacy/suppress.ts';
import { computeSiteData } from '../../src/lib/site/site-data.ts';
import { appendLine, parseTiny } from '../data/site-fixture.ts';

const find = <T extends { school_year: string; school_id: string; student_group: string }>(
  rows: T[],
  year: string,
  school: string,
  group: string,
  extra: (row: T) => boolean = () => true,
) => rows.find((r) => r.school_year === year && r.school_id === school && r.student_group === group && extra(r));

describe('primary suppression', () => {
  it('removes a rate whose denominator is below the minimum group size, keeping its status and reason', () => {
    const published = suppressDataset(parseTiny());
    expect(find(published.measures, '2022-23', '0101', 'asian')).toEqual({
      school_year: '2022-23',
      school_id: '0101',
      indicator_id: 'absent',
      student_group: 'asian',
      value: null,
      denominator: null,
      status: 'suppressed',
      reason: { code: 'small_group', min: 10 },
    });
  });

  it('keeps a rate whose denominator reaches the minimum exactly', () => {
    const raw = parseTiny({
      'data/measures.csv': (t) => t.replace('2022-23,0101,absent,asian,1,6,,,', '2022-23,0101,absent,asian,5,10,,,'),
    });
    expect(find(suppressDataset(raw).measures, '2022-23', '0101', 'asian')).toMatchObject({ value: 50, denominator: 10, status: 'ok' });
  });

  it('suppresses small enrollment counts', () => {
    const published = suppressDataset(parseTiny());
    expect(find(published.enrollment, '2023-24', '0101', 'asian')).toMatchObject({ value: null, status: 'suppressed' });
    expect(find(published.enrollment, '2023-24', '0101', 'all')).toMatchObject({ value: 310, status: 'ok' });
  });

  it("judges a value without a denominator by the group's enrollment, and suppresses a subgroup it cannot judge", () => {
    const raw = parseTiny({
      'data/measures.csv': (t) => appendLine('2023-24,0102,poverty,hispanic,,,20,,')(appendLine('2023-24,0101,poverty,asian,,,50,,')(t)),
    });
    const published = suppressDataset(raw).measures;
    expect(find(published, '2023-24', '0101', 'asian', (r) => r.indicator_id === 'poverty')).toMatchObject({
      value: null,
      status: 'suppressed',
      reason: { code: 'small_group', min: 10 },
    });
    expect(find(published, '2023-24', '0102', 'hispanic')).toMatchObject({
      value: null,
      status: 'suppressed',
      reason: { code: 'unknown_group_size', min: 10 },
    });
  });

  it('writes every reason as a code with its parameters, never as text', () => {
    const published = suppressDataset(parseTiny({ 'data/measures.csv': appendLine('2023-24,0102,poverty,hispanic,,,20,,') }));
    const reasons = [...published.enrollment, ...published.measures].flatMap((c) => (c.reason ? [c.reason] : []));
    expect(reasons.map((r) => r.code).sort()).toEqual(['small_group', 'small_group', 'small_group', 'source', 'unknown_group_size']);
    for (const reason of reasons) expect(SuppressionReasonSchema.parse(reason)).toEqual(reason);
  });

  it('does not suppress counts of staff', () => {
    const raw = parseTiny({
      'content/indicators/absent.md': (t) => t.replace('weight: 1', 'weight: 1\nsubject: staff'),
    });
    expect(find(suppressDataset(raw).measures, '2022-23', '0101', 'asian')).toMatchObject({ status: 'ok', denominator: 6 });
  });

  it("follows the site's minimum group size", () => {
    const raw = parseTiny({ 'content/site.md': (t) => t.replace('min_group_size: 10', 'min_group_size: 5') });
    expect(find(primarySuppression(raw).measures, '2022-23', '0101', 'asian')).toMatchObject({ status: 'ok' });
  });

  // Checked by `npm run typecheck`: if RawDataset were accepted, the directive would be unused, an error.
  it('makes raw data impossible to hand to the site computation', () => {
    const raw = parseTiny();
    // @ts-expect-error RawDataset is not publishable: the type system refuses it.
    const attempt = () => computeSiteData(raw);
    expect(typeof attempt).toBe('function');
  });
});

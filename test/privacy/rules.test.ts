import { describe, expect, it } from 'vitest';
import { attackDataset } from '../../src/lib/privacy/check.ts';
import { bandPercent, primarySuppression, suppressDataset, type PublishableDataset } from '../../src/lib/privacy/suppress.ts';
import { appendLine, issuesOf, parseTiny, tinySiteWith } from '../data/site-fixture.ts';
import { familiesSite } from './families-fixture.ts';

const cell = <T extends { school_year: string; school_id: string; student_group: string }>(rows: T[], school: string, group: string) =>
  rows.find((r) => r.school_year === '2023-24' && r.school_id === school && r.student_group === group);
const measure = (data: PublishableDataset, school: string, indicator: string, group: string) =>
  cell(
    data.measures.filter((m) => m.indicator_id === indicator),
    school,
    group,
  );

describe('site config', () => {
  it('refuses a minimum group size below 5', () => {
    const issues = issuesOf(tinySiteWith({ 'content/site.md': (t) => t.replace('min_group_size: 10', 'min_group_size: 4') }));
    expect(issues.map((i) => i.expected)).toContain('a minimum group size of at least 5 students');
  });

  it('counts a numerator of fewer than 5 as small unless the site says otherwise', () => {
    expect(parseTiny().site.small_count).toBe(5);
    expect(
      parseTiny({ 'content/site.md': (t) => t.replace('min_group_size: 10', 'min_group_size: 10\nsmall_count: 3') }).site.small_count,
    ).toBe(3);
  });
});

describe('small numerators', () => {
  const withAbsent = (line: string) =>
    suppressDataset(parseTiny({ 'data/measures.csv': (t) => appendLine(line)(t.replace('2023-24,0103,absent,all,90,900,,,\n', '')) }));

  it('codes an all-students rate in a band just wide enough for 5 students: 1% or less of 600 (0 to 6)', () => {
    expect(bandPercent(5, 600)).toBe(1);
    expect(bandPercent(5, 100)).toBe(5);
    expect(bandPercent(5, 2000)).toBe(1);
    const coded = measure(withAbsent('2023-24,0103,absent,all,3,600,,,'), '0103', 'absent', 'all');
    expect(coded).toMatchObject({ status: 'coded_low', value: 1, reason: null });
  });

  it('codes every value inside the band, so the band does not tell 5 apart from 6', () => {
    expect(measure(withAbsent('2023-24,0103,absent,all,6,600,,,'), '0103', 'absent', 'all')).toMatchObject({
      status: 'coded_low',
      value: 1,
    });
    expect(measure(withAbsent('2023-24,0103,absent,all,7,600,,,'), '0103', 'absent', 'all')).toMatchObject({ status: 'ok' });
  });

  it('never hides all students, even at 0% or 100%', () => {
    expect(measure(withAbsent('2023-24,0103,absent,all,0,300,,,'), '0103', 'absent', 'all')).toMatchObject({
      status: 'coded_low',
      value: 2,
    });
    expect(measure(withAbsent('2023-24,0103,absent,all,299,300,,,'), '0103', 'absent', 'all')).toMatchObject({
      status: 'coded_high',
      value: 98,
    });
  });

  it('codes a group rate with fewer than 5 students with the outcome in its band, and hides its complement to cover it', () => {
    // Cedar: 2 of 400 girls absent, "2% or less" (0 to 8 of them). The 88 of 500 boys and the 90 of
    // 900 in all would give the 2 back, so the boys' rate is hidden.
    const raw = parseTiny({
      'data/enrollment.csv': (t) => appendLine('2023-24,0103,male,500')(appendLine('2023-24,0103,female,400')(t)),
      'data/measures.csv': (t) => appendLine('2023-24,0103,absent,male,88,500,,,')(appendLine('2023-24,0103,absent,female,2,400,,,')(t)),
    });
    const data = suppressDataset(raw);
    expect(measure(data, '0103', 'absent', 'female')).toMatchObject({ status: 'coded_low', value: 2, reason: null });
    expect(measure(data, '0103', 'absent', 'male')).toMatchObject({ status: 'suppressed', reason: { code: 'small_group', min: 10 } });
    expect(attackDataset(data).flatMap((r) => r.pinned)).toEqual([]);
    // Left in sight, the boys' 17.6% gives the girls' count back exactly: the attack the rule stops.
    const shown = {
      ...data,
      measures: data.measures.map((m) =>
        m.school_id === '0103' && m.student_group === 'male'
          ? { ...m, status: 'ok' as const, value: 17.6, denominator: 500, reason: null }
          : m,
      ),
    };
    expect(attackDataset(shown as PublishableDataset).flatMap((r) => r.pinned.map((f) => [f.cell, f.range]))).toContainEqual([
      'Cedar High (0103) 2023-24, absent for female',
      [2, 2],
    ]);
  });

  it('hides a group rate whose band would cover most of the group, or that nothing else can cover', () => {
    // 1 of 10: "50% or less" says next to nothing; 2 of 40 with no other group in sight gives itself away.
    const raw = parseTiny({
      'data/enrollment.csv': (t) => appendLine('2023-24,0103,female,40')(appendLine('2023-24,0103,asian,10')(t)),
      'data/measures.csv': (t) => appendLine('2023-24,0103,absent,female,2,40,,,')(appendLine('2023-24,0103,absent,asian,1,10,,,')(t)),
    });
    const data = suppressDataset(raw);
    for (const group of ['asian', 'female'])
      expect(measure(data, '0103', 'absent', group)).toMatchObject({ status: 'suppressed', reason: { code: 'small_group', min: 10 } });
  });

  it("widens a source's narrower code to the band, which stays true", () => {
    const raw = parseTiny({
      'data/measures.csv': (t) => t.replace('2023-24,0103,absent,all,90,900,,,', '2023-24,0103,absent,all,,60,5,coded_low,'),
    });
    expect(measure(suppressDataset(raw), '0103', 'absent', 'all')).toMatchObject({ status: 'coded_low', value: 9 });
  });
});

describe('complementary suppression', () => {
  const published = suppressDataset(familiesSite());

  it('hides the next smallest count of a family until the hidden counts hold 10 students, with the same reason', () => {
    // Birch: Pacific Islander 1 alone would be 603 minus the others; American Indian (12) is hidden with it.
    expect(cell(published.enrollment, '0102', 'american_indian')).toMatchObject({
      value: null,
      status: 'suppressed',
      reason: { code: 'small_group', min: 10 },
    });
    expect(cell(published.enrollment, '0102', 'multiracial')).toMatchObject({ value: 41, status: 'ok' });
    // Alder: 0 + 7 + 3 + 0 already hold 10, so Hispanic (40) and multiracial (20) stay.
    expect(cell(published.enrollment, '0101', 'multiracial')).toMatchObject({ status: 'ok' });
  });

  it('hides both groups of a pair when one is small', () => {
    for (const school of ['0101', '0102', '0103'])
      expect(cell(published.enrollment, school, 'not_english_learner')).toMatchObject({ status: 'suppressed' });
  });

  it('hides rates until the hidden numerators and non-numerators each reach 5', () => {
    // Alder: Asian 1/7 and Black 1/3 hide 2 absent students. Multiracial 3/20 is coded ("25% or
    // less"), which covers nothing, so the next smallest exact rate, Hispanic's, is hidden to reach 5.
    expect(measure(published, '0101', 'absent', 'multiracial')).toMatchObject({ status: 'coded_low', value: 25 });
    const hidden = published.measures.filter(
      (m) => m.school_id === '0101' && m.school_year === '2023-24' && m.indicator_id === 'absent' && m.status === 'suppressed',
    );
    expect(hidden.map((m) => m.student_group)).toEqual(expect.arrayContaining(['asian', 'black', 'hispanic']));
    expect(attackDataset(published).flatMap((r) => r.pinned)).toEqual([]);
  });

  it('breaks ties by the order of the groups, so every build hides the same cells', () => {
    const raw = parseTiny({
      'data/enrollment.csv': (t) =>
        ['2023-24,0103,asian,5', '2023-24,0103,black,20', '2023-24,0103,hispanic,20', '2023-24,0103,white,855'].reduce(
          (text, line) => appendLine(line)(text),
          t,
        ),
    });
    const data = suppressDataset(raw);
    expect([cell(data.enrollment, '0103', 'black')?.status, cell(data.enrollment, '0103', 'hispanic')?.status]).toEqual([
      'suppressed',
      'ok',
    ]);
  });

  it("hides around a source's coded group value, which the family's sum would give back", () => {
    // Cedar: 50 of 900 absent, 47 of the 450 boys, so "5% or less" of the girls is 3.
    const raw = parseTiny({
      'data/enrollment.csv': (t) => ['2023-24,0103,female,450', '2023-24,0103,male,450'].reduce((text, line) => appendLine(line)(text), t),
      'data/measures.csv': (t) =>
        ['2023-24,0103,absent,female,,450,5,coded_low,', '2023-24,0103,absent,male,47,450,,,'].reduce(
          (text, line) => appendLine(line)(text),
          t.replace('2023-24,0103,absent,all,90,900,,,', '2023-24,0103,absent,all,50,900,,,'),
        ),
    });
    const pinned = (data: PublishableDataset) => attackDataset(data).flatMap((r) => r.pinned);
    expect(pinned(primarySuppression(raw))).toContainEqual({
      cell: 'Cedar High (0103) 2023-24, absent for female',
      relation: 'complement pair of rate × students',
      range: [3, 3],
    });
    const data = suppressDataset(raw);
    expect(measure(data, '0103', 'absent', 'male')).toMatchObject({ status: 'suppressed', reason: { code: 'small_group', min: 10 } });
    expect(pinned(data)).toEqual([]);
  });

  it("codes a share of enrollment when the group's count is hidden, in a band that holds 10 students", () => {
    // Alder's 7 English learners of 310: 4% or less (0 to 12), not 2.3%.
    expect(measure(published, '0101', 'el_share', 'all')).toMatchObject({ status: 'coded_low', value: 4 });
  });
});

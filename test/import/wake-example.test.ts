import { describe, expect, it } from 'vitest';
import { parseRawDataset } from '../../src/lib/data/dataset.ts';
import { loadSiteFiles } from '../../src/lib/data/site-files.ts';
import { WAKE_SITE } from './nc-dpi-fixture.ts';

describe('the Wake County example site', () => {
  const raw = parseRawDataset(loadSiteFiles(WAKE_SITE));

  it('holds the 187 schools of Wake County Schools over two school years', () => {
    expect(raw.schools).toHaveLength(187);
    expect(raw.schools.every((s) => /^920\d{3}$/.test(s.school_id) && s.latitude === null)).toBe(true);
    expect(raw.schools.filter((s) => s.opened === '2018-19').map((s) => s.school_id)).toEqual(['920315', '920349', '920351', '920561']);
    expect(raw.years).toEqual(['2017-18', '2018-19']);
  });

  it('credits NCDPI on every page and says it is not an official WCPSS product', () => {
    expect(raw.manifest.credit).toMatch(
      /^Source: NC Department of Public Instruction, School Report Cards, research datasets for 2017-18 and 2018-19 \(.*rcd_location\.csv\)\.$/,
    );
    expect(raw.site.notice).toContain('not an official Wake County Public School System');
  });

  it('has a value of every indicator for most schools in 2018-19', () => {
    const present = (indicator: string) =>
      raw.measures.filter(
        (m) => m.school_year === '2018-19' && m.indicator_id === indicator && m.student_group === 'all' && m.status === 'ok',
      ).length;
    for (const indicator of [
      'achievement_score',
      'chronic_absenteeism',
      'short_term_suspensions',
      'beginning_teachers',
      'econ_disadv_share',
    ])
      expect(present(indicator)).toBeGreaterThan(175);
    expect(raw.spending.filter((s) => s.school_year === '2018-19')).toHaveLength(187);
  });

  it("holds the district's and the state's published averages from the files it was imported from", () => {
    const all = (reference: string) => raw.references.filter((r) => r.reference === reference && r.student_group === 'all');
    // 2017-18 only: NCDPI's 2019 files carry no district or state rows.
    expect(new Set(raw.references.map((r) => r.school_year))).toEqual(new Set(['2017-18']));
    expect(
      all('district')
        .map((r) => r.indicator_id)
        .sort(),
    ).toEqual(['chronic_absenteeism', 'econ_disadv_share', 'graduation_rate', 'reportable_acts', 'short_term_suspensions']);
    expect(all('state').find((r) => r.indicator_id === 'chronic_absenteeism')?.value).toBeCloseTo(15.17, 2);
  });

  it("holds NCDPI's School Performance Grade as a categorical indicator, from F to A", () => {
    const grade = raw.indicators.find((i) => i.id === 'performance_grade');
    expect(grade).toMatchObject({ type: 'categorical', levels: ['F', 'D', 'C', 'B', 'A'], scored: false });
    const graded = raw.measures.filter((m) => m.indicator_id === 'performance_grade' && m.student_group === 'all' && m.status === 'ok');
    // Positions 0 (F) to 4 (A), for most schools in both years.
    expect(graded.every((m) => Number.isInteger(m.value) && m.value !== null && m.value >= 0 && m.value <= 4)).toBe(true);
    expect(graded.filter((m) => m.school_year === '2018-19').length).toBeGreaterThan(175);
  });
});

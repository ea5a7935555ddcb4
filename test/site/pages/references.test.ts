import { describe, expect, it } from 'vitest';
import { indicatorPage } from '../../../src/lib/site/pages/indicator.ts';
import { schoolPage } from '../../../src/lib/site/pages/school.ts';
import { issuesOf, tinySiteWith } from '../../data/site-fixture.ts';
import { tinyPages } from './fixture.ts';

const HEADER = 'school_year,reference,indicator_id,student_group,numerator,denominator,value,status,reason';

/** The tiny site with a references.csv holding these rows, listed in its manifest. */
function withReferences(...rows: string[]) {
  return {
    'data/references.csv': () => [HEADER, ...rows, ''].join('\n'),
    'data/manifest.json': (text: string) =>
      text.replace(
        '"files": [',
        '"files": [\n    { "path": "references.csv", "title": "Averages", "version": "1", "published": "2024-09-01", "source": "Tiny State Department of Education", "licence": "CC0-1.0" },',
      ),
  };
}

describe("the source's own averages", () => {
  const { ctx, schools } = tinyPages(
    withReferences('2023-24,district,absent,all,,,11.5,,', '2023-24,state,absent,all,1310,10000,,,', '2023-24,state,absent,asian,,,9.0,,'),
  );

  it('stand beside the computed median on the school page, for the row of their year, with their source', () => {
    const birch = schoolPage(ctx, schools.get('0102')!);
    const { latest } = birch.indicators!;
    expect(latest.columns).toContain('Published averages');
    expect(latest.rows.find((r) => r.title === 'Chronic absenteeism')).toMatchObject({
      median: '10.0%',
      references: 'District 11.5%, State 13.1%',
    });
    // Proficiency has no published average: an empty cell, not a made-up one.
    expect(latest.rows.find((r) => r.title === 'Proficiency')?.references).toBe('');
    expect(latest.references?.note).toContain('Tiny State Department of Education');
    const rows = birch.domains.domains.flatMap((d) => d.figure?.rows ?? []);
    expect(rows.filter((row) => row[0]?.startsWith('Chronic absenteeism'))).toEqual([
      ['Chronic absenteeism, this school', '20.0%', '20.0%'],
      ['Chronic absenteeism, district median', '15.0%', '10.0%'],
      ['Chronic absenteeism, published averages', '', 'District 11.5%, State 13.1%'],
    ]);
  });

  it("are an indicator page's fact, and never a group average of unknown size", () => {
    const page = indicatorPage(ctx, ctx.indicator('absent')!);
    expect(page.facts).toContainEqual({ term: 'Published averages, 2023–24', detail: 'District 11.5%, State 13.1%' });
    expect(JSON.stringify(ctx.site)).not.toContain('"value":9,');
    // 1,310 of 10,000 is kept as the page shows it, 13.1, never as a float a count could be read from.
    expect(ctx.indicator('absent')?.references.find((r) => r.kind === 'state')?.cell.value).toBe(13.1);
    // Their counts stay behind: a published average carries its value and status only.
    expect(ctx.site.indicators.flatMap((i) => i.references).map((r) => Object.keys(r.cell).sort())).toEqual([
      ['reason', 'status', 'value'],
      ['reason', 'status', 'value'],
    ]);
  });

  it('add no column to a site without them', () => {
    const plain = tinyPages();
    const birch = schoolPage(plain.ctx, plain.schools.get('0102')!);
    expect(birch.indicators?.latest.columns).not.toContain('Published averages');
    expect(birch.indicators?.latest.references).toBeNull();
  });

  it('are refused, naming file, line and column, for an unknown kind, indicator or year, and a repeated row', () => {
    const files = tinySiteWith(
      withReferences(
        '2023-24,county,absent,all,,,11.5,,',
        '2023-24,state,absentee,all,,,11.5,,',
        '2019-20,state,absent,all,,,11.5,,',
        '2023-24,state,absent,all,,,11.5,,',
        '2023-24,state,absent,all,,,12,,',
      ),
    );
    expect(issuesOf(files)).toMatchObject([
      { file: 'data/references.csv', line: 2, column: 'reference', value: 'county', expected: 'one of: district, state, nation' },
      { file: 'data/references.csv', line: 3, column: 'indicator_id', value: 'absentee' },
      { file: 'data/references.csv', line: 4, column: 'school_year', value: '2019-20' },
      { file: 'data/references.csv', line: 6, expected: expect.stringContaining('line 5 has the same') },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { attackDataset } from '../../src/lib/privacy/check.ts';
import { suppressDataset, type PublishableDataset } from '../../src/lib/privacy/suppress.ts';
import { parseTiny } from '../data/site-fixture.ts';

const HEADER = 'school_year,reference,indicator_id,student_group,numerator,denominator,value,status,reason';

/** The tiny site with these published averages, listed in its manifest. */
const withReferences = (...rows: string[]) => ({
  'data/references.csv': () => [HEADER, ...rows, ''].join('\n'),
  'data/manifest.json': (text: string) =>
    text.replace(
      '"files": [',
      '"files": [\n    { "path": "references.csv", "title": "Averages", "version": "1", "published": "2024-09-01", "source": "Test", "licence": "CC0-1.0" },',
    ),
});

// Cedar High's 3 chronically absent students of 900 are coded "1% or less"; the district's 130 of 1,690
// (31 + 96 + 3) is 7.7% as shown, which holds 129.3 to 131 students: 130, so Cedar's count is 130 − 127 = 3.
const edits = {
  ...withReferences('2023-24,district,absent,all,130,1690,,,', '2023-24,state,absent,all,13100,100000,,,'),
  'data/measures.csv': (text: string) => text.replace('2023-24,0103,absent,all,90,900,,,', '2023-24,0103,absent,all,3,900,,,'),
};

const referenceOf = (data: PublishableDataset, kind: string) =>
  data.references.find((r) => r.reference === kind && r.indicator_id === 'absent');
const pinnedBy = (data: PublishableDataset) => attackDataset(data).find((r) => r.attack === 'reference rows: district sum');

describe("a district's published average and its schools' coded cells", () => {
  const published = suppressDataset(parseTiny(edits));

  it('give a coded count back when the average is shown: the district rate times its students, minus the other schools', () => {
    const cedar = published.measures.find((m) => m.school_id === '0103' && m.indicator_id === 'absent' && m.school_year === '2023-24');
    expect(cedar).toMatchObject({ status: 'coded_low', value: 1, denominator: 900 });
    const shown = {
      ...published,
      references: published.references.map((r) => (r.reference === 'district' ? { ...r, value: 7.7, status: 'ok' as const } : r)),
    };
    expect(pinnedBy(shown as PublishableDataset)?.pinned).toEqual([
      { cell: '0103 2023-24, absent for all', relation: 'district rate × students − the other schools', range: [3, 3] },
    ]);
  });

  it("so the district's average is hidden, while the state's, over students of other districts too, stays", () => {
    expect(referenceOf(published, 'district')).toMatchObject({
      status: 'suppressed',
      value: null,
      reason: { code: 'small_group', min: 10 },
    });
    expect(referenceOf(published, 'state')).toMatchObject({ status: 'ok', value: 13.1 });
    expect(pinnedBy(published)).toMatchObject({ tried: 0, pinned: [] });
  });

  it("stays when the rounding of a large district's rate leaves more doubt than a small group", () => {
    // Birch with 9,600 students: 1,954 of 10,810 is 18.1% as shown, which holds 1,951 to 1,962 students.
    const large = suppressDataset(
      parseTiny({
        ...withReferences('2023-24,district,absent,all,1954,10810,,,'),
        'data/measures.csv': (text: string) =>
          edits['data/measures.csv'](text).replace('2023-24,0102,absent,all,96,480,,,', '2023-24,0102,absent,all,1920,9600,,,'),
      }),
    );
    expect(referenceOf(large, 'district')).toMatchObject({ status: 'ok', value: 18.1 });
    expect(pinnedBy(large)).toMatchObject({ tried: 1, pinned: [] });
  });
});

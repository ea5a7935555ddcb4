import { describe, expect, it } from 'vitest';
import { importExample, tableLines } from './csv-mapping-fixture.ts';

// The committed mapping, unchanged, over an excerpt of the source (three schools).
const result = importExample('boston', 'ma-dese-excerpt/MA_Public_Schools_2017.csv', '2018-02-11');
const measure = (school: string, indicator: string) =>
  tableLines(result, 'measures').find((line) => line.startsWith(`2016-17,${school},${indicator},all,`));

describe('the Boston example mapping on an excerpt of the DESE 2017 profiles', () => {
  it("keeps Boston's schools only, grades from the grade columns, and writes no spending", () => {
    expect(tableLines(result, 'schools')).toEqual([
      '00350003,00350000,Baldwin Early Learning Center,elementary,PK-1,121 Corey Road,Brighton,,,,617-635-8409,,,,',
      '00350004,00350000,Lyon K-8,combined,K-8,50 Beechcroft Street,Brighton,,,,617-635-7945,,,,',
      '00350541,00350000,Another Course To College,high,9-12,612 Metropolitan Av,Hyde Park,,,,617-635-8865,,,,',
    ]);
    expect([...result.report.skipped.values()]).toEqual([1]);
    expect(result.files.has('data/spending.csv')).toBe(false);
    expect(result.report.issues.issues).toEqual([]);
  });

  it('gives the numbers of the excerpt for three schools', () => {
    // 00350541: 223 students, 17.0% ELL, 22.0% SWD, 137 economically disadvantaged, 96.2% graduated, Level 2.
    expect(measure('00350541', 'english_learner_share')).toBe('2016-17,00350541,english_learner_share,all,,,17,ok,');
    expect(measure('00350541', 'disability_share')).toBe('2016-17,00350541,disability_share,all,,,22,ok,');
    expect(measure('00350541', 'econ_disadv_share')).toBe('2016-17,00350541,econ_disadv_share,all,137,223,,ok,');
    expect(measure('00350541', 'graduation_rate')).toBe('2016-17,00350541,graduation_rate,all,,,96.2,ok,');
    expect(measure('00350541', 'accountability_level')).toBe('2016-17,00350541,accountability_level,all,,,Level 2,ok,');
    // 00350003: 94 of 159 learning English (59.1%); 00350004: 47 of 139 with disabilities (33.8%).
    expect(measure('00350003', 'english_learner_share')).toBe('2016-17,00350003,english_learner_share,all,,,59.1,ok,');
    expect(tableLines(result, 'enrollment')).toContain('2016-17,00350003,english_learner,94,ok,');
    expect(measure('00350004', 'disability_share')).toBe('2016-17,00350004,disability_share,all,,,33.8,ok,');
  });

  it("writes DESE's 'Insufficient data' as a missing level with its reason, and an elementary school's blank graduation rate as missing", () => {
    expect(measure('00350003', 'accountability_level')).toBe(
      '2016-17,00350003,accountability_level,all,,,,missing,DESE had insufficient data to assign a level',
    );
    expect(measure('00350003', 'graduation_rate')).toBe('2016-17,00350003,graduation_rate,all,,,,missing,');
  });
});

import { describe, expect, it } from 'vitest';
import { importExample, tableLines } from './csv-mapping-fixture.ts';

// The committed mapping, unchanged, over an excerpt of the source (three schools).
const result = importExample('nyc', 'nyc-excerpt/demographic_snapshot.csv', '2024-04-10');
const measure = (year: string, school: string, indicator: string) =>
  tableLines(result, 'measures').find((line) => line.startsWith(`${year},${school},${indicator},all,`));
const count = (year: string, school: string, group: string) =>
  tableLines(result, 'enrollment').find((line) => line.startsWith(`${year},${school},${group},`));

describe('the NYC example mapping on an excerpt of the DOE snapshot', () => {
  it('reads the directory, with grades and level from the grade columns', () => {
    expect(tableLines(result, 'schools')).toEqual([
      '01M015,NYC,P.S. 015 Roberto Clemente,elementary,PK-5,,,,,,,,,,',
      '01M034,NYC,P.S. 034 Franklin D. Roosevelt,combined,PK-8,,,,,,,,,,',
      '02M420,NYC,High School for Health Professions and Human Servi,high,9-12,,,,,,,,,,',
    ]);
    expect(result.report.issues.issues).toEqual([]);
  });

  it('gives the numbers of the excerpt: fractions as percents, percent strings as they are', () => {
    // 01M015 2017-18: "0.258" disabled, "0.042" ELL, "84.7%" poverty, "89.0%" ENI.
    expect(measure('2017-18', '01M015', 'disability_share')).toBe('2017-18,01M015,disability_share,all,,,25.8,ok,');
    expect(measure('2017-18', '01M015', 'english_learner_share')).toBe('2017-18,01M015,english_learner_share,all,,,4.2,ok,');
    expect(measure('2017-18', '01M015', 'poverty_share')).toBe('2017-18,01M015,poverty_share,all,,,84.7,ok,');
    expect(measure('2017-18', '01M015', 'economic_need_index')).toBe('2017-18,01M015,economic_need_index,all,,,89,ok,');
    expect(count('2017-18', '01M015', 'all')).toBe('2017-18,01M015,all,190,ok,');
    expect(count('2017-18', '01M015', 'econ_disadv')).toBe('2017-18,01M015,econ_disadv,161,ok,');
    // 02M420 2017-18: a poverty count with a thousands separator, "1,377".
    expect(count('2017-18', '02M420', 'econ_disadv')).toBe('2017-18,02M420,econ_disadv,1377,ok,');
    expect(count('2017-18', '02M420', 'female')).toBe('2017-18,02M420,female,1294,ok,');
  });

  it('codes "Above 95%" as above 95 for the share, and hides the count it masks', () => {
    // 01M034 2017-18: "Above 95%" in # Poverty and % Poverty; the ENI is 93.7%.
    expect(measure('2017-18', '01M034', 'poverty_share')).toBe(
      '2017-18,01M034,poverty_share,all,,,95,coded_high,"more than 95% (the DOE writes ""Above 95%"")"',
    );
    expect(count('2017-18', '01M034', 'econ_disadv')).toBe(
      '2017-18,01M034,econ_disadv,,suppressed,the DOE hides the count when more than 95% of students are in poverty',
    );
    expect(measure('2017-18', '01M034', 'economic_need_index')).toBe('2017-18,01M034,economic_need_index,all,,,93.7,ok,');
  });

  it('reads five school years for each school', () => {
    const years = new Set(tableLines(result, 'enrollment').map((line) => line.split(',')[0]));
    expect([...years]).toEqual(['2017-18', '2018-19', '2019-20', '2020-21', '2021-22']);
  });
});

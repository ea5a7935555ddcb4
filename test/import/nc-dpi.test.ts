import { describe, expect, it } from 'vitest';
import { parseRawDataset } from '../../src/lib/data/dataset.ts';
import { loadSiteFiles } from '../../src/lib/data/site-files.ts';
import { formatIssue } from '../../src/lib/errors.ts';
import { importExcerpt, linesOf, WAKE_SITE } from './nc-dpi-fixture.ts';

const result = importExcerpt();
const measures = linesOf(result, 'measures');
const measure = (year: string, school: string, indicator: string, group = 'all') =>
  measures.find((line) => line.startsWith(`${year},${school},${indicator},${group},`));

describe('the NC DPI importer on an excerpt of the real files', () => {
  it("keeps the district's schools only, as the newest directory lists them", () => {
    // Left out: the charter 92K000, the rows 920LEA and NC-SEA, and 010324 of another district.
    expect(result.files.get('data/schools.csv')).toBe(
      [
        'school_id,district_id,name,level,grades,address,city,zip,latitude,longitude,region,opened,closed',
        '920304,920,Adams Elementary,elementary,PK-5,805 Cary Towne Blvd,Cary,27511,,,,,',
        '920315,920,Apex Friendship Middle,middle,6-8,7701 Humie Olive Rd,Apex,27502,,,,2018-19,',
        '920316,920,Apex High,high,9-12,1501 Laura Duncan Road,Cary,27502,,,,,',
        '920324,920,Longview,combined,6-12,318 N King Charles Rd,Raleigh,27610,,,,,',
        '920381,920,Connections Academy,middle,6-8,1280 Buck Jones Rd,Cary,27606,,,,,',
        '920386,920,Crossroads FLEX,high,9-12,5651 Dillard Dr,Cary,27518,,,,,',
        '920583,920,Wake Early College of Health and Science,high,9-12,2901 Holston Lane,Raleigh,27610,,,,,',
        '',
      ].join('\n'),
    );
    expect(
      result.report.skipped.get(
        "SRC_2019/rcd_location.csv: charter schools in the district's county (charters are their own LEA, not part of the district)",
      ),
    ).toBe(1);
    expect(
      result.report.skipped.get('SRC_2018/rcd_location.csv: district, state and nation rows (the project publishes schools only)'),
    ).toBe(2);
    expect(result.report.fatal.issues).toEqual([]);
  });

  it('writes the School Performance Grade as its letter, a categorical indicator, beside the achievement score', () => {
    expect(measure('2018-19', '920304', 'performance_grade')).toBe('2018-19,920304,performance_grade,all,,,C,ok,');
    expect(measure('2018-19', '920304', 'performance_grade', 'black')).toBe('2018-19,920304,performance_grade,black,,,D,ok,');
    expect(measure('2018-19', '920304', 'achievement_score')).toMatch(/^2018-19,920304,achievement_score,all,,,[\d.]+,ok,$/);
    expect(measures.filter((line) => line.includes(',performance_grade,')).every((line) => /,(F|D|C|B|A),ok,$|,,missing,/.test(line))).toBe(
      true,
    );
  });

  it("keeps the district's and the state's own averages as reference rows, as NCDPI writes them", () => {
    const references = linesOf(result, 'references');
    // Chronic absence: 18,735 of 158,970 Wake students, and the state's 228,926 of 1,508,671.
    expect(references).toContain('2017-18,district,chronic_absenteeism,all,18735,158970,,ok,');
    expect(references).toContain('2017-18,state,chronic_absenteeism,all,228926,1508671,,ok,');
    // The share of economically disadvantaged students, and short-term suspensions per 1,000.
    expect(references).toContain('2017-18,district,econ_disadv_share,all,,,33.4,ok,');
    expect(references).toContain('2017-18,state,short_term_suspensions,all,,,138.856,ok,');
    // No school's measure is written as a reference, and no reference as a school's measure.
    expect(references.every((line) => /^2017-18,(district|state),/.test(line))).toBe(true);
    // An average NCDPI left blank (the state's grade) is not written.
    expect(references.some((line) => line.includes(',performance_grade,'))).toBe(false);
    expect(measures.some((line) => /,(920LEA|NC-SEA),/.test(line))).toBe(false);
  });

  it('writes one school-year of every indicator exactly', () => {
    expect(measures.filter((line) => line.startsWith('2018-19,920304,') && line.includes(',all,'))).toEqual([
      '2018-19,920304,achievement_score,all,,,63.5,ok,',
      '2018-19,920304,beginning_teachers,all,9,49,,ok,',
      '2018-19,920304,chronic_absenteeism,all,75,629,,ok,',
      '2018-19,920304,econ_disadv_share,all,,,45.8,ok,',
      '2018-19,920304,performance_grade,all,,,C,ok,',
      '2018-19,920304,reportable_acts,all,,,0,ok,',
      '2018-19,920304,short_term_suspensions,all,,,17.488,ok,',
    ]);
    expect(linesOf(result, 'spending')).toContain('2018-19,920304,951.93,9315.41');
  });

  it('enrollment by race and sex, with thousands separators read and stray earlier rows left out', () => {
    const apex = linesOf(result, 'enrollment').filter((line) => line.startsWith('2017-18,920316,'));
    // ec_pupils writes this total as "2,033"; each group sums its male and female columns.
    expect(apex).toEqual([
      '2017-18,920316,all,2033',
      '2017-18,920316,american_indian,3',
      '2017-18,920316,asian,168',
      '2017-18,920316,black,186',
      '2017-18,920316,hispanic,264',
      '2017-18,920316,pacific_islander,3',
      '2017-18,920316,multiracial,71',
      '2017-18,920316,white,1338',
      '2017-18,920316,female,1021',
      '2017-18,920316,male,1012',
    ]);
    expect(linesOf(result, 'enrollment').some((line) => line.includes('920700'))).toBe(false);
    expect(result.report.skipped.get("SRC_2018/ec_pupils.csv: rows of other years than the folder's 2017-18 (stray earlier rows)")).toBe(1);
    const alamance = importExcerpt({}, '010');
    expect(linesOf(alamance, 'enrollment')).toContain('2018-19,010324,all,1224');
  });

  it('reads 2018.0 as 2017-18 and fractions as percent counts', () => {
    expect(measure('2017-18', '920304', 'chronic_absenteeism')).toBe('2017-18,920304,chronic_absenteeism,all,52,656,,ok,');
  });

  it('drops binary-float noise', () => {
    // The source writes 12.345999999999998 and, in 2018's crime_per1000, 9.716000000000001.
    expect(measure('2017-18', '920304', 'short_term_suspensions', 'white')).toBe(
      '2017-18,920304,short_term_suspensions,white,,,12.346,ok,',
    );
    expect(measure('2017-18', '920316', 'reportable_acts', 'white')).toBe('2017-18,920316,reportable_acts,white,,,9.716,ok,');
  });

  it('maps every masking code to a status with a reason, never to a number', () => {
    expect(measure('2017-18', '920316', 'graduation_rate', 'white')).toBe(
      '2017-18,920316,graduation_rate,white,,335,95,coded_high,more than 95% (NCDPI mask code 1)',
    );
    expect(measure('2017-18', '920324', 'graduation_rate')).toBe(
      '2017-18,920324,graduation_rate,all,,88,5,coded_low,fewer than 5% (NCDPI mask code 2)',
    );
    expect(measure('2017-18', '920386', 'econ_disadv_share')).toBe(
      '2017-18,920386,econ_disadv_share,all,,,5,coded_low,fewer than 5% (NCDPI mask code 2)',
    );
    expect(measure('2017-18', '920324', 'short_term_suspensions', 'english_learner')).toBe(
      '2017-18,920324,short_term_suspensions,english_learner,,,,suppressed,fewer than 10 students (NCDPI mask code 3)',
    );
    // The source writes crime_per1000 0.0 under act_mask_code 3: the mask wins.
    expect(measure('2017-18', '920324', 'reportable_acts', 'english_learner')).toBe(
      '2017-18,920324,reportable_acts,english_learner,,,,suppressed,fewer than 10 students (NCDPI mask code 3)',
    );
    expect(measure('2017-18', '920381', 'short_term_suspensions', 'disability')).toBe(
      '2017-18,920381,short_term_suspensions,disability,,,,suppressed,insufficient data (NCDPI mask code 4)',
    );
    expect(measure('2017-18', '920324', 'achievement_score')).toBe(
      '2017-18,920324,achievement_score,all,,,,missing,alternative school: NCDPI gives it no achievement score (asm_option Y)',
    );
  });

  it('reads both years despite renamed columns (crime/act, count/Count)', () => {
    for (const year of ['2017-18', '2018-19']) {
      expect(measure(year, '920304', 'reportable_acts')).toBeDefined();
      expect(measure(year, '920304', 'chronic_absenteeism')).toBeDefined();
    }
  });

  it("imports chronic absence for all students only: NC's group rows divide by all students", () => {
    expect(measures.filter((line) => line.includes(',chronic_absenteeism,') && !line.includes(',all,'))).toEqual([]);
    expect(
      result.report.skipped.get(
        "SRC_2019/rcd_chronic_absent.csv: subgroup rows (their den is all students, so pct is not the group's rate)",
      ),
    ).toBe(54);
  });

  it('reports each value it cannot map with the file, line, column and value', () => {
    expect(result.report.issues.issues.map(formatIssue)).toEqual([
      'SRC_2018/rcd_chronic_absent.csv line 6, column "count": got "61.0", expected a count no larger than den (56).',
      'SRC_2019/rcd_chronic_absent.csv line 6, column "Count": got "60", expected a count no larger than den (51).',
      'SRC_2019/rcd_chronic_absent.csv line 7, column "Count": got "59", expected a count no larger than den (41).',
      'SRC_2019/rcd_eq.csv line 3, column "agency_code": got "920124", expected a school of LEA 920 listed in that year\'s rcd_location.csv.',
    ]);
  });

  it('reports an unknown masking code and an unknown subgroup, and leaves their rows out', () => {
    const edited = importExcerpt({
      'SRC_2019/rcd_acc_eds.csv': (text) => text.replace('2019,920386,5.0,2.0', '2019,920386,5.0,7.0'),
      'SRC_2019/rcd_inc2.csv': (text) => text.replace('2019,920304,EDS,', '2019,920304,XYZ,'),
    });
    expect(edited.report.issues.issues.slice(3)).toMatchObject([
      {
        file: 'SRC_2019/rcd_inc2.csv',
        line: 7,
        column: 'subgroup',
        value: 'XYZ',
        expected: expect.stringContaining('an NC subgroup code'),
      },
      { file: 'SRC_2019/rcd_eq.csv' },
      {
        file: 'SRC_2019/rcd_acc_eds.csv',
        line: 8,
        column: 'pct_eds_masking',
        value: '7.0',
        expected: expect.stringContaining('a masking code'),
      },
    ]);
    expect(linesOf(edited, 'measures').some((line) => line.startsWith('2018-19,920386,econ_disadv_share,'))).toBe(false);
  });

  it('stops without a directory', () => {
    const withoutDirectory = importExcerpt({ 'SRC_2019/rcd_location.csv': () => 'year,agency_code\n' });
    expect(withoutDirectory.report.fatal.issues.map(formatIssue)).toEqual([
      'SRC_2019/rcd_location.csv: expected rows for schools of LEA 920 (lea_code 920LEA).',
    ]);
  });

  it('writes data the project accepts, crediting NCDPI and the files', () => {
    const files = new Map([...loadSiteFiles(WAKE_SITE)].filter(([path]) => path.startsWith('content/')));
    for (const [path, text] of result.files) files.set(path, text);
    const raw = parseRawDataset(files);
    expect(raw.schools).toHaveLength(7);
    expect(raw.years).toEqual(['2017-18', '2018-19']);
    expect(raw.manifest.credit).toBe(
      'Source: NC Department of Public Instruction, School Report Cards, research datasets for 2017-18 and 2018-19 (ec_pupils.csv, rcd_acc_cgr.csv, rcd_acc_eds.csv, rcd_acc_spg2.csv, rcd_chronic_absent.csv, rcd_eq.csv, rcd_funds2.csv, rcd_inc2.csv, rcd_location.csv).',
    );
    expect(raw.manifest.files.find((f) => f.path === 'spending.csv')?.source).toBe(
      'NC Department of Public Instruction, School Report Cards: rcd_funds2.csv (SRC_2019)',
    );
  });

  it('gives the same bytes for the same files', () => {
    expect(importExcerpt().files).toEqual(result.files);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkDefinitions, parseDocuments } from '../../src/lib/data/definitions.ts';
import { parseFrontMatter } from '../../src/lib/data/front-matter.ts';
import { DomainSchema, IndicatorSchema } from '../../src/lib/data/schemas.ts';
import { loadSiteFiles } from '../../src/lib/data/site-files.ts';
import { IssueCollector } from '../../src/lib/errors.ts';
import { computeIndexScores } from '../../src/lib/index/compute.ts';
import { IndexMethodSchema } from '../../src/lib/index/method.ts';
import type { IndexInput } from '../../src/lib/index/types.ts';
import { indexIndicators } from '../../src/lib/site/scores.ts';

/**
 * Reproduces North Carolina's published School Performance Grade scores with the engine,
 * configured in the project's own format (test/fixtures/nc-dpi-spg/content/, read by the
 * site's loaders): 0.8 × achievement + 0.2 × growth, rounded half up to a whole number.
 * Every school and every student group with both inputs, 2017-18 and 2018-19 (fixture and
 * provenance in test/fixtures/nc-dpi-spg/SOURCE.md).
 */

const FIXTURE = join(import.meta.dirname, '../fixtures/nc-dpi-spg');

type SpgRow = Record<string, string>;

/** The method, domain and indicators as the site's build would read them, or every problem at once. */
function loadDefinitions(): Pick<IndexInput, 'method' | 'domains' | 'indicators'> {
  const files = loadSiteFiles(FIXTURE);
  const issues = new IssueCollector();
  const method = parseFrontMatter(files.get('content/index.md') ?? '', 'content/index.md', IndexMethodSchema, issues);
  const domains = parseDocuments(files, 'content/domains/', DomainSchema, issues);
  const indicators = parseDocuments(files, 'content/indicators/', IndicatorSchema, issues);
  checkDefinitions(domains, indicators, null, issues);
  issues.throwIfAny();
  if (!method) throw new Error('content/index.md was not read');
  return { method: method.data, domains: domains.map((d) => d.data), indicators: indexIndicators(indicators.map((i) => i.data)) };
}

/** Schools (`920334`) and charters (`92K000`); the 2017-18 file also has state rows (`NC-SEA`). */
const SCHOOL_CODE = /^\d{2}[0-9A-Z]\d{3}$/;

/** A published score in tenths, as an exact integer (`57.5` → 575), or null for an empty cell. */
function tenths(row: SpgRow, column: string): number | null {
  const text = row[column];
  if (text === undefined) throw new Error(`column ${column} is not in the file`);
  if (text === '') return null;
  if (!/^\d+\.\d$/.test(text)) throw new Error(`${row.agency_code} ${column}: "${text}" is not a score with one decimal`);
  return Number(text.replace('.', ''));
}

/**
 * 0.8 × achievement + 0.2 × growth in exact hundredths, rounded to a whole number: the
 * rounding mode is the only difference between the two answers.
 */
function exactGrade(achievementTenths: number, growthTenths: number, mode: 'half_up' | 'half_even'): number {
  const hundredths = 8 * achievementTenths + 2 * growthTenths;
  const whole = Math.floor(hundredths / 100);
  const remainder = hundredths % 100;
  if (remainder !== 50) return remainder > 50 ? whole + 1 : whole;
  return mode === 'half_up' || whole % 2 === 1 ? whole + 1 : whole;
}

interface YearResult {
  compared: number;
  comparedAll: number;
  mismatches: string[];
  /** Rows whose published grade banker's rounding would miss, and what the engine gave them. */
  halfEvenDiffers: { published: number; engine: number | null; halfEven: number }[];
  /** Rows without both inputs that the engine nonetheless scored. */
  scoredWithoutBothInputs: string[];
  subgroups: string[];
}

function reproduceYear(file: string, year: string): YearResult {
  const definitions = loadDefinitions();
  const rows = (parse(readFileSync(join(FIXTURE, file), 'utf8'), { columns: true }) as SpgRow[]).filter((row) =>
    SCHOOL_CODE.test(row.agency_code ?? ''),
  );
  const result: YearResult = {
    compared: 0,
    comparedAll: 0,
    mismatches: [],
    halfEvenDiffers: [],
    scoredWithoutBothInputs: [],
    subgroups: [],
  };
  const bySubgroup = new Map<string, SpgRow[]>();
  for (const row of rows) bySubgroup.set(row.subgroup ?? '', [...(bySubgroup.get(row.subgroup ?? '') ?? []), row]);
  result.subgroups = [...bySubgroup.keys()].sort();
  for (const [subgroup, group] of bySubgroup) {
    const scores = computeIndexScores({
      ...definitions,
      entities: group.map((row) => ({ id: row.agency_code as string, scope: 'school' })),
      values: Object.fromEntries(
        group.map((row) => [
          row.agency_code,
          { achievement: row.ach_score === '' ? null : Number(row.ach_score), growth: row.eg_score === '' ? null : Number(row.eg_score) },
        ]),
      ),
    });
    group.forEach((row, i) => {
      if (row.year !== year) throw new Error(`${file}: a row of year ${row.year}`);
      const engine = scores[i]?.composite.score ?? null;
      const where = `${year} ${row.agency_code} ${subgroup}`;
      const achievement = tenths(row, 'ach_score');
      const growth = tenths(row, 'eg_score');
      if (achievement === null || growth === null) {
        if (engine !== null) result.scoredWithoutBothInputs.push(where);
        return;
      }
      const published = Number(row.spg_score);
      result.compared += 1;
      if (subgroup === 'ALL') result.comparedAll += 1;
      if (engine !== published) result.mismatches.push(`${where}: engine ${engine}, published ${row.spg_score}`);
      const halfEven = exactGrade(achievement, growth, 'half_even');
      if (halfEven !== exactGrade(achievement, growth, 'half_up')) result.halfEvenDiffers.push({ published, engine, halfEven });
    });
  }
  return result;
}

const SUBGROUPS = ['ALL', 'AM7', 'AS7', 'BL7', 'EDS', 'ELS', 'HI7', 'MU7', 'SWD', 'WH7'];

describe("North Carolina's School Performance Grade score, every school and student group", () => {
  it.each([
    { year: '2019', file: 'SRC_2019/rcd_acc_spg2.csv', compared: 14_379, comparedAll: 2488, halfEven: 159 },
    { year: '2018', file: 'SRC_2018/rcd_acc_spg2.csv', compared: 14_134, comparedAll: 2474, halfEven: 135 },
  ])('reproduces every published $year score that has both inputs', ({ year, file, compared, comparedAll, halfEven }) => {
    const result = reproduceYear(file, year);
    console.info(
      `NC SPG ${year}: compared ${result.compared} rows (${result.comparedAll} all-students), ` +
        `${result.mismatches.length} mismatches; banker's rounding would change ${result.halfEvenDiffers.length}`,
    );
    expect(result.mismatches.slice(0, 20)).toEqual([]);
    expect(result.subgroups).toEqual(SUBGROUPS);
    expect(result.compared).toBe(compared);
    expect(result.comparedAll).toBe(comparedAll);
    // Missing growth is never read as 0: those rows get no score.
    expect(result.scoredWithoutBothInputs).toEqual([]);
    // The rounding mode matters: on these exact ties banker's rounding misses the published grade; the engine does not.
    expect(result.halfEvenDiffers).toHaveLength(halfEven);
    for (const row of result.halfEvenDiffers) {
      expect(row.engine).toBe(row.published);
      expect(row.halfEven).toBe(row.published - 1);
    }
  });
});

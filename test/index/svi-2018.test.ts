import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeIndexScores } from '../../src/lib/index/compute.ts';
import { IndexMethodSchema } from '../../src/lib/index/method.ts';
import type { EntityScore, IndexIndicator, IndexInput } from '../../src/lib/index/types.ts';

/**
 * Reproduces a real, published composite index with the engine: the CDC/ATSDR Social
 * Vulnerability Index 2018 for all 3,142 U.S. counties (fixture and credit in
 * test/fixtures/svi-2018/SOURCE.md). SVI is percentile ranks of 15 measures, summed per
 * theme, ranked again; the four theme sums are summed and ranked once more.
 */

const THEMES = {
  theme1: ['POV', 'UNEMP', 'PCI', 'NOHSDP'],
  theme2: ['AGE65', 'AGE17', 'DISABL', 'SNGPNT'],
  theme3: ['MINRTY', 'LIMENG'],
  theme4: ['MUNIT', 'MOBILE', 'CROWD', 'NOVEH', 'GROUPQ'],
} as const;
const THEME_IDS = Object.keys(THEMES) as (keyof typeof THEMES)[];

const SVI_METHOD = IndexMethodSchema.parse({
  title: 'CDC/ATSDR Social Vulnerability Index 2018',
  orientation: 'need',
  indicators: { normalization: 'percentile', round: 4 },
  domains: { aggregation: 'sum', min_coverage: 1, round_aggregate: 4, normalization: 'percentile', round: 4 },
  composite: {
    input: 'aggregate',
    aggregation: 'sum',
    min_coverage: 1,
    round_aggregate: 4,
    normalization: 'percentile',
    round: 4,
  },
  scale: { method: 'none' },
});

type SviRow = Record<string, string>;

const rows = parse(readFileSync(join(import.meta.dirname, '../fixtures/svi-2018/svi2018-county.csv'), 'utf8'), {
  columns: true,
}) as SviRow[];

/** `-999`, `-999.0` and `-999.0000` all mean "no value". */
function published(row: SviRow, column: string): number | null {
  const text = row[column];
  if (text === undefined) throw new Error(`column ${column} is not in the fixture`);
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value)) throw new Error(`${row.FIPS} ${column}: "${text}" is not a number`);
  return value === -999 ? null : value;
}

function sviInput(): IndexInput {
  const indicators: IndexIndicator[] = THEME_IDS.flatMap((theme) =>
    THEMES[theme].map((measure) => ({
      id: measure,
      domain: theme,
      // Higher income is better: SVI reverses its percentile, as `1 − PERCENTRANK.INC`.
      direction: measure === 'PCI' ? ('higher_is_better' as const) : ('lower_is_better' as const),
      weight: 1,
    })),
  );
  const values: Record<string, Record<string, number | null>> = {};
  for (const row of rows) {
    values[row.FIPS as string] = Object.fromEntries(indicators.map((i) => [i.id, published(row, `EP_${i.id}`)]));
  }
  return {
    method: SVI_METHOD,
    domains: THEME_IDS.map((id) => ({ id, weight: 1 })),
    indicators,
    entities: rows.map((row) => ({ id: row.FIPS as string, scope: 'county' })),
    values,
  };
}

let cachedScores: EntityScore[] | undefined;
function sviScores(): EntityScore[] {
  cachedScores ??= computeIndexScores(sviInput());
  return cachedScores;
}

describe('CDC/ATSDR SVI 2018, every U.S. county', () => {
  it('reproduces every published EPL, SPL and RPL to 4 decimals, with -999 where nothing is published', () => {
    const scores = sviScores();
    expect(scores.map((s) => s.id)).toEqual(rows.map((r) => r.FIPS));

    const mismatches: string[] = [];
    let compared = 0;
    const check = (fips: string, column: string, expected: number | null, actual: number | null) => {
      compared += 1;
      // Published values have 4 decimals and the engine rounds to 4, so the numbers must be identical.
      if (actual !== expected) mismatches.push(`${fips} ${column}: engine ${actual}, published ${expected ?? -999}`);
    };
    rows.forEach((row, i) => {
      const fips = row.FIPS as string;
      const score = scores[i];
      if (!score) throw new Error(`no score for ${fips}`);
      for (const theme of THEME_IDS) {
        for (const measure of THEMES[theme]) {
          check(fips, `EPL_${measure}`, published(row, `EPL_${measure}`), score.indicators[measure]?.normalized ?? null);
        }
        const n = theme.slice(-1);
        const domain = score.domains[theme];
        check(fips, `SPL_THEME${n}`, published(row, `SPL_THEME${n}`), domain?.aggregate ?? null);
        check(fips, `RPL_THEME${n}`, published(row, `RPL_THEME${n}`), domain?.score ?? null);
      }
      check(fips, 'SPL_THEMES', published(row, 'SPL_THEMES'), score.composite.aggregate);
      check(fips, 'RPL_THEMES', published(row, 'RPL_THEMES'), score.composite.score);
    });

    const ranked = scores.filter((s) => s.composite.score !== null).length;
    console.log(
      `SVI 2018: compared ${scores.length} counties (${ranked} with an overall rank), ${compared} values, ${mismatches.length} mismatches`,
    );
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(scores.length).toBe(3142);
    expect(ranked).toBe(3141);
    expect(compared).toBe(3142 * 25);
  });

  it('leaves Rio Arriba (35039) out of theme 1 and the overall rank but ranks its other themes', () => {
    const rioArriba = sviScores().find((s) => s.id === '35039');
    expect(rioArriba?.indicators.POV?.normalized).toBeNull();
    expect(rioArriba?.indicators.NOHSDP?.normalized).toBe(0.5922);
    expect(rioArriba?.domains.theme1).toMatchObject({ status: 'insufficient_data', coverage: 0.25, aggregate: null });
    expect(rioArriba?.domains.theme2).toMatchObject({ status: 'ok', aggregate: 2.5712, score: 0.8758 });
    expect(rioArriba?.composite).toMatchObject({ status: 'insufficient_data', coverage: 0.75, score: null, rank: null });
  });
});

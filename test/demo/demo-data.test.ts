import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseRawDataset } from '../../src/lib/data/dataset.ts';
import { loadSiteFiles } from '../../src/lib/data/site-files.ts';
import { suppressDataset } from '../../src/lib/privacy/suppress.ts';
import { indexMeasures } from '../../src/lib/data/measure-index.ts';
import { scoreSchoolYears } from '../../src/lib/site/scores.ts';
import { computeSiteData } from '../../src/lib/site/site-data.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

describe('the demo district', () => {
  it('is exactly what the seeded generator writes', { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'ser-demo-'));
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/generate-demo-data.ts', '--out', out], { cwd: PROJECT });
    const committed = readdirSync(join(PROJECT, 'data')).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const file of committed) expect(readFileSync(join(out, file)), file).toEqual(readFileSync(join(PROJECT, 'data', file)));
  });

  it('has about 60 schools over 5 years, one opening and one closing, with small groups and a gap', () => {
    const raw = parseRawDataset(loadSiteFiles(PROJECT));
    expect(raw.schools.length).toBeGreaterThanOrEqual(55);
    expect(raw.years).toEqual(['2020-21', '2021-22', '2022-23', '2023-24', '2024-25']);
    expect(raw.schools.filter((s) => s.opened !== null)).toHaveLength(1);
    expect(raw.schools.filter((s) => s.closed !== null)).toHaveLength(1);
    const published = suppressDataset(raw);
    expect(published.measures.filter((m) => m.status === 'suppressed').length).toBeGreaterThan(100);
    const scores = scoreSchoolYears(published, indexMeasures(published.measures));
    const insufficient = published.years.flatMap((year) =>
      scores.entities(year).flatMap((e) => (e.composite.status === 'insufficient_data' ? [`${e.id} ${year}`] : [])),
    );
    expect(insufficient).toEqual(['0210 2022-23']);
  });

  it('has a higher index score where need is higher', () => {
    const { site } = computeSiteData(suppressDataset(parseRawDataset(loadSiteFiles(PROJECT))));
    const need = new Map(site.indicators.find((i) => i.id === site.site.needMeasure)?.current.map((c) => [c.schoolId, c.value]));
    const pairs = site.schools.flatMap((s) => (s.latest?.score != null && need.has(s.id) ? [[need.get(s.id) ?? 0, s.latest.score]] : []));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const [mx, my] = [mean(pairs.map((p) => p[0] ?? 0)), mean(pairs.map((p) => p[1] ?? 0))];
    const cov = mean(pairs.map(([x = 0, y = 0]) => (x - mx) * (y - my)));
    const sd = (i: 0 | 1, m: number) => Math.sqrt(mean(pairs.map((p) => ((p[i] ?? 0) - m) ** 2)));
    expect(cov / (sd(0, mx) * sd(1, my))).toBeGreaterThan(0.5);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRawDataset } from '../../src/lib/data/dataset.ts';
import { loadSiteFiles } from '../../src/lib/data/site-files.ts';
import { attackDataset } from '../../src/lib/privacy/check.ts';
import { primarySuppression, suppressDataset, type PublishableDataset } from '../../src/lib/privacy/suppress.ts';
import { computeSiteData } from '../../src/lib/site/site-data.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const scored = (data: PublishableDataset) => computeSiteData(data).site.years.reduce((sum, y) => sum + y.scoredCount, 0);

// The rules must protect the sites the project ships without taking schools out of the index.
describe.each([
  ['the demo', ROOT],
  ['the Wake County example', join(ROOT, 'examples', 'wake')],
])('%s', (_name, root) => {
  const raw = parseRawDataset(loadSiteFiles(root));
  const published = suppressDataset(raw);

  it('unscores at most 2% of school-years', () => {
    const without = scored(primarySuppression(raw));
    expect(scored(published)).toBeGreaterThanOrEqual(Math.ceil(without * 0.98));
  });

  it('leaves no hidden or small count that an attack pins', () => {
    expect(attackDataset(published).flatMap((r) => r.pinned)).toEqual([]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticDistrict } from '../../scripts/bench/synthetic-district.ts';
import { computeSite, PROJECT_ROOT } from '../../scripts/build-site.ts';

// `npm run bench -- --synthetic` is not run by CI; this keeps the district it builds valid.
describe('the benchmark’s synthetic district', () => {
  it('is a site the build accepts, with spending, and without the demo’s stories about its own schools', () => {
    const root = mkdtempSync(join(tmpdir(), 'synthetic-'));
    try {
      writeSyntheticDistrict(PROJECT_ROOT, 30, 42, root);
      const { site } = computeSite(root, () => {});
      expect(site.schools).toHaveLength(30);
      expect(site.stories).toEqual([]);
      expect(site.spending?.schools.length).toBeGreaterThan(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

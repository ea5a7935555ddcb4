import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffTrees } from '../../scripts/quality/reproducible.ts';
import { buildWithCli, PROJECT } from '../build-cli.ts';
import { BROKEN_SITE, SITES } from './context.ts';

describe('reproducible builds: the same inputs give a byte-identical site', () => {
  it('notices a changed, a missing and an extra file', () => {
    const work = mkdtempSync(join(tmpdir(), 'ser-repro-'));
    const [first, second] = [join(work, 'a'), join(work, 'b')];
    cpSync(BROKEN_SITE.dir, first, { recursive: true });
    cpSync(BROKEN_SITE.dir, second, { recursive: true });
    writeFileSync(join(second, 'index.html'), '<!doctype html><p>Built at 12:01</p>');
    rmSync(join(second, 'links'), { recursive: true });
    writeFileSync(join(second, 'build-time.txt'), '12:01');
    expect(diffTrees(first, second)).toEqual([
      { file: 'build-time.txt', change: 'only in the second' },
      { file: 'index.html', change: 'different bytes' },
      { file: 'links/index.html', change: 'only in the first' },
    ]);
    rmSync(work, { recursive: true });
  });

  for (const site of SITES)
    it(`builds the ${site.name} site a second time, byte for byte the same`, async () => {
      const again = join('.build', 'gates', `${site.name}-again`);
      await buildWithCli(site.source ?? '.', again);
      expect(diffTrees(site.dir, join(PROJECT, again))).toEqual([]);
      rmSync(join(PROJECT, again), { recursive: true });
    });
});

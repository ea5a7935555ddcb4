import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './pages.ts';

/** Every file of a folder with the SHA-256 of its bytes. */
function hashTree(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

export interface TreeDifference {
  file: string;
  change: 'only in the first' | 'only in the second' | 'different bytes';
}

/** The files in which two builds differ; empty when they are byte for byte the same. */
export function diffTrees(first: string, second: string): TreeDifference[] {
  const a = hashTree(first);
  const b = hashTree(second);
  const differences: TreeDifference[] = [];
  for (const [file, hash] of a) {
    const other = b.get(file);
    if (other === undefined) differences.push({ file, change: 'only in the first' });
    else if (other !== hash) differences.push({ file, change: 'different bytes' });
  }
  for (const file of b.keys()) if (!a.has(file)) differences.push({ file, change: 'only in the second' });
  return differences.sort((x, y) => x.file.localeCompare(y.file));
}

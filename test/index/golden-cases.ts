import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndexMethodSchema } from '../../src/lib/index/method.ts';
import type { IndexInput } from '../../src/lib/index/types.ts';

/** The examples worked by hand (HAND-WORKED.md beside them), one folder each. */
export const goldenDir = join(import.meta.dirname, '../fixtures/index-golden');

export const goldenCases = readdirSync(goldenDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A case's input, with its method's defaults filled in as a district's would be. */
export function goldenInput(name: string): IndexInput {
  const raw = readJson(join(goldenDir, name, 'input.json')) as Omit<IndexInput, 'method'> & { method: unknown };
  return { ...raw, method: IndexMethodSchema.parse(raw.method) };
}

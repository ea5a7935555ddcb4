import type { IssueCollector } from '../errors.ts';
import { ManifestSchema, type Manifest } from './schemas.ts';
import type { SiteFiles } from './site-files.ts';
import { describeExpected, valueAt } from './zod-issues.ts';

/** Reads data/manifest.json: each file's version, date, source and licence. */
export function parseManifest(text: string | null, issues: IssueCollector): Manifest | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    issues.add({ file: 'data/manifest.json', expected: 'valid JSON', hint: (error as Error).message });
    return null;
  }
  const result = ManifestSchema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    issues.add({ file: 'data/manifest.json', column: issue.path.join('.') || '(top level)', expected: describeExpected(issue, valueAt(json, issue.path)) });
  return null;
}

/** Every CSV in data/ is listed, and every listed file exists. */
export function checkManifest(manifest: Manifest, files: SiteFiles, issues: IssueCollector): void {
  const listed = new Set(manifest.files.map((f) => `data/${f.path}`));
  for (const path of files.keys())
    if (path.startsWith('data/') && path.endsWith('.csv') && !listed.has(path))
      issues.add({ file: 'data/manifest.json', column: 'files', value: path, expected: `an entry for ${path} (its version, date, source and licence)` });
  for (const path of listed)
    if (!files.has(path)) issues.add({ file: 'data/manifest.json', column: 'files', value: path, expected: 'only files that exist in data/' });
}

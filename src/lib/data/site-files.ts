import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The text of every file a district edits, keyed by its path relative to the site root
 * (`data/schools.csv`, `content/indicators/belonging.md`). Reading is the only I/O; parsing
 * takes this value, so tests can hand in files without touching the disk.
 */
export type SiteFiles = ReadonlyMap<string, string>;

function listFiles(root: string, folder: string, extension: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => `${folder}/${name}`);
}

export function loadSiteFiles(root: string): SiteFiles {
  const paths = [
    ...listFiles(root, 'data', '.csv'),
    ...listFiles(root, 'data', '.json'),
    ...listFiles(root, 'content', '.md'),
    ...listFiles(root, 'content/domains', '.md'),
    ...listFiles(root, 'content/indicators', '.md'),
    ...listFiles(root, 'content/stories', '.md'),
    ...listFiles(root, 'content/schools', '.md'),
  ];
  return new Map(paths.map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}

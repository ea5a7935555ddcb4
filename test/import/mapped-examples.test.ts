import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../src/lib/errors.ts';
import { importCsv } from '../../src/lib/import/mapping/import.ts';
import { readMapping } from '../../src/lib/import/mapping/read-mapping.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** Each example's command, as the README and its mapping's first lines give it. */
const MAPPED = [
  { site: 'nyc', published: '2024-04-10' },
  { site: 'boston', published: '2018-02-11' },
];

describe('the examples made by the CSV importer', () => {
  for (const { site, published } of MAPPED)
    it(`${site}: the committed data/ is exactly what its committed mapping gives from its committed source`, { timeout: 60_000 }, () => {
      const root = join(EXAMPLES, site);
      const fatal = new IssueCollector();
      const mapping = readMapping(readFileSync(join(root, 'mapping.yaml'), 'utf8'), 'mapping.yaml', fatal);
      expect(fatal.issues).toEqual([]);
      if (mapping === null) return;
      const sources = new Map(mapping.files.map((file) => [file.path, readFileSync(join(root, file.path), 'utf8')]));
      const { files, report } = importCsv(mapping, sources, { published });
      expect(report.fatal.issues).toEqual([]);
      expect(report.issues.issues).toEqual([]);
      const data = [...files].filter(([path]) => path.startsWith('data/'));
      expect(data.length).toBeGreaterThanOrEqual(4);
      for (const [path, text] of data) expect(readFileSync(join(root, path), 'utf8') === text, path).toBe(true);
      // content/ was written once from the mapping and then by a person: every file is there.
      for (const path of files.keys()) if (path.startsWith('content/')) expect(() => readFileSync(join(root, path))).not.toThrow();
    });
});

import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { group, randomInt, randomLcg } from 'd3';
import { TABLE_COLUMNS } from '../../src/lib/data/schemas.ts';
import { toCsv } from '../../src/lib/import/write-csv.ts';

type Row = Record<string, string>;
const TABLES = ['schools', 'enrollment', 'measures', 'spending'] as const;

/**
 * A district of `schoolCount` schools for measuring how the build scales: each school is a copy
 * of a demo school drawn with a seeded generator, under its own id and name, so the files are
 * realistic (small groups, missing cells, openings and closings) and the same for every run.
 * The demo's content/ and manifest come along, the manifest listing only the tables written:
 * the demo's former ids and names belong to its own schools, as do its stories and narratives.
 */
export function writeSyntheticDistrict(demoRoot: string, schoolCount: number, seed: number, outRoot: string): void {
  const read = (table: string): Row[] => parse(readFileSync(join(demoRoot, 'data', `${table}.csv`)), { columns: true, bom: true }) as Row[];
  const [schools, ...byYear] = TABLES.map(read) as [Row[], Row[], Row[], Row[]];
  const bySchool = byYear.map((rows) => group(rows, (row) => row['school_id'] ?? ''));
  const pick = randomInt.source(randomLcg(seed))(schools.length);
  const copies = Array.from({ length: schoolCount }, (_, i) => {
    const id = `S${String(i + 1).padStart(6, '0')}`;
    return { id, name: `${id} ${(schools[pick()] as Row)['name']}`, source: schools[pick()] as Row };
  });

  rmSync(outRoot, { recursive: true, force: true });
  mkdirSync(join(outRoot, 'data'), { recursive: true });
  const storyFolders = new Set(['stories', 'schools'].map((folder) => join(demoRoot, 'content', folder)));
  cpSync(join(demoRoot, 'content'), join(outRoot, 'content'), { recursive: true, filter: (path) => !storyFolders.has(path) });
  const manifest = JSON.parse(readFileSync(join(demoRoot, 'data', 'manifest.json'), 'utf8')) as { files: { path: string }[] };
  const written = new Set(TABLES.map((table) => `${table}.csv`));
  const files = manifest.files.filter((file) => written.has(file.path));
  writeFileSync(join(outRoot, 'data', 'manifest.json'), `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
  writeFileSync(
    join(outRoot, 'data', 'schools.csv'),
    toCsv(
      TABLE_COLUMNS.schools.columns,
      copies.map(({ id, name, source }) => ({ ...source, school_id: id, name })),
    ),
  );
  TABLES.slice(1).forEach((table, t) => {
    const rows = copies.flatMap(({ id, source }) =>
      (bySchool[t]?.get(source['school_id'] ?? '') ?? []).map((row) => ({ ...row, school_id: id })),
    );
    writeFileSync(join(outRoot, 'data', `${table}.csv`), toCsv(TABLE_COLUMNS[table].columns, rows));
  });
}

import type { Manifest } from '../../data/schemas.ts';
import type { Mapping } from './schema.ts';

const TITLES: Readonly<Record<string, string>> = {
  schools: 'Schools: names, levels, grades and addresses',
  enrollment: 'Enrollment by school, year and student group',
  measures: 'Indicators by school, year and student group',
  references: 'District and state averages as the source publishes them',
  spending: 'Per-pupil spending by school and year, federal and state/local',
};

/**
 * The manifest of a mapped import: the mapping's source, licence and version on every table,
 * and the `--published` date, never the clock, so the same files give the same bytes.
 */
export function mappingManifest(
  mapping: Mapping,
  options: { published: string; years: readonly string[]; tables: readonly string[] },
): Manifest {
  const { source } = mapping;
  const files = [...new Set(mapping.files.map((file) => file.path))].sort().join(', ');
  return {
    title: `${source.title}, ${options.years.join(', ')}`,
    version: source.version,
    published: options.published,
    credit: `Source: ${source.publisher} (${files}).`,
    files: options.tables.map((table) => ({
      path: `${table}.csv`,
      title: TITLES[table] ?? table,
      version: source.version,
      published: options.published,
      source: `${source.publisher}: ${files}`,
      ...(source.url === undefined ? {} : { source_url: source.url }),
      licence: source.licence,
    })),
  };
}

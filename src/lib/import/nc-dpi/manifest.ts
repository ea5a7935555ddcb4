import type { Manifest } from '../../data/schemas.ts';

const PUBLISHER = 'NC Department of Public Instruction, School Report Cards';
const SOURCE_URL = 'https://www.dpi.nc.gov/data-reports/school-report-cards/school-report-card-resources-researchers';
const LICENCE = 'North Carolina public records; NCDPI publishes the files for researchers without licence terms';

/** The source files each output table was made from, as `SRC_2019/rcd_inc2.csv`. */
export type SourcesByTable = Readonly<Record<'schools' | 'enrollment' | 'measures' | 'references' | 'spending', readonly string[]>>;

const TITLES: Readonly<Record<keyof SourcesByTable, string>> = {
  schools: 'Schools: names, levels, grades and addresses (no coordinates in the source)',
  enrollment: 'Enrollment by school, year, race and sex',
  measures: 'Indicators by school, year and student group',
  references: 'District and state averages as NCDPI publishes them, by year, indicator and student group',
  spending: 'Per-pupil spending (ESSA) by school and year, federal and state/local',
};

/** `rcd_inc2.csv (SRC_2018, SRC_2019)`: each file once, with the folders (years) it came from. */
function describeFiles(paths: readonly string[]): string {
  const folders = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const [folder = '', name = path] = path.split('/');
    folders.set(name, [...(folders.get(name) ?? []), folder]);
  }
  return [...folders].map(([name, inFolders]) => `${name} (${inFolders.join(', ')})`).join(', ');
}

/** Where a table's rows came from; the averages' source is short, since every school page quotes it. */
function sourceOf(table: keyof SourcesByTable, files: readonly string[]): string {
  if (files.length === 0) return `${PUBLISHER}: no file for this table in the imported folders`;
  if (table === 'references') return `${PUBLISHER}, the district's and the state's own rows`;
  return `${PUBLISHER}: ${describeFiles(files)}`;
}

/**
 * The manifest of an NC import: every table names NCDPI and the exact files it came from,
 * and `credit` says it on every page of the site.
 */
export function ncManifest(options: {
  districtName: string;
  schoolYears: readonly string[];
  folders: readonly string[];
  sources: SourcesByTable;
  published: string;
}): Manifest {
  const { districtName, schoolYears, folders, sources, published } = options;
  const version = folders.join(' + ');
  const years = schoolYears.join(' and ');
  const allFiles = [
    ...new Set(
      Object.values(sources)
        .flat()
        .map((path) => path.split('/').at(-1) ?? path),
    ),
  ].sort();
  return {
    title: `${districtName} school report card data, ${years}, imported from NCDPI files`,
    version,
    published,
    credit: `Source: ${PUBLISHER}, research datasets for ${years} (${allFiles.join(', ')}).`,
    files: (Object.keys(TITLES) as (keyof SourcesByTable)[]).map((table) => ({
      path: `${table}.csv`,
      title: TITLES[table],
      version,
      published,
      source: sourceOf(table, sources[table]),
      source_url: SOURCE_URL,
      licence: LICENCE,
    })),
  };
}

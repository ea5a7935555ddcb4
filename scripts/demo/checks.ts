import { readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import matter from 'gray-matter';
import type { z } from 'zod';
import {
  DomainSchema,
  EnrollmentRowSchema,
  IndicatorSchema,
  ManifestSchema,
  MeasureRowSchema,
  SchoolAliasRowSchema,
  SchoolRowSchema,
  SiteConfigSchema,
  SpendingRowSchema,
  TABLE_COLUMNS,
  type Domain,
  type Indicator,
} from '../../src/lib/data/schemas.ts';
import { STUDENT_GROUPS, STUDENT_GROUP_IDS, type StudentGroupId } from '../../src/lib/data/groups.ts';
import { rowKey, type RowKeyParts } from '../../src/lib/data/keys.ts';
import { IndexMethodSchema } from '../../src/lib/index/method.ts';
import { indexIndicators } from '../../src/lib/site/scores.ts';
import { YEARS, operates, type SchoolSpec } from './directory.ts';

const schoolYearOf = (r: RowKeyParts) => rowKey({ school_year: r.school_year, school_id: r.school_id });

/** The first row of each key, by key. */
function uniqueBy<R>(rows: readonly R[], key: (row: R) => string): Map<string, R> {
  const first = new Map<string, R>();
  for (const row of rows) if (!first.has(key(row))) first.set(key(row), row);
  return first;
}

/**
 * Reads the generated files back from disk and checks them: every row against the project's
 * schemas, the arithmetic the microsimulation promises (groups of a family add up to all
 * students), the years each school operated, and the agreement of data/ with content/
 * (indicator ids, domains, index coverage). Returns one line per problem.
 */

type CsvRecord = Record<string, string>;

interface CheckOptions {
  root: string;
  /** Where the generated CSVs were written (data/ unless --out says otherwise). */
  dataDir: string;
  columns: Record<string, readonly string[]>;
  schools: readonly SchoolSpec[];
  /** The school-year domains meant to fall below the index's minimum coverage. */
  expectedInsufficient: readonly { schoolId: string; year: string; domain: string }[];
}

function readCsv(path: string): { header: string[]; records: CsvRecord[] } {
  const text = readFileSync(path, 'utf8');
  const header = (text.split('\n', 1)[0] ?? '').split(',');
  const records = parse(text, { columns: true, skip_empty_lines: false }) as CsvRecord[];
  return { header, records };
}

function validateRows<S extends z.ZodType>(file: string, records: readonly CsvRecord[], schema: S, problems: string[]): z.output<S>[] {
  const out: z.output<S>[] = [];
  // A column the demo leaves out (an optional one, like phone) reads as blank, as the build reads it.
  const table = TABLE_COLUMNS[file.replace(/\.csv$/, '') as keyof typeof TABLE_COLUMNS];
  const blank = Object.fromEntries(table.columns.map((column) => [column, '']));
  records.forEach((record, i) => {
    const result = schema.safeParse({ ...blank, ...record });
    if (result.success) out.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push(`data/${file} line ${i + 2}, column "${issue.path.join('.')}": ${issue.message}`);
  });
  return out;
}

const FAMILIES = (() => {
  const families = new Map<string, StudentGroupId[]>();
  for (const id of STUDENT_GROUP_IDS) {
    const family = STUDENT_GROUPS[id].family;
    if (family === 'all') continue;
    families.set(family, [...(families.get(family) ?? []), id]);
  }
  return families;
})();

interface Content {
  site: z.output<typeof SiteConfigSchema>;
  method: z.output<typeof IndexMethodSchema>;
  domains: Domain[];
  indicators: Indicator[];
}

function readContent(root: string, problems: string[]): Content | null {
  const front = (path: string): unknown => matter(readFileSync(resolve(root, 'content', path), 'utf8')).data;
  const check = <S extends z.ZodType>(path: string, schema: S): z.output<S> | null => {
    let data: unknown;
    try {
      data = front(path);
    } catch (error) {
      problems.push(`content/${path}: ${(error as Error).message}`);
      return null;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`content/${path}, "${issue.path.join('.')}": ${issue.message}`);
      return null;
    }
    return result.data;
  };
  const list = (dir: string) =>
    readdirSync(resolve(root, 'content', dir))
      .filter((f) => f.endsWith('.md'))
      .sort();
  const site = check('site.md', SiteConfigSchema);
  const method = check('index.md', IndexMethodSchema);
  const domains: Domain[] = [];
  for (const file of list('domains')) {
    const d = check(`domains/${file}`, DomainSchema);
    if (d === null) continue;
    if (`${d.id}.md` !== file) problems.push(`content/domains/${file}: id "${d.id}" differs from the file name`);
    domains.push(d);
  }
  const indicators: Indicator[] = [];
  for (const file of list('indicators')) {
    const ind = check(`indicators/${file}`, IndicatorSchema);
    if (ind === null) continue;
    if (`${ind.id}.md` !== file) problems.push(`content/indicators/${file}: id "${ind.id}" differs from the file name`);
    if (!domains.some((d) => d.id === ind.domain))
      problems.push(`content/indicators/${file}: domain "${ind.domain}" has no content/domains/${ind.domain}.md`);
    indicators.push(ind);
  }
  if (site === null || method === null) return null;
  const need = indicators.find((i) => i.id === site.need_measure);
  if (need === undefined || need.kind !== 'context')
    problems.push(`content/site.md: need_measure "${site.need_measure}" must be a context indicator`);
  return { site, method, domains, indicators };
}

export function checkAll(options: CheckOptions): string[] {
  const problems: string[] = [];
  const dataDir = options.dataDir;
  const load = (file: string) => {
    const { header, records } = readCsv(resolve(dataDir, file));
    const expected = options.columns[file] ?? [];
    if (header.join(',') !== expected.join(','))
      problems.push(`data/${file}: header "${header.join(',')}" should be "${expected.join(',')}"`);
    return records;
  };
  const schools = validateRows('schools.csv', load('schools.csv'), SchoolRowSchema, problems);
  const enrollment = validateRows('enrollment.csv', load('enrollment.csv'), EnrollmentRowSchema, problems);
  const measures = validateRows('measures.csv', load('measures.csv'), MeasureRowSchema, problems);
  const spending = validateRows('spending.csv', load('spending.csv'), SpendingRowSchema, problems);
  for (const alias of validateRows('school_aliases.csv', load('school_aliases.csv'), SchoolAliasRowSchema, problems))
    if (!options.schools.some((school) => school.id === alias.school_id))
      problems.push(`data/school_aliases.csv: ${alias.school_id} is not a school of the district`);
  const manifest = ManifestSchema.safeParse(JSON.parse(readFileSync(resolve(dataDir, 'manifest.json'), 'utf8')));
  if (!manifest.success)
    for (const issue of manifest.error.issues) problems.push(`data/manifest.json, "${issue.path.join('.')}": ${issue.message}`);
  else
    for (const f of manifest.data.files)
      if (!(f.path in options.columns)) problems.push(`data/manifest.json: lists ${f.path}, which was not generated`);

  // Unique keys.
  const unique = (file: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) problems.push(`data/${file}: duplicate row for ${k}`);
      seen.add(k);
    }
  };
  unique(
    'schools.csv',
    schools.map((s) => s.school_id),
  );
  unique(
    'enrollment.csv',
    enrollment.map((r) => rowKey(r)),
  );
  unique(
    'measures.csv',
    measures.map((r) => rowKey(r)),
  );
  unique(
    'spending.csv',
    spending.map((r) => rowKey(r)),
  );

  // Every school has rows exactly in the years it operated.
  const yearsOf = (rows: readonly { school_year: string; school_id: string }[]) => {
    const m = new Map<string, Set<string>>();
    for (const r of rows) m.set(r.school_id, (m.get(r.school_id) ?? new Set()).add(r.school_year));
    return m;
  };
  const byFile = { enrollment: yearsOf(enrollment), measures: yearsOf(measures), spending: yearsOf(spending) };
  for (const school of options.schools)
    for (const year of YEARS)
      for (const [file, m] of Object.entries(byFile)) {
        const has = m.get(school.id)?.has(year) ?? false;
        if (has !== operates(school, year))
          problems.push(`data/${file}.csv: school ${school.id} ${has ? 'has' : 'lacks'} rows for ${year}`);
      }

  // Groups of a family add up to all students.
  const enrolled = new Map<string, number>();
  for (const r of enrollment) enrolled.set(rowKey(r), r.count ?? 0);
  for (const [key, { school_year, school_id }] of uniqueBy(enrollment, schoolYearOf)) {
    const all = enrolled.get(rowKey({ school_year, school_id, student_group: 'all' })) ?? 0;
    for (const [family, groups] of FAMILIES) {
      const sum = groups.reduce((s, g) => s + (enrolled.get(rowKey({ school_year, school_id, student_group: g })) ?? 0), 0);
      if (sum !== all) problems.push(`data/enrollment.csv: ${key} ${family} groups add up to ${sum}, not ${all}`);
    }
  }
  const cells = new Map<string, (typeof measures)[number]>();
  for (const r of measures) cells.set(rowKey(r), r);
  const cellOf = (r: RowKeyParts, student_group: string) => cells.get(rowKey({ ...r, student_group }));
  for (const [key, r] of uniqueBy(measures, (m) =>
    rowKey({ school_year: m.school_year, school_id: m.school_id, indicator_id: m.indicator_id }),
  )) {
    const all = cellOf(r, 'all');
    if (all === undefined) {
      problems.push(`data/measures.csv: ${key} has group rows but no row for all students`);
      continue;
    }
    if (all.status !== 'ok' || all.numerator === null) continue;
    if (!cellOf(r, 'female') && !cellOf(r, 'male')) continue; // a school-wide indicator
    for (const [family, groups] of FAMILIES) {
      let num = 0;
      let den = 0;
      for (const g of groups) {
        num += cellOf(r, g)?.numerator ?? 0;
        den += cellOf(r, g)?.denominator ?? 0;
      }
      if (num !== all.numerator || den !== all.denominator)
        problems.push(`data/measures.csv: ${key} ${family} groups give ${num}/${den}, all students ${all.numerator}/${all.denominator}`);
    }
  }
  // Shares agree with enrollment.
  for (const [indicator, group] of [
    ['econ_disadv_share', 'econ_disadv'],
    ['english_learner_share', 'english_learner'],
    ['disability_share', 'disability'],
  ] as const)
    for (const r of measures.filter((m) => m.indicator_id === indicator)) {
      const { school_year, school_id } = r;
      if (
        r.numerator !== enrolled.get(rowKey({ school_year, school_id, student_group: group })) ||
        r.denominator !== enrolled.get(rowKey({ school_year, school_id, student_group: 'all' }))
      )
        problems.push(`data/measures.csv: ${schoolYearOf(r)} ${indicator} differs from enrollment.csv`);
    }

  // Content: the index's definition, and its agreement with the data.
  const content = readContent(options.root, problems);
  if (content === null) return problems;
  const defined = new Set(content.indicators.map((i) => i.id));
  const used = new Set(measures.map((m) => m.indicator_id));
  for (const id of used) if (!defined.has(id)) problems.push(`data/measures.csv: indicator "${id}" has no content/indicators/${id}.md`);
  for (const id of defined) if (!used.has(id)) problems.push(`content/indicators/${id}.md: no rows in data/measures.csv`);

  const min = content.site.min_group_size;
  for (const r of measures) {
    const ind = content.indicators.find((i) => i.id === r.indicator_id);
    if (r.student_group === 'all' && r.status === 'ok' && ind?.subject === 'students' && r.denominator !== null && r.denominator < min)
      problems.push(`data/measures.csv: ${rowKey({ ...r, student_group: undefined })} all students has only ${r.denominator}`);
    if (ind !== undefined && ind.subject === 'staff' && r.student_group !== 'all')
      problems.push(`data/measures.csv: staff indicator ${r.indicator_id} has a row for ${r.student_group}`);
  }

  // Domain coverage for all students, as the index computes it.
  const threshold = content.method.domains.min_coverage;
  const insufficient: string[] = [];
  for (const [key, r] of uniqueBy(measures, schoolYearOf))
    for (const domain of content.domains) {
      const inds = indexIndicators(content.indicators).filter((i) => i.domain === domain.id);
      const total = inds.reduce((s, i) => s + i.weight, 0);
      const present = inds.filter((i) => cellOf({ ...r, indicator_id: i.id }, 'all')?.status === 'ok').reduce((s, i) => s + i.weight, 0);
      const coverage = total === 0 ? 0 : present / total;
      if (Math.abs(coverage - threshold) < 0.005)
        problems.push(`${key} ${domain.id}: coverage ${coverage.toFixed(4)} is too close to min_coverage ${threshold} to be meant`);
      if (coverage < threshold) insufficient.push(`${key} ${domain.id}`);
    }
  const expected = options.expectedInsufficient.map((e) => `${rowKey({ school_year: e.year, school_id: e.schoolId })} ${e.domain}`);
  if (insufficient.sort().join('|') !== [...expected].sort().join('|'))
    problems.push(`insufficient domains are [${insufficient.join(', ')}], expected [${expected.join(', ')}]`);
  return problems;
}

// ---------- a summary for the people who read the run ----------

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export function summarize(dataDir: string): void {
  console.log('Files:');
  for (const file of ['schools.csv', 'enrollment.csv', 'measures.csv', 'spending.csv', 'school_aliases.csv', 'manifest.json']) {
    const path = resolve(dataDir, file);
    const rows = file.endsWith('.csv') ? readFileSync(path, 'utf8').split('\n').length - 2 : 0;
    console.log(`  data/${file.padEnd(15)} ${String(statSync(path).size).padStart(9)} bytes${rows ? `  ${rows} rows` : ''}`);
  }
  const measures = readCsv(resolve(dataDir, 'measures.csv')).records;
  const enrollment = readCsv(resolve(dataDir, 'enrollment.csv')).records;
  const spending = readCsv(resolve(dataDir, 'spending.csv')).records;
  const ok = measures.filter((r) => r.status === 'ok');

  console.log('\nDistrict, all students (sum of numerators / sum of denominators):');
  const ids = [...new Set(measures.map((r) => r.indicator_id ?? ''))].filter((id) => id !== 'students_per_counselor');
  console.log(`  ${''.padEnd(24)}${YEARS.map((y) => y.padStart(8)).join('')}`);
  for (const id of ids) {
    const line = YEARS.map((y) => {
      const rows = ok.filter((r) => r.indicator_id === id && r.school_year === y && r.student_group === 'all');
      return pct(
        rows.reduce((s, r) => s + Number(r.numerator), 0),
        rows.reduce((s, r) => s + Number(r.denominator), 0),
      ).padStart(8);
    });
    console.log(`  ${(id ?? '').padEnd(24)}${line.join('')}`);
  }

  const last = YEARS[YEARS.length - 1] ?? '';
  console.log(`\nGaps in ${last} (district):`);
  for (const id of ['ela_proficiency', 'math_proficiency', 'graduation_rate', 'chronic_absenteeism', 'suspension_rate', 'belonging']) {
    const by = (g: string) => {
      const rows = ok.filter((r) => r.indicator_id === id && r.school_year === last && r.student_group === g);
      return pct(
        rows.reduce((s, r) => s + Number(r.numerator), 0),
        rows.reduce((s, r) => s + Number(r.denominator), 0),
      );
    };
    console.log(
      `  ${id.padEnd(22)} econ ${by('econ_disadv')} / not ${by('not_econ_disadv')}   EL ${by('english_learner')} / not ${by('not_english_learner')}   SWD ${by('disability')} / not ${by('no_disability')}   Black ${by('black')} White ${by('white')}`,
    );
  }

  // School-level relations with need.
  const csvSchoolYear = (r: CsvRecord) => schoolYearOf({ school_year: r['school_year'] ?? '', school_id: r['school_id'] ?? '' });
  const value = (r: CsvRecord) => (r.value ? Number(r.value) : (100 * Number(r.numerator)) / Number(r.denominator));
  const schoolValues = new Map<string, Map<string, number>>();
  for (const r of ok.filter((m) => m.student_group === 'all')) {
    const key = csvSchoolYear(r);
    schoolValues.set(key, (schoolValues.get(key) ?? new Map()).set(r.indicator_id ?? '', value(r)));
  }
  for (const r of spending) schoolValues.get(csvSchoolYear(r))?.set('spending_total', Number(r.federal) + Number(r.state_local));
  console.log(`\nCorrelation with econ_disadv_share across schools, ${last}:`);
  const keys = [...schoolValues.keys()].filter((k) => k.startsWith(last));
  const corr: string[] = [];
  for (const id of [...ids.filter((i) => i !== 'econ_disadv_share'), 'students_per_counselor', 'spending_total']) {
    const pairs = keys
      .map((k) => [schoolValues.get(k)?.get('econ_disadv_share'), schoolValues.get(k)?.get(id)])
      .filter((p): p is [number, number] => p[0] !== undefined && p[1] !== undefined);
    corr.push(
      `${id} ${pearson(
        pairs.map((p) => p[0]),
        pairs.map((p) => p[1]),
      ).toFixed(2)}`,
    );
  }
  console.log(`  ${corr.join(', ')}`);

  // Spending exceptions: high-need schools below low-need ones.
  for (const y of [YEARS[0], last]) {
    const rows = keys.length === 0 ? [] : [...schoolValues.entries()].filter(([k]) => k.startsWith(y ?? ''));
    const sorted = rows
      .map(([k, m]) => ({ k, need: m.get('econ_disadv_share') ?? 0, total: m.get('spending_total') ?? 0 }))
      .sort((a, b) => a.need - b.need);
    const q = Math.floor(sorted.length / 4);
    const low = sorted.slice(0, q);
    const high = sorted.slice(-q);
    const mean = (xs: { total: number }[]) => xs.reduce((s, x) => s + x.total, 0) / xs.length;
    const exceptions = high.filter((h) => h.total < mean(low)).map((h) => h.k.split(' ')[1]);
    console.log(
      `  spending ${y}: lowest-need quarter $${mean(low).toFixed(0)}, highest-need quarter $${mean(high).toFixed(0)} per pupil; ` +
        `highest-need-quarter schools below the lowest-need quarter's average: ${exceptions.join(', ') || 'none'}`,
    );
  }

  const range = (column: 'federal' | 'state_local') => {
    const xs = spending.map((r) => Number(r[column]));
    return `$${Math.min(...xs)}–$${Math.max(...xs)}`;
  };
  console.log(`  federal ${range('federal')}, state/local ${range('state_local')} per pupil over all years`);

  // Small groups.
  console.log('\nSmall groups in enrollment.csv (school-years with 1 to 9 students, and with none):');
  for (const g of STUDENT_GROUP_IDS) {
    const counts = enrollment.filter((r) => r.student_group === g).map((r) => Number(r.count));
    const small = counts.filter((c) => c > 0 && c < 10).length;
    const zero = counts.filter((c) => c === 0).length;
    if (small + zero > 0)
      console.log(`  ${g.padEnd(20)} 1-9: ${String(small).padStart(3)}   0: ${String(zero).padStart(3)}   of ${counts.length}`);
  }
  const smallCells = measures.filter((r) => r.status === 'ok' && r.denominator !== '' && Number(r.denominator) < 10).length;
  console.log(`  measures.csv rows with a denominator under 10: ${smallCells} of ${measures.length}`);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { STUDENT_GROUP_IDS, type StudentGroupId } from '../../src/lib/data/groups.ts';
import { t } from '../../src/lib/i18n/index.ts';
import { runAttacks, type AttackReport, type Seen, type SeenSchoolYear } from '../../src/lib/privacy/attack.ts';
import { isRedirectPage, listPages } from './pages.ts';

/**
 * The outside attack: reads a built site as a visitor does, from its HTML only, and mounts
 * the attacks of src/lib/privacy/attack.ts by arithmetic on what the school pages show (each
 * indicator's newest values for all students and each group, and the enrollment). What a visitor
 * would infer from words is read the same way: a percent indicator whose title names
 * teachers, staff or counselors is about staff, one whose title names a group is that
 * group's share of enrollment.
 */

export interface AuditResult {
  pages: number;
  reports: AttackReport[];
}

const STAFF = /teacher|staff|counselor/i;
const GROUPS = STUDENT_GROUP_IDS.map((id) => ({ id, name: t('en', `group.${id}`) }));
const groupByName = new Map(GROUPS.map((g) => [g.name, g.id]));

/** A table cell's text as a visitor reads it; null when it says there is no data. */
export function seenOfText(text: string): Seen | null {
  const value = text.trim();
  if (value === t('en', 'status.missing') || value === '') return null;
  const number = /^(?:\$)?(-?[\d,]+(?:\.(\d+))?)%?(?: (or less|or more))?$/.exec(value);
  if (!number) return { kind: 'hidden' };
  const shown = Number((number[1] ?? '').replaceAll(',', ''));
  if (number[3] === 'or less') return { kind: 'at_most', bound: shown };
  if (number[3] === 'or more') return { kind: 'at_least', bound: shown };
  return { kind: 'value', value: shown, halfStep: number[2] ? 0.5 * 10 ** -number[2].length : 0.5 };
}

const isPercent = (text: string) => /%/.test(text);

/** The group whose name an indicator's title holds ("English learners"), longest name first. */
function shareOf(title: string): StudentGroupId | null {
  const lower = title.toLowerCase();
  const match = GROUPS.filter((g) => g.id !== 'all' && lower.includes(g.name.toLowerCase())).sort(
    (a, b) => b.name.length - a.name.length,
  )[0];
  return match?.id ?? null;
}

/** A school year as the pages write it, at the end of a caption or title: "…, 2024–25". */
const YEAR_AT_END = /(\d{4}[–-]\d{2})\s*$/;

/**
 * One school page's school years, as the attacks read them: each indicator's newest value with
 * the year beside it, each group table under the year in its title, and the enrollment under the
 * year at the head of its column. Cells of different years never meet in one relation.
 */
export function seenOfSchoolPage(html: string): SeenSchoolYear[] {
  const { document } = parseHTML(html);
  const name = document.querySelector('h1')?.textContent?.trim() ?? '';
  const years = new Map<string, SeenSchoolYear>();
  const yearOf = (year: string) => {
    let seen = years.get(year);
    if (!seen) years.set(year, (seen = { label: `${name}, ${year}`, enrollment: new Map(), rates: [] }));
    return seen;
  };
  const rateOf = (year: string, title: string) => {
    const { rates } = yearOf(year);
    let rate = rates.find((r) => r.indicator === title);
    if (!rate) rates.push((rate = { indicator: title, shareOf: shareOf(title), cells: new Map() }));
    return rate;
  };
  // "Who attends": one row per group, one column per school year, each year's counts its own relation.
  const enrollmentTable = document.querySelector('#attendance-heading ~ .table-scroll table');
  const enrollmentYears = [...(enrollmentTable?.querySelectorAll('thead th') ?? [])].slice(1).map((th) => th.textContent?.trim() ?? '');
  for (const row of enrollmentTable?.querySelectorAll('tbody tr') ?? []) {
    const group = groupByName.get(row.querySelector('th')?.textContent?.trim() ?? '');
    [...row.querySelectorAll('td')].forEach((td, i) => {
      const seen = seenOfText(td.textContent ?? '');
      const year = enrollmentYears[i];
      if (group && seen && year) yearOf(year).enrollment.set(group, seen);
    });
  }
  for (const row of document.querySelectorAll('#indicators-heading + .table-scroll tbody tr')) {
    const title = row.querySelector('th')?.textContent?.trim() ?? '';
    const [value, year] = [...row.querySelectorAll('td')].map((td) => td.textContent ?? '');
    const seen = seenOfText(value ?? '');
    if (STAFF.test(title) || !seen || !year || (seen.kind !== 'hidden' && !isPercent(value ?? ''))) continue;
    rateOf(year.trim(), title).cells.set('all', { seen, denominator: null });
  }
  for (const details of document.querySelectorAll('details.groups')) {
    const summary = details.querySelector('summary')?.textContent?.trim() ?? '';
    const year = YEAR_AT_END.exec(summary)?.[1];
    const title = year ? summary.slice(0, summary.length - year.length).replace(/,\s*$/, '') : summary;
    if (!year || STAFF.test(title)) continue;
    const cells = [...details.querySelectorAll('tbody tr')].map((row) => ({
      group: groupByName.get(row.querySelector('th')?.textContent?.trim() ?? ''),
      text: row.querySelector('td')?.textContent ?? '',
    }));
    if (!cells.some((c) => isPercent(c.text))) continue;
    for (const { group, text } of cells) {
      const seen = seenOfText(text);
      if (group && seen) rateOf(year, title).cells.set(group, { seen, denominator: null });
    }
  }
  return [...years.values()];
}

/** Audits every school page of a built site. `min` defaults to the minimum the pages state. */
export function auditSite(dir: string, limits: { min?: number; small?: number } = {}): AuditResult {
  const pages = listPages(dir).filter((page) => /^schools\/[^/]+\/$/.test(page) && !isRedirectPage(dir, page));
  const html = pages.map((page) => readFileSync(join(dir, page, 'index.html'), 'utf8'));
  const stated = html.map((h) => /fewer than (\d+) students/.exec(h)?.[1]).find((n) => n !== undefined);
  const min = limits.min ?? Number(stated ?? 10);
  const schoolYears = html.flatMap((h) => seenOfSchoolPage(h));
  return { pages: pages.length, reports: runAttacks(schoolYears, { min, small: limits.small ?? 5 }) };
}

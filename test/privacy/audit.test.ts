import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { numbersBeyondPages } from '../../scripts/quality/search-index.ts';
import { runAttacks } from '../../src/lib/privacy/attack.ts';
import { seenOfSchoolPage, seenOfText } from '../../scripts/quality/privacy-audit.ts';

const HIDDEN = 'Not shown to protect privacy: fewer than 10 students, or a value that would reveal such a group';

/** A school page as the site renders one: the indicators with their years, one group table and who attends, by year. */
function page(enrollment: [string, string][], absence: [string, string][], absenceYear = '2024–25'): string {
  const rows = (cells: [string, string][]) =>
    cells.map(([th, td]) => `<tr><th scope="row">${th}</th><td class="num">${td}</td></tr>`).join('');
  return `<!doctype html><html><body><main><h1>Riverwalk Middle</h1>
    <h2 id="indicators-heading">Indicators</h2><div class="table-scroll"><table><tbody>
      <tr><th scope="row"><a href="/i/">Chronic absenteeism</a></th><td class="num">${absence[0]?.[1]}</td><td>${absenceYear}</td><td>x</td></tr>
      <tr><th scope="row"><a href="/t/">Teacher turnover</a></th><td class="num">0.0%</td><td>2024–25</td><td>x</td></tr>
    </tbody></table></div>
    <details class="groups"><summary>Chronic absenteeism, ${absenceYear}</summary><div class="table-scroll"><table><tbody>${rows(absence)}</tbody></table></div></details>
    <h2 id="attendance-heading">Who attends</h2><p>603 students in 2024–25.</p><div class="table-scroll"><table><caption>Students by group and school year</caption><thead><tr><th scope="col">Student group</th><th scope="col">2024–25</th></tr></thead><tbody>${rows(enrollment)}</tbody></table></div>
  </main></body></html>`;
}

const ENROLLMENT: [string, string][] = [
  ['All students', '603'],
  ['American Indian or Alaska Native', '12'],
  ['Asian', '69'],
  ['Black or African American', '67'],
  ['Hispanic or Latino', '257'],
  ['Native Hawaiian or Pacific Islander', HIDDEN],
  ['Two or more races', '41'],
  ['White', '156'],
];
const ABSENCE: [string, string][] = [
  ['All students', '10.0%'],
  ['Asian', '7.2%'],
  ['Black or African American', '14.9%'],
  ['Hispanic or Latino', '9.7%'],
  ['Two or more races', '12.2%'],
  ['White', '8.3%'],
];
const pinnedOf = (html: string) => runAttacks(seenOfSchoolPage(html), { min: 10, small: 5 }).flatMap((r) => r.pinned);

describe('the outside audit reads the pages as a visitor does', () => {
  it('reads values at their shown precision, bands as bounds and sentences as hidden', () => {
    expect(seenOfText('9.7%')).toEqual({ kind: 'value', value: 9.7, halfStep: 0.05 });
    expect(seenOfText('1,234')).toEqual({ kind: 'value', value: 1234, halfStep: 0.5 });
    expect(seenOfText('1% or less')).toEqual({ kind: 'at_most', bound: 1 });
    expect(seenOfText(HIDDEN)).toEqual({ kind: 'hidden' });
    expect(seenOfText('No data')).toBeNull();
  });

  it('catches a deliberately leaked count: one hidden group of a family whose others are shown', () => {
    expect(pinnedOf(page(ENROLLMENT, ABSENCE)).map((f) => [f.cell, f.range])).toContainEqual([
      'Riverwalk Middle, 2024–25, enrollment of pacific_islander',
      [1, 1],
    ]);
  });

  it('catches a leaked small count in a published rate, and leaves staff rates alone', () => {
    const leaked = ABSENCE.map(([g, v]): [string, string] => (g === 'Asian' ? [g, '1.4%'] : [g, v]));
    const findings = pinnedOf(
      page(
        ENROLLMENT.map(([g, v]): [string, string] => (g.startsWith('Native') ? [g, '1'] : [g, v])),
        leaked,
      ),
    );
    expect(findings).toEqual([
      {
        cell: 'Riverwalk Middle, 2024–25, Chronic absenteeism for asian',
        relation: 'rate × students (with the outcome)',
        range: [1, 1],
      },
    ]);
  });

  it("never joins one year's rates to another year's enrollment", () => {
    const leaked = ABSENCE.map(([g, v]): [string, string] => (g === 'Asian' ? [g, '1.4%'] : [g, v]));
    const enrollment = ENROLLMENT.map(([g, v]): [string, string] => (g.startsWith('Native') ? [g, '1'] : [g, v]));
    // The same leak, but the rates are an older year's: this page gives no enrollment to multiply them by.
    const older = seenOfSchoolPage(page(enrollment, leaked, '2022–23'));
    expect(older.map((y) => y.label)).toEqual(['Riverwalk Middle, 2024–25', 'Riverwalk Middle, 2022–23']);
    expect(older[1]?.rates[0]?.cells.get('asian')).toEqual({ seen: { kind: 'value', value: 1.4, halfStep: 0.05 }, denominator: null });
    expect(older[1]?.enrollment.size).toBe(0);
  });

  it('finds nothing when the hidden cells cover enough students', () => {
    const protectedEnrollment = ENROLLMENT.map(([g, v]): [string, string] => (g.startsWith('American') ? [g, HIDDEN] : [g, v]));
    expect(pinnedOf(page(protectedEnrollment, ABSENCE))).toEqual([]);
  });
});

describe('the search index says no more than its pages', () => {
  it('finds a number a search result holds that its page does not show', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ser-index-'));
    mkdirSync(join(dir, 'schools', '0101'), { recursive: true });
    mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(
      join(dir, 'schools', '0101', 'index.html'),
      '<html><body><main><table><tr><td>12.5%</td><td>2023–24</td></tr></table></main></body></html>',
    );
    const fragment = (content: string) =>
      gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/schools/0101/', content, meta: { title: 'Alder' } })}`));
    writeFileSync(join(dir, 'pagefind', 'fragment', 'en_1.pf_fragment'), fragment('12.5% 2023–24'));
    expect(numbersBeyondPages(dir)).toEqual([]);
    writeFileSync(join(dir, 'pagefind', 'fragment', 'en_1.pf_fragment'), fragment('12.5% 2023–24 and a hidden 42.857'));
    expect(numbersBeyondPages(dir)).toEqual([{ url: '/schools/0101/', numbers: ['42.857'] }]);
  });
});

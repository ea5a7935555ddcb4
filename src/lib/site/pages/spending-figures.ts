import { renderBarChart, renderTrendChart } from '../../charts/index.ts';
import { renderScatterChart } from '../../charts/scatter.ts';
import { formatNumber, formatPercent, formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { SPENDING_SOURCES, type PerPupil } from '../../spending/per-pupil.ts';
import type { SpendingStory } from '../../spending/site-spending.ts';
import { formatCell } from '../format-cell.ts';
import type { SchoolDetail } from '../types.ts';
import type { PageContext } from './context.ts';
import type { FigureModel } from './figures.ts';
import { dollarsOrMissing, levelPlural, levelTitle, ratioSentence, ratioWords } from './spending-text.ts';

/** Which year and level a spending figure shows; each defaults to the page's own. */
export interface SpendingFigureParams {
  year?: string;
  level?: string;
}

const money = dollarsOrMissing;

/** Every school of the leading spending year, by need across and state and local money up, its index level by shape. */
export function spendingVsNeed(ctx: PageContext, { year }: SpendingFigureParams = {}): FigureModel | null {
  const { site, locale } = ctx;
  const story = site.spending;
  if (!story || (year !== undefined && year !== story.year)) return null;
  const need = ctx.indicator(site.site.needMeasure);
  const drawn = story.schools.flatMap((s) =>
    s.need === null || s.perPupil.stateLocal === null ? [] : [{ ...s, need: s.need, y: s.perPupil.stateLocal }],
  );
  if (drawn.length === 0 || !need || need.type !== 'numeric') return null;
  const levels = [...site.index.levels.map((l) => l.level), null];
  const label = (level: number | null) => ctx.levelLabel(level) ?? t(locale, 'spending.scatter.none');
  const used = levels.filter((level) => drawn.some((s) => s.indexLevel === level));
  const name = new Map(site.schools.map((s) => [s.id, s.name]));
  const shown = formatSchoolYear(story.year, locale);
  const data = {
    points: drawn.map((s) => ({ x: s.need, y: s.y, category: used.indexOf(s.indexLevel) })),
    categories: used.map(label),
    x: { label: need.shortTitle, unit: need.unit },
    y: { label: t(locale, 'spending.scatter.y'), unit: 'dollars' as const },
  };
  const byName = [...story.schools].sort((a, b) => (name.get(a.id) ?? '').localeCompare(name.get(b.id) ?? '', locale));
  return {
    svg: renderScatterChart(data, { locale, idPrefix: 'spending-vs-need' }),
    caption: t(locale, 'spending.scatter.caption', { count: formatNumber(drawn.length, locale), year: shown }),
    tableCaption: t(locale, 'spending.scatter.table', { year: shown }),
    columns: [
      t(locale, 'table.school'),
      t(locale, 'spending.table.level'),
      need.shortTitle,
      ...SPENDING_SOURCES.map((source) => t(locale, `spending.column.${source}`)),
      site.index.title,
    ],
    rows: byName.map((s) => [
      name.get(s.id) ?? s.id,
      levelTitle(locale, s.level),
      formatCell(s.needCell, need.unit, need.decimals, locale, site.site.minGroupSize),
      ...SPENDING_SOURCES.map((source) => money(locale, s.perPupil[source])),
      label(s.indexLevel),
    ]),
  };
}

/** The state and local quartile ratio of each level, year by year, as a share more or less than even. */
export function spendingProgressivity(ctx: PageContext): FigureModel | null {
  const { site, locale } = ctx;
  const story = site.spending;
  const levels = story ? [...new Set(story.years.flatMap((y) => y.levels.map((l) => l.level)))] : [];
  if (!story || levels.length === 0) return null;
  const ratio = (year: SpendingStory['years'][number], level: string) =>
    year.levels.find((l) => l.level === level)?.sources.stateLocal.ratio ?? null;
  const latest = story.years.findLast((y) => y.levels.length > 0);
  const data = {
    series: levels.map((level, i) => ({
      label: levelTitle(locale, level),
      emphasis: i === 0,
      points: story.years.map((y) => {
        const r = ratio(y, level);
        return { year: y.year, value: r === null ? null : (r - 1) * 100 };
      }),
    })),
    yLabel: t(locale, 'spending.trend.y'),
    unit: 'percent' as const,
    decimals: 0,
  };
  // Each level's first and last year with figures; with a single year, where that year stands.
  const trend = levels.flatMap((level) => {
    const years = story.years.filter((y) => ratio(y, level) !== null);
    const first = years[0];
    const last = years.at(-1);
    if (!first || !last || first === last) return [];
    return [
      t(locale, 'spending.trend.change', {
        level: levelTitle(locale, level),
        first: ratioWords(locale, ratio(first, level) ?? 1),
        firstYear: formatSchoolYear(first.year, locale),
        last: ratioWords(locale, ratio(last, level) ?? 1),
        lastYear: formatSchoolYear(last.year, locale),
      }),
    ];
  });
  const newest = latest?.levels.map((l) => ratioSentence(ctx, l.level, 'stateLocal', l.sources.stateLocal.ratio)) ?? [];
  const caption = (trend.length > 0 ? trend : newest).join(' ') || t(locale, 'spending.trend.caption.none');
  return {
    svg: renderTrendChart({ ...data, description: caption }, { locale, idPrefix: 'spending-progressivity' }),
    caption,
    tableCaption: t(locale, 'spending.trend.table'),
    columns: [t(locale, 'table.year'), ...levels.map((level) => levelTitle(locale, level))],
    rows: story.years.map((y) => [
      formatSchoolYear(y.year, locale),
      ...levels.map((level) => {
        const r = ratio(y, level);
        return r === null ? t(locale, 'status.missing') : ratioWords(locale, r);
      }),
    ]),
  };
}

/** One level's need quarters, each with its state and local and its federal dollars per student. */
export function spendingSplit(ctx: PageContext, { year, level }: SpendingFigureParams = {}): FigureModel | null {
  const { site, locale } = ctx;
  const story = site.spending;
  const ofYear = story?.years.find((y) => y.year === (year ?? story.year));
  const figures = ofYear?.levels.find((l) => l.level === (level ?? ofYear.levels[0]?.level));
  if (!ofYear || !figures) return null;
  const quarters = [0, 1, 2, 3].map((q) => t(locale, `spending.split.quarter.${q as 0 | 1 | 2 | 3}`));
  const share = (q: number) => {
    const federal = figures.sources.federal.quartiles[q] ?? 0;
    const total = figures.sources.total.quartiles[q] ?? 0;
    return formatPercent(total > 0 ? (federal / total) * 100 : 0, locale, { decimals: 0 });
  };
  const data = {
    bars: quarters.flatMap((quarter, q) =>
      (['stateLocal', 'federal'] as const).map((source) => ({
        label: t(locale, 'spending.split.bar', { quarter, source: t(locale, `spending.column.${source}`) }),
        value: figures.sources[source].quartiles[q] ?? 0,
        emphasis: source === 'stateLocal',
      })),
    ),
    xLabel: t(locale, 'spending.split.axis'),
    unit: 'dollars' as const,
    decimals: 0,
  };
  const levelText = levelPlural(locale, figures.level);
  return {
    svg: renderBarChart(data, { locale, idPrefix: `spending-split-${figures.level}` }),
    caption: t(locale, 'spending.split.caption', { level: levelText, lowShare: share(0), highShare: share(3) }),
    tableCaption: t(locale, 'spending.split.table', {
      level: levelTitle(locale, figures.level),
      year: formatSchoolYear(ofYear.year, locale),
    }),
    columns: [
      t(locale, 'spending.split.quarter'),
      ...SPENDING_SOURCES.map((source) => t(locale, `spending.column.${source}`)),
      t(locale, 'spending.split.federalShare'),
    ],
    rows: quarters.map((quarter, q) => [
      quarter,
      ...SPENDING_SOURCES.map((source) => money(locale, figures.sources[source].quartiles[q] ?? null)),
      share(q),
    ]),
  };
}

/** A school's state and local money per student over the years, against the district's schools and its peers. */
export function schoolSpending(ctx: PageContext, school: Pick<SchoolDetail, 'name' | 'spending'>): FigureModel | null {
  const { locale } = ctx;
  if (school.spending.length === 0) return null;
  const series = (label: string, emphasis: boolean, value: (row: SchoolDetail['spending'][number]) => PerPupil | null) => ({
    label,
    emphasis,
    points: school.spending.map((row) => ({ year: row.year, value: value(row)?.stateLocal ?? null })),
  });
  const data = {
    series: [
      series(school.name, true, (row) => row.school),
      series(t(locale, 'school.spending.district'), false, (row) => row.district),
      series(t(locale, 'school.spending.peers'), false, (row) => row.peers),
    ],
    yLabel: t(locale, 'spending.scatter.y'),
    unit: 'dollars' as const,
    decimals: 0,
  };
  const first = school.spending[0];
  const last = school.spending.at(-1);
  const caption = t(locale, 'school.spending.trend.caption', {
    school: school.name,
    first: money(locale, first?.school.stateLocal ?? null),
    firstYear: formatSchoolYear(first?.year ?? '', locale),
    last: money(locale, last?.school.stateLocal ?? null),
    lastYear: formatSchoolYear(last?.year ?? '', locale),
  });
  return {
    svg: renderTrendChart({ ...data, description: caption }, { locale, idPrefix: 'school-spending' }),
    caption,
    tableCaption: t(locale, 'school.spending.trend.table'),
    columns: [t(locale, 'table.year'), school.name, t(locale, 'school.spending.district'), t(locale, 'school.spending.peers')],
    rows: school.spending.map((row) => [
      formatSchoolYear(row.year, locale),
      money(locale, row.school.stateLocal),
      money(locale, row.district.stateLocal),
      money(locale, row.peers?.stateLocal ?? null),
    ]),
  };
}

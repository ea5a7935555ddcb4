import { describeBarChart, renderBarChart, type BarData } from '../../charts/index.ts';
import { formatList, formatNumber, formatSchoolYear, formatSignedChange } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { BaselineMeaning, DecomposedScore } from '../../index/explain.ts';
import type { IndexMethod } from '../../index/method.ts';
import { indicatorCellText } from '../indicator-text.ts';
import type { SchoolDetail, SchoolYearDetail } from '../types.ts';
import type { PageContext } from './context.ts';
import type { FigureModel } from './figures.ts';
import { glossaryHref } from './glossary.ts';

export interface SchoolWhySection {
  heading: string;
  /** Where the score starts (a school at the district average) and how each measure moves it. */
  intro: string | null;
  /** "Chronic absenteeism adds the most to this school's need score (+12.3)." */
  sentences: string[];
  figure: FigureModel | null;
  /** Said instead of the parts when the index's method cannot be split into them. */
  none: string | null;
  /** Scored measures with no value this year, which take no part. */
  missing: string | null;
  glossary: { text: string; href: string };
}

/** "Why this score": each measure's part of the score, largest first, in sentences, a chart and a table. */
export function schoolWhySection(ctx: PageContext, current: SchoolYearDetail): SchoolWhySection {
  const { site, locale } = ctx;
  const { explanation } = current;
  const base = {
    heading: t(locale, 'school.why.heading'),
    glossary: { text: t(locale, 'glossary.contribution.term'), href: glossaryHref(ctx, 'contribution') },
  };
  if (!explanation.decomposable) {
    return { ...base, intro: null, sentences: [], figure: null, missing: null, none: t(locale, `school.why.none.${explanation.reason}`) };
  }
  const { orientation, scope } = site.index.method;
  const number = (x: number) => formatNumber(x, locale, { decimals: explanation.decimals });
  const signed = (x: number) => formatSignedChange(x, locale, { decimals: explanation.decimals });
  const title = (id: string) => ctx.indicator(id)?.title ?? id;
  const up = explanation.parts.find((p) => p.shown > 0);
  const down = explanation.parts.find((p) => p.shown < 0);
  const sentences = [
    ...(up ? [t(locale, `school.why.most.${orientation}`, { indicator: title(up.indicatorId), part: signed(up.shown) })] : []),
    ...(down ? [t(locale, `school.why.least.${orientation}`, { indicator: title(down.indicatorId), part: signed(down.shown) })] : []),
  ];
  const present = new Set(explanation.parts.map((p) => p.indicatorId));
  // A measure with no row at all does not apply to the school (graduation at an elementary school).
  const absent = site.indicators
    .filter((i) => i.scored !== false && !present.has(i.id) && current.cells[i.id] !== undefined)
    .map((i) => i.title);
  return {
    ...base,
    intro: t(locale, introKey(explanation.baseline.meaning, orientation, scope), {
      baseline: number(explanation.baseline.shown),
      score: number(explanation.shownScore),
    }),
    sentences: sentences.length > 0 ? sentences : [t(locale, 'school.why.flat')],
    figure: scorePartsFigure(ctx, current, explanation),
    none: null,
    missing: absent.length === 0 ? null : t(locale, 'school.why.missing', { indicators: formatList(absent, locale) }),
  };
}

/** Where the score starts, in the words of the index's orientation and scope. */
function introKey(meaning: BaselineMeaning, orientation: IndexMethod['orientation'], scope: IndexMethod['scope']) {
  const level = scope === 'level' ? '.level' : '';
  if (meaning === 'zero') return 'school.why.intro.zero' as const;
  if (meaning === 'mean') return `school.why.intro.mean${level}` as const;
  return `school.why.intro.least.${orientation}${level}` as const;
}

/** The figure `school-score-parts`: the newest year's parts, where the score splits into them. */
export function schoolScoreParts(ctx: PageContext, school: SchoolDetail): FigureModel | null {
  const { current } = school;
  return current?.explanation.decomposable ? scorePartsFigure(ctx, current, current.explanation) : null;
}

/** The parts as bars, and as a table that adds up: the starting point, each measure, the score. */
function scorePartsFigure(ctx: PageContext, current: SchoolYearDetail, explanation: DecomposedScore): FigureModel {
  const { site, locale } = ctx;
  const year = formatSchoolYear(current.year, locale);
  const number = (x: number) => formatNumber(x, locale, { decimals: explanation.decimals });
  const signed = (x: number) => formatSignedChange(x, locale, { decimals: explanation.decimals });
  const data: BarData = {
    bars: explanation.parts.map((p) => ({ label: ctx.indicator(p.indicatorId)?.shortTitle ?? p.indicatorId, value: p.shown })),
    xLabel: t(locale, 'school.why.axis'),
    unit: 'score',
    decimals: explanation.decimals,
  };
  const cell = (id: string) => {
    const indicator = ctx.indicator(id);
    return indicator ? indicatorCellText(current.cells[id] ?? null, indicator, locale, site.site.minGroupSize) : '';
  };
  return {
    svg: renderBarChart(data, { locale, idPrefix: 'school-why' }),
    caption: describeBarChart(data, locale),
    tableCaption: t(locale, 'school.why.table', { year }),
    columns: [t(locale, 'school.why.measure'), t(locale, 'school.why.value', { year }), t(locale, 'school.why.part')],
    rows: [
      [t(locale, 'school.why.start'), '', number(explanation.baseline.shown)],
      ...explanation.parts.map((p) => [ctx.indicator(p.indicatorId)?.title ?? p.indicatorId, cell(p.indicatorId), signed(p.shown)]),
      [t(locale, 'school.why.total'), '', number(explanation.shownScore)],
    ],
  };
}

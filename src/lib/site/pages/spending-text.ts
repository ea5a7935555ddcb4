import { formatCurrency, formatPercent } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { SpendingSource } from '../../spending/per-pupil.ts';
import type { SourceProgressivity } from '../../spending/progressivity.ts';
import type { PageContext } from './context.ts';

/** A difference this small, either way, reads as "about the same": spending data are not that exact. */
const SAME_WITHIN = 0.02;

/** "elementary schools", as the school page's comparisons name a level. */
export const levelPlural = (locale: string, level: string): string =>
  t(locale, `school.compare.levels.${level as 'elementary' | 'middle' | 'high' | 'combined'}`);

/** "Elementary schools", at the head of a row. */
export function levelTitle(locale: string, level: string): string {
  const text = levelPlural(locale, level);
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** Dollars per student, or "No data" where the district published none. */
export function dollarsOrMissing(locale: string, value: number | null | undefined): string {
  return value == null ? t(locale, 'status.missing') : formatCurrency(value, locale);
}

const sourceName = (locale: string, source: SpendingSource): string => t(locale, `spending.source.${source}`);

/** How a figure compares with a base: "more" by a formatted share, "less", or "same" within `SAME_WITHIN`. */
export function comparedWith(locale: string, value: number, base: number): { direction: 'more' | 'less' | 'same'; percent: string } {
  const share = value / base - 1;
  if (!(Math.abs(share) >= SAME_WITHIN)) return { direction: 'same', percent: formatPercent(SAME_WITHIN * 100, locale, { decimals: 0 }) };
  return { direction: share > 0 ? 'more' : 'less', percent: formatPercent(Math.abs(share) * 100, locale, { decimals: 0 }) };
}

/** "8% more", "3% less" or "about the same": a ratio's cell in a table. */
export function ratioWords(locale: string, ratio: number): string {
  const { direction, percent } = comparedWith(locale, ratio, 1);
  if (direction === 'same') return t(locale, 'spending.percentSame');
  return t(locale, direction === 'more' ? 'spending.percentMore' : 'spending.percentLess', { percent });
}

/** "Among elementary schools, those in the highest-need quarter receive 8% more state and local money per student than …" */
export function ratioSentence(ctx: PageContext, level: string, source: SpendingSource, ratio: number): string {
  const { locale } = ctx;
  const { direction, percent } = comparedWith(locale, ratio, 1);
  const params = { level: levelPlural(locale, level), source: sourceName(locale, source) };
  if (direction === 'same') return t(locale, 'spending.ratio.same', { ...params, within: percent });
  return t(locale, direction === 'more' ? 'spending.ratio.more' : 'spending.ratio.less', { ...params, percent });
}

/** The need measure's title as it reads inside a sentence: "students who are economically disadvantaged". */
export function needName(ctx: PageContext): string {
  const title = ctx.indicator(ctx.site.site.needMeasure)?.title ?? ctx.site.site.needMeasure;
  return title.charAt(0).toLocaleLowerCase(ctx.locale) + title.slice(1);
}

/** The step of need a slope is stated for: 10 percentage points of a percent, else 1 of the measure. */
export function needStep(ctx: PageContext): { size: number; text: string } {
  const need = ctx.indicator(ctx.site.site.needMeasure);
  const name = needName(ctx);
  return need?.type === 'numeric' && need.unit === 'percent'
    ? { size: 10, text: t(ctx.locale, 'spending.slope.step.percent', { need: name }) }
    : { size: 1, text: t(ctx.locale, 'spending.slope.step.unit', { need: name }) };
}

/** The slope in words, with its interval; "no clear rise or fall" when the interval holds zero. */
export function slopeSentence(
  ctx: PageContext,
  level: string,
  source: SpendingSource,
  slope: NonNullable<SourceProgressivity['slope']>,
): string {
  const { locale } = ctx;
  const step = needStep(ctx);
  const money = (value: number) => formatCurrency(value * step.size, locale);
  const params = {
    level: levelPlural(locale, level),
    source: sourceName(locale, source),
    step: step.text,
    low: money(slope.low),
    high: money(slope.high),
  };
  if (slope.low <= 0 && slope.high >= 0) return t(locale, 'spending.slope.unclear', params);
  const key = slope.perUnit > 0 ? 'spending.slope.more' : 'spending.slope.less';
  return t(locale, key, { ...params, amount: money(Math.abs(slope.perUnit)) });
}

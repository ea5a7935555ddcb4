import {
  formatDate,
  formatList,
  formatNumber,
  formatOrdinal,
  formatSchoolYear,
  formatScore,
  formatSignedChange,
} from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { SchoolLevel } from '../../data/schemas.ts';
import type { ScoreInfo } from '../../index/scores-by-year.ts';
import { scoreMeaning } from '../score-text.ts';
import type { SchoolDetail, SchoolYearDetail, YearStats } from '../types.ts';
import type { PageContext } from './context.ts';
import { glossaryHref } from './glossary.ts';

export interface SchoolSummarySection {
  heading: string;
  /** "Figures for the 2024–25 school year, from data published 15 September 2025." */
  dataLine: string;
  /** Null when the school has too little data for a score this year. */
  card: { value: string; of: string | null; level: string | null; change: string | null } | null;
  insufficient: string;
  /** What a high score means, in one sentence. */
  meaning: string;
  /** "The 12th highest need of the district's 59 scored schools in 2024–25": a rank that cannot be read backwards. */
  rank: string | null;
  /** The school against the district's median and its own level's. */
  compare: string | null;
  terms: { label: string; links: { text: string; href: string }[] };
}

/** The top of a school page: its score and level, what they mean, and how it compares. */
export function schoolSummarySection(ctx: PageContext, school: SchoolDetail, current: SchoolYearDetail): SchoolSummarySection {
  const { site, locale } = ctx;
  const { method } = site.index;
  const { score } = current;
  const stats = ctx.stats(current.year);
  const year = formatSchoolYear(current.year, locale);
  const term = (id: 'score' | 'level' | 'rank' | 'median') => ({ text: t(locale, `glossary.${id}.term`), href: glossaryHref(ctx, id) });
  return {
    heading: t(locale, 'school.score.heading', { index: site.index.title, year }),
    dataLine: t(locale, 'school.dataLine', { year, date: formatDate(site.manifest.published, locale) }),
    card:
      score.score === null
        ? null
        : {
            value: formatScore(score.score, locale),
            // Only a rescaled score has a maximum to be read against.
            of:
              method.scale.method === 'none'
                ? null
                : t(locale, 'school.score.of', { max: formatNumber(method.scale.max, locale, { decimals: 0 }) }),
            level: ctx.levelLabel(score.level) ?? null,
            change:
              score.change === null
                ? null
                : t(locale, 'school.change', { change: formatSignedChange(score.change, locale, { decimals: 1 }) }),
          },
    insufficient: t(locale, 'school.score.insufficient'),
    meaning: scoreMeaning(method, locale),
    rank: stats ? rankSentence(score, stats, method.orientation, year, locale) : null,
    compare: stats && score.score !== null ? compareSentence(score.score, school.level, stats, locale) : null,
    terms: {
      label: t(locale, 'school.summary.terms'),
      links: [term('score'), ...(site.index.levels.length > 0 ? [term('level')] : []), term('rank'), term('median')],
    },
  };
}

/**
 * Counted from whichever end is nearer, in the index's own words: "the 2nd lowest need of 59"
 * reads right, where "ranked 58th of 59" reads like the worst school.
 */
function rankSentence(
  score: ScoreInfo,
  stats: YearStats,
  orientation: 'need' | 'performance',
  year: string,
  locale: string,
): string | null {
  const { rank } = score;
  const count = stats.scoredCount;
  if (rank === null || count === 0) return null;
  if (count === 1) return t(locale, 'school.rank.alone', { year });
  const params = { count: formatNumber(count, locale), year };
  if (rank === 1) return t(locale, `school.rank.${orientation}.top`, params);
  if (rank === count) return t(locale, `school.rank.${orientation}.bottom`, params);
  const fromTop = rank <= Math.ceil(count / 2);
  return t(locale, `school.rank.${orientation}.${fromTop ? 'high' : 'low'}`, {
    ...params,
    ordinal: formatOrdinal(fromTop ? rank : count - rank + 1, locale),
  });
}

/** Above, below or at a median, as the reader sees the two numbers: equal when they print the same. */
function relation(value: number, median: number, locale: string): string {
  const shown = formatScore(value, locale);
  const middle = formatScore(median, locale);
  if (shown === middle) return t(locale, 'school.compare.at');
  return t(locale, value > median ? 'school.compare.above' : 'school.compare.below');
}

function compareSentence(value: number, level: SchoolLevel, stats: YearStats, locale: string): string | null {
  if (stats.medianScore === null) return null;
  const district = t(locale, 'school.compare.district', {
    relation: relation(value, stats.medianScore, locale),
    median: formatScore(stats.medianScore, locale),
  });
  const own = stats.levelMedianScores[level];
  // A level of one school is the school itself: no comparison.
  const levelPart =
    own && own.count > 1
      ? [
          t(locale, 'school.compare.level', {
            relation: relation(value, own.median, locale),
            count: formatNumber(own.count, locale),
            level: t(locale, `school.compare.levels.${level}`),
            median: formatScore(own.median, locale),
          }),
        ]
      : [];
  return `${formatList([district, ...levelPart], locale)}.`;
}

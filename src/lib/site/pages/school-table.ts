import { formatOrdinal, formatSchoolYear, formatScore, formatSignedChange } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { SchoolSummary } from '../types.ts';
import type { PageContext } from './context.ts';

export interface SchoolTableModel {
  caption: string;
  columns: { school: string; grades: string; score: string; level: string; rank: string; change: string };
  rows: {
    href: string;
    name: string;
    /** Set when the school's newest data is older than the site's year (a closed school). */
    lastYear: string | null;
    grades: string;
    score: { value: string; level: string; rank: string; change: string } | null;
  }[];
  insufficient: string;
}

/** A table of schools with their newest score, level, rank and change. */
export function schoolTable(ctx: PageContext, schools: readonly SchoolSummary[], caption: string): SchoolTableModel {
  const { locale, site } = ctx;
  return {
    caption,
    columns: {
      school: t(locale, 'table.school'),
      grades: t(locale, 'table.grades'),
      score: t(locale, 'table.score'),
      level: t(locale, 'table.level'),
      rank: t(locale, 'table.rank'),
      change: t(locale, 'table.change'),
    },
    rows: schools.map((school) => {
      const { latest, latestYear } = school;
      const stale = latestYear !== null && latestYear !== site.site.currentYear;
      return {
        href: ctx.href.school(school.slug),
        name: school.name,
        lastYear: stale ? t(locale, 'table.lastYear', { year: formatSchoolYear(latestYear, locale) }) : null,
        grades: school.grades,
        score:
          latest?.score == null
            ? null
            : {
                value: formatScore(latest.score, locale),
                level: ctx.levelLabel(latest.level) ?? '',
                // A rank or change from another year would read as this year's.
                rank: latest.rank === null || stale ? '' : formatOrdinal(latest.rank, locale),
                change: latest.change === null || stale ? '' : formatSignedChange(latest.change, locale, { decimals: 1 }),
              },
      };
    }),
    insufficient: t(locale, 'status.insufficient_data'),
  };
}

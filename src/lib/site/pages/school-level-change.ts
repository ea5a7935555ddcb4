import { formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { indicatorCellText, indicatorValueText } from '../indicator-text.ts';
import type { SchoolYearDetail } from '../types.ts';
import type { PageContext } from './context.ts';

export interface SchoolLevelChangeSection {
  heading: string;
  intro: string;
  items: { title: string; href: string; now: string; changes: string[] }[];
}

/**
 * "What would change the level": for the measures with the largest parts, the value of each
 * that moves the school to another level, as the engine found it with every other school held
 * fixed: nearly always the nearest, and the copy says only what was checked (level-change.ts).
 * Values the page cannot show exactly were never searched, and say so.
 */
export function schoolLevelChangeSection(ctx: PageContext, current: SchoolYearDetail): SchoolLevelChangeSection | null {
  const { site, locale } = ctx;
  const own = ctx.levelLabel(current.score.level);
  if (!current.levelChanges || current.levelChanges.length === 0 || own === undefined) return null;
  const items = current.levelChanges.flatMap(({ indicatorId, change }) => {
    const indicator = ctx.indicator(indicatorId);
    if (!indicator) return [];
    const cell = current.cells[indicatorId] ?? null;
    const now = indicatorCellText(cell, indicator, locale, site.site.minGroupSize);
    const moves = change === null ? [] : [change.decrease, change.increase].flatMap((m) => (m ? [m] : []));
    const changes =
      change === null
        ? [t(locale, 'school.levelChange.notExact')]
        : moves.length === 0
          ? [t(locale, 'school.levelChange.none')]
          : [
              ...moves.map((m) =>
                t(locale, 'school.levelChange.move', {
                  value: indicatorValueText(m.value, indicator, locale),
                  level: ctx.levelLabel(m.level) ?? '',
                }),
              ),
              // One way only: say the other way was searched too, so its absence is not read as an omission.
              ...(change.decrease ? [] : [t(locale, 'school.levelChange.noLower')]),
              ...(change.increase ? [] : [t(locale, 'school.levelChange.noHigher')]),
            ];
    return [
      {
        title: indicator.title,
        href: ctx.href.indicator(indicator.slug),
        now: t(locale, 'school.levelChange.now', { value: now }),
        changes,
      },
    ];
  });
  return {
    heading: t(locale, 'school.levelChange.heading'),
    intro: t(locale, 'school.levelChange.intro', { level: own, year: formatSchoolYear(current.year, locale) }),
    items,
  };
}

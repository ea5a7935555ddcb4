import { formatNumber, formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { indicatorValueText } from '../indicator-text.ts';
import type { Finding } from '../strengths.ts';
import type { SchoolDetail } from '../types.ts';
import type { PageContext } from './context.ts';

export interface SchoolFindingsSection {
  heading: string;
  /** The rule in words: against whom, which measures, and what size of difference counts. */
  intro: string;
  strengths: { heading: string; items: { href: string; title: string; text: string }[]; none: string | null };
  challenges: { heading: string; items: { href: string; title: string; text: string }[]; none: string | null };
}

/** Strengths and challenges as sentences, each linked to the measure's own page, its evidence. */
export function schoolFindingsSection(ctx: PageContext, school: SchoolDetail): SchoolFindingsSection | null {
  const { locale } = ctx;
  const { findings, peers } = school;
  if (!findings || !peers) return null;
  const items = (list: readonly Finding[], key: 'school.findings.better' | 'school.findings.worse') =>
    list.flatMap((f) => {
      const indicator = ctx.indicator(f.indicatorId);
      if (!indicator) return [];
      return [
        {
          href: ctx.href.indicator(indicator.slug),
          title: indicator.title,
          text: t(locale, key, {
            value: indicatorValueText(f.value, indicator, locale),
            median: indicatorValueText(f.peerMedian, indicator, locale),
            count: formatNumber(f.peers, locale),
          }),
        },
      ];
    });
  const part = (list: readonly Finding[], which: 'strengths' | 'challenges') => {
    const shown = items(list, which === 'strengths' ? 'school.findings.better' : 'school.findings.worse');
    return {
      heading: t(locale, `school.findings.${which}`),
      items: shown,
      none: shown.length === 0 ? t(locale, `school.findings.${which}.none`) : null,
    };
  };
  return {
    heading: t(locale, 'school.findings.heading'),
    intro: t(locale, 'school.findings.intro', { year: formatSchoolYear(findings.year, locale) }),
    strengths: part(findings.strengths, 'strengths'),
    challenges: part(findings.challenges, 'challenges'),
  };
}

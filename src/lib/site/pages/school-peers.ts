import { formatNumber, formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { PublishedCell } from '../../privacy/suppress.ts';
import { indicatorCellText } from '../indicator-text.ts';
import type { SchoolDetail } from '../types.ts';
import type { PageContext } from './context.ts';
import { glossaryHref } from './glossary.ts';

export interface SchoolPeersSection {
  heading: string;
  /** The rule, in words: who was chosen, by what, in which year. */
  intro: string;
  schools: { href: string; name: string; need: string }[];
  glossary: { text: string; href: string };
}

/** Links to the schools `computePeers` chose, each with its need value, so a reader sees why. */
export function schoolPeersSection(ctx: PageContext, school: SchoolDetail): SchoolPeersSection | null {
  const { site, locale } = ctx;
  const { peers } = school;
  const need = ctx.indicator(site.site.needMeasure);
  if (!peers || !need) return null;
  const summaries = new Map(site.schools.map((s) => [s.id, s]));
  const value = (cell: PublishedCell) => indicatorCellText(cell, need, locale, site.site.minGroupSize);
  return {
    heading: t(locale, 'school.peers.heading'),
    intro: t(locale, site.site.peerSameLevel ? 'school.peers.intro.level' : 'school.peers.intro.all', {
      count: formatNumber(peers.schools.length, locale),
      need: need.title,
      value: value(peers.need),
      year: formatSchoolYear(peers.year, locale),
    }),
    schools: peers.schools.flatMap((peer) => {
      const summary = summaries.get(peer.id);
      return summary ? [{ href: ctx.href.school(summary.slug), name: summary.name, need: value(peer.need) }] : [];
    }),
    glossary: { text: t(locale, 'glossary.peers.term'), href: glossaryHref(ctx, 'peers') },
  };
}

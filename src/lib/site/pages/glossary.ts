import { formatList } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { scoreMeaning } from '../score-text.ts';
import type { PageContext } from './context.ts';
import { layoutModel, type LayoutModel } from './layout.ts';

/** The glossary's entries; each id is its anchor, which pages link a term's first use to. */
const TERMS = [
  'index',
  'score',
  'level',
  'rank',
  'domain',
  'indicator',
  'median',
  'reference',
  'group',
  'gap',
  'suppressed',
  'coded',
  'missing',
  'peers',
  'contribution',
  'strengths',
  'spending',
] as const;

export type GlossaryTerm = (typeof TERMS)[number];

export interface GlossaryPage {
  layout: LayoutModel;
  heading: string;
  intro: string;
  terms: { id: GlossaryTerm; term: string; text: string }[];
  methodology: { href: string; text: string };
}

/** The address of a term's entry, for the link on its first use on a page. */
export function glossaryHref(ctx: PageContext, term: GlossaryTerm): string {
  return `${ctx.href.glossary()}#${term}`;
}

/** Plain definitions, written from the site's own settings (its index, levels, thresholds, need measure). */
export function glossaryPage(ctx: PageContext): GlossaryPage {
  const { site, locale } = ctx;
  const levels = site.index.levels;
  const need = ctx.indicator(site.site.needMeasure);
  const text: Record<GlossaryTerm, string> = {
    index: t(locale, 'glossary.index.text'),
    score: t(locale, 'glossary.score.text', { meaning: scoreMeaning(site.index.method, locale) }),
    level: t(locale, 'glossary.level.text', { first: levels[0]?.label ?? '', last: levels.at(-1)?.label ?? '' }),
    rank: t(locale, 'glossary.rank.text'),
    domain: t(locale, 'glossary.domain.text', {
      domains: formatList(
        site.domains.map((d) => d.title),
        locale,
      ),
    }),
    indicator: t(locale, 'glossary.indicator.text'),
    median: t(locale, 'glossary.median.text'),
    reference: t(locale, 'glossary.reference.text'),
    group: t(locale, 'glossary.group.text'),
    gap: t(locale, 'glossary.gap.text'),
    suppressed: t(locale, 'glossary.suppressed.text', { n: String(site.site.minGroupSize) }),
    coded: t(locale, 'glossary.coded.text'),
    missing: t(locale, 'glossary.missing.text'),
    peers: t(locale, 'glossary.peers.text', { count: String(site.site.peerCount), need: need?.title ?? site.site.needMeasure }),
    contribution: t(locale, 'glossary.contribution.text'),
    strengths: t(locale, 'glossary.strengths.text'),
    spending: t(locale, 'glossary.spending.text'),
  };
  return {
    layout: layoutModel(ctx, {
      title: t(locale, 'glossary.title'),
      description: t(locale, 'glossary.description', { district: site.site.name }),
    }),
    heading: t(locale, 'glossary.heading'),
    intro: t(locale, 'glossary.intro'),
    // A site without spending data says nothing of spending anywhere.
    terms: TERMS.filter((id) => id !== 'spending' || site.manifest.files.some((f) => f.path === 'spending.csv')).map((id) => ({
      id,
      term: id === 'index' ? t(locale, 'glossary.index.term', { index: site.index.title }) : t(locale, `glossary.${id}.term`),
      text: text[id],
    })),
    methodology: { href: ctx.href.methodology(), text: t(locale, 'glossary.methodology') },
  };
}

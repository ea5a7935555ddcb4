import { formatCurrency, formatNumber, formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { SPENDING_SOURCES } from '../../spending/per-pupil.ts';
import type { SchoolDetail } from '../types.ts';
import type { PageContext, Table } from './context.ts';
import { figures, type FigureModel } from './figures.ts';
import { comparedWith, dollarsOrMissing } from './spending-text.ts';

export interface SchoolSpendingSection {
  heading: string;
  /** The newest year's state and local money against the district's schools and the peers; null without it. */
  summary: string | null;
  figure: FigureModel | null;
  split: Table<string[]>;
  /** To the spending page, which the school's figures are part of. */
  link: { href: string; text: string };
}

/** The school's spending against the district and its peers, over the years and by source; null without spending. */
export function schoolSpendingSection(ctx: PageContext, school: SchoolDetail): SchoolSpendingSection | null {
  const { locale } = ctx;
  const latest = school.spending.at(-1);
  if (!latest) return null;
  const money = (value: number | null | undefined) => dollarsOrMissing(locale, value);
  const year = formatSchoolYear(latest.year, locale);
  return {
    heading: t(locale, 'school.spending.heading'),
    summary: summarySentence(ctx, school.name, latest),
    figure: figures.get('school-spending')(ctx, school),
    split: {
      heading: t(locale, 'school.spending.split.caption', { year }),
      caption: t(locale, 'school.spending.split.caption', { year }),
      columns: [
        t(locale, 'school.spending.source'),
        t(locale, 'school.spending.school'),
        t(locale, 'school.spending.district'),
        t(locale, 'school.spending.peers'),
      ],
      rows: SPENDING_SOURCES.map((source) => [
        t(locale, `spending.column.${source}`),
        money(latest.school[source]),
        money(latest.district[source]),
        money(latest.peers?.[source]),
      ]),
    },
    link: { href: ctx.href.spending(), text: t(locale, 'school.spending.link') },
  };
}

function summarySentence(ctx: PageContext, name: string, row: SchoolDetail['spending'][number]): string | null {
  const { locale } = ctx;
  const own = row.school.stateLocal;
  if (own === null) return null;
  const difference = (base: number) => {
    const { direction, percent } = comparedWith(locale, own, base);
    return direction === 'same' ? t(locale, 'school.spending.same') : t(locale, `school.spending.${direction}`, { percent });
  };
  const districtBase = row.district.stateLocal;
  const peersBase = row.peers?.stateLocal ?? null;
  const district =
    districtBase === null
      ? null
      : t(locale, 'school.spending.vsDistrict', { difference: difference(districtBase), district: formatCurrency(districtBase, locale) });
  const peers =
    peersBase === null
      ? null
      : t(locale, 'school.spending.vsPeers', {
          difference: difference(peersBase),
          peers: formatCurrency(peersBase, locale),
          count: formatNumber(row.peerCount, locale),
        });
  const parts = [district, peers].filter((p) => p !== null);
  if (parts.length === 0) return null;
  const relation =
    parts.length === 2 ? t(locale, 'school.spending.and', { first: parts[0] ?? '', second: parts[1] ?? '' }) : (parts[0] ?? '');
  return t(locale, 'school.spending.summary', {
    year: formatSchoolYear(row.year, locale),
    school: name,
    stateLocal: formatCurrency(own, locale),
    relation,
  });
}

import { formatSchoolYear } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import { addressLine, schoolLocation, type SchoolLocation } from '../location.ts';
import type { FormerName, SchoolDetail } from '../types.ts';
import type { Fact, PageContext } from './context.ts';
import { figures, type FigureModel } from './figures.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { schoolAttendanceSection, type SchoolAttendanceSection } from './school-attendance.ts';
import { schoolDomainSections, type SchoolDomainSections } from './school-domains.ts';
import { schoolFindingsSection, type SchoolFindingsSection } from './school-findings.ts';
import { schoolIndicatorSections, type SchoolIndicatorSections } from './school-indicators.ts';
import { schoolLevelChangeSection, type SchoolLevelChangeSection } from './school-level-change.ts';
import { schoolPeersSection, type SchoolPeersSection } from './school-peers.ts';
import { schoolSpendingSection, type SchoolSpendingSection } from './school-spending.ts';
import { schoolSourcesSection, type SchoolSourcesSection } from './school-sources.ts';
import { schoolSummarySection, type SchoolSummarySection } from './school-summary.ts';
import { schoolWhySection, type SchoolWhySection } from './school-why.ts';

/**
 * A school's page, in the order a family reads it: the score and what it means first, then why,
 * area by area, the measures and groups, who attends, spending, facts and sources. Each section
 * is its own model; the stories section is a place its issue fills.
 */
export interface SchoolPage {
  layout: LayoutModel;
  name: string;
  lede: {
    level: string;
    grades: string;
    address: string | null;
    /** "Formerly Lincoln Elementary (until 2019–20)": old names are what readers may search for. */
    former: string[];
    closed: string | null;
    opened: string | null;
  };
  /** The newest year's score; null for a school with no data. */
  summary: SchoolSummarySection | null;
  trend: { heading: string; figure: FigureModel } | null;
  why: SchoolWhySection | null;
  levelChange: SchoolLevelChangeSection | null;
  domains: SchoolDomainSections;
  findings: SchoolFindingsSection | null;
  indicators: SchoolIndicatorSections | null;
  peers: SchoolPeersSection | null;
  attendance: SchoolAttendanceSection;
  spending: SchoolSpendingSection | null;
  facts: { heading: string; items: Fact[] };
  location: SchoolLocation & { heading: string };
  sources: SchoolSourcesSection;
}

export function schoolPage(ctx: PageContext, school: SchoolDetail): SchoolPage {
  const { site, locale } = ctx;
  const index = site.index.title;
  const { current } = school;
  const level = t(locale, `level.${school.level}`);
  const grades = t(locale, 'school.grades', { grades: school.grades });
  return {
    layout: layoutModel(ctx, { title: school.name, description: t(locale, 'school.description', { school: school.name, index }) }),
    name: school.name,
    lede: {
      level,
      grades,
      address: addressLine(school, locale),
      former: school.former.map((former) => formerLine(former, locale)),
      closed: school.closed && t(locale, 'school.closed', { year: formatSchoolYear(school.closed, locale) }),
      opened: school.opened && t(locale, 'school.opened', { year: formatSchoolYear(school.opened, locale) }),
    },
    summary: current && schoolSummarySection(ctx, school, current),
    trend:
      school.trend.length === 0
        ? null
        : { heading: t(locale, 'school.trend.heading'), figure: figures.get('school-score-trend')(ctx, school) },
    why: current && schoolWhySection(ctx, current),
    levelChange: current && schoolLevelChangeSection(ctx, current),
    domains: schoolDomainSections(ctx, school, current),
    findings: schoolFindingsSection(ctx, school),
    indicators: schoolIndicatorSections(ctx, school),
    peers: schoolPeersSection(ctx, school),
    attendance: schoolAttendanceSection(ctx, school),
    spending: schoolSpendingSection(ctx, school),
    facts: {
      heading: t(locale, 'school.facts.heading'),
      items: [
        { term: t(locale, 'school.facts.level'), detail: level },
        { term: t(locale, 'school.facts.grades'), detail: school.grades },
        ...(school.region === null ? [] : [{ term: t(locale, 'school.facts.region'), detail: school.region }]),
      ],
    },
    location: { heading: t(locale, 'school.location.heading'), ...schoolLocation(school, site.districtGrid, locale) },
    sources: schoolSourcesSection(ctx, school),
  };
}

function formerLine({ id, name, until }: FormerName, locale: string): string {
  const former =
    id !== null && name !== null
      ? t(locale, 'school.former.both', { name, id })
      : name !== null
        ? t(locale, 'school.former.name', { name })
        : t(locale, 'school.former.id', { id: id ?? '' });
  return until === null ? former : t(locale, 'school.former.until', { former, year: formatSchoolYear(until, locale) });
}

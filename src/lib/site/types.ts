import type { LocatorGrid } from '../charts/grid.ts';
import type { StudentGroupId } from '../data/groups.ts';
import type { CategoricalIndicator, Domain, Indicator, Manifest, NumericIndicator, SchoolRow } from '../data/schemas.ts';
import type { IndexMethod } from '../index/method.ts';
import type { ScoreInfo } from '../index/scores-by-year.ts';
import type { PublishedCell } from '../privacy/suppress.ts';

/**
 * What Astro renders, as plain JSON. Everything here was computed from the publishable
 * dataset; the page view models (`./pages/`) format and lay it out. Shared facts live in
 * `SiteData`; each school's detail is its own file, holding only what its page shows.
 */
export interface SiteData {
  site: {
    name: string;
    shortName: string;
    notice: string | null;
    base: string;
    locale: string;
    locales: string[];
    minGroupSize: number;
    smallCount: number;
    /** The school year pages lead with. */
    currentYear: string;
    years: string[];
    needMeasure: string;
    homeHtml: string;
    accessibilityContact: string | null;
  };
  manifest: Manifest;
  index: {
    title: string;
    method: IndexMethod;
    html: string;
    levels: { level: number; label: string }[];
  };
  domains: DomainInfo[];
  indicators: IndicatorInfo[];
  /** One row per school (open or closed), by name, for lists and search. */
  schools: SchoolSummary[];
  /** District figures per school year, oldest first. */
  years: YearStats[];
  /** Where the district's schools are, coarsely, for every school page's locator map; null without coordinates. */
  districtGrid: LocatorGrid | null;
}

export type DomainInfo = Pick<Domain, 'id' | 'title' | 'weight'> & {
  /** The domain's share of the composite's weight (0..1). */
  share: number;
  html: string;
  indicatorIds: string[];
};

export type IndicatorInfo = Pick<Indicator, 'id' | 'title' | 'domain' | 'kind' | 'subject' | 'decimals' | 'source' | 'scored'> & {
  slug: string;
  shortTitle: string;
  /** A scored indicator's share of its domain's scored weight (0..1); null for a display-only one. */
  shareOfDomain: number | null;
  html: string;
  /** Every school's published all-students value in the current year (a level's position for categorical), by school name. */
  current: { schoolId: string; value: number }[];
} & IndicatorValues;

/** How an indicator's values read: numbers in a unit, or levels from worst to best. */
export type IndicatorValues =
  (Pick<NumericIndicator, 'type' | 'unit' | 'direction'> & { weight: number | null }) | Pick<CategoricalIndicator, 'type' | 'levels'>;

export type SchoolSummary = Pick<SchoolRow, 'name' | 'level' | 'grades' | 'city' | 'region' | 'opened' | 'closed'> & {
  id: string;
  slug: string;
  /** The school's score in its newest year with data, and that year. */
  latestYear: string | null;
  latest: ScoreInfo | null;
};

export interface YearStats {
  year: string;
  schoolCount: number;
  scoredCount: number;
  medianScore: number | null;
  domainMedians: Record<string, number | null>;
  indicatorMedians: Record<string, number | null>;
}

/** A school's page data: its directory entry, its score in every year, and its newest year in full. */
export type SchoolDetail = SchoolSummary &
  Pick<SchoolRow, 'address' | 'zip' | 'latitude' | 'longitude'> & {
    /** Every year the school has data, oldest first, with that year's score (null when not scored). */
    trend: { year: string; score: number | null }[];
    /** The newest of those years, as the page shows it; null for a school with no data. */
    current: SchoolYearDetail | null;
  };

export interface SchoolYearDetail {
  year: string;
  score: ScoreInfo;
  domains: { id: string; score: number | null }[];
  indicators: {
    id: string;
    all: PublishedCell | null;
    groups: GroupCell[];
  }[];
  enrollment: GroupCell[];
  spending: { federal: number | null; stateLocal: number | null; total: number | null } | null;
}

export interface GroupCell {
  group: StudentGroupId;
  cell: PublishedCell;
}

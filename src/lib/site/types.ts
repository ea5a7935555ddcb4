import type { LocatorGrid } from '../charts/grid.ts';
import type { StudentGroupId } from '../data/groups.ts';
import type { Manifest, SchoolLevel, Unit } from '../data/schemas.ts';
import type { IndexMethod } from '../index/method.ts';
import type { Direction, ScoreStatus } from '../index/types.ts';
import type { PublishedCell } from '../privacy/suppress.ts';

/**
 * What Astro renders, as plain JSON. Everything here was computed from the publishable
 * dataset; pages format and lay it out, nothing more. Shared facts live in `SiteData`;
 * each school's detail is its own file, so a page reads only what it shows.
 */
export interface SiteData {
  site: {
    name: string;
    shortName: string;
    notice: string | null;
    base: string;
    locale: string;
    minGroupSize: number;
    /** The school year pages lead with. */
    currentYear: string;
    years: string[];
    needMeasure: string;
    homeHtml: string;
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

interface DomainInfo {
  id: string;
  title: string;
  weight: number;
  /** The domain's share of the composite's weight (0..1). */
  share: number;
  html: string;
  indicatorIds: string[];
}

export interface IndicatorInfo {
  id: string;
  slug: string;
  title: string;
  shortTitle: string;
  domain: string;
  kind: string;
  unit: Unit;
  direction: Direction;
  weight: number;
  /** The indicator's share of its domain's weight (0..1). */
  shareOfDomain: number;
  subject: 'students' | 'staff';
  decimals: number;
  source: string;
  html: string;
  /** Every school's published all-students value in the current year, by school name. */
  current: { schoolId: string; value: number }[];
}

export interface ScoreInfo {
  status: ScoreStatus;
  score: number | null;
  rank: number | null;
  level: number | null;
  coverage: number;
  /** Change in score since the previous school year; null without both. */
  change: number | null;
  rankChange: number | null;
}

export interface SchoolSummary {
  id: string;
  slug: string;
  name: string;
  level: SchoolLevel;
  grades: string;
  city: string;
  region: string | null;
  opened: string | null;
  closed: string | null;
  /** The school's score in its newest year with data, and that year. */
  latestYear: string | null;
  latest: ScoreInfo | null;
}

export interface YearStats {
  year: string;
  schoolCount: number;
  scoredCount: number;
  medianScore: number | null;
  domainMedians: Record<string, number | null>;
  indicatorMedians: Record<string, number | null>;
}

export interface SchoolDetail extends SchoolSummary {
  districtId: string;
  address: string;
  zip: string;
  latitude: number | null;
  longitude: number | null;
  years: SchoolYearDetail[];
}

export interface SchoolYearDetail {
  year: string;
  score: ScoreInfo;
  domains: { id: string; status: ScoreStatus; coverage: number; score: number | null }[];
  indicators: {
    id: string;
    all: PublishedCell | null;
    normalized: number | null;
    contribution: number | null;
    groups: { group: StudentGroupId; cell: PublishedCell }[];
  }[];
  enrollment: { group: StudentGroupId; cell: PublishedCell }[];
  spending: { federal: number | null; stateLocal: number | null; total: number | null } | null;
}

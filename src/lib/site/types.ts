import type { StoryInfo } from '../stories/schema.ts';
import type { LocatorGrid } from '../charts/grid.ts';
import type { CategoricalIndicator, Domain, Indicator, Manifest, NumericIndicator, ReferenceKind, SchoolRow } from '../data/schemas.ts';
import type { ScoreExplanation } from '../index/explain.ts';
import type { LevelChange } from '../index/level-change.ts';
import type { IndexMethod } from '../index/method.ts';
import type { ScoreInfo } from '../index/scores-by-year.ts';
import type { PublishedCell } from '../privacy/suppress.ts';
import type { SpendingComparison, SpendingStory } from '../spending/site-spending.ts';
import type { DistrictGroupFigure, GroupGap } from './group-gaps.ts';
import type { Findings } from './strengths.ts';

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
    /** The published address (`url` in content/site.md), ending in /; null without one, and then no feed. */
    url: string | null;
    locale: string;
    locales: string[];
    minGroupSize: number;
    smallCount: number;
    /** The school year pages lead with. */
    currentYear: string;
    years: string[];
    needMeasure: string;
    /** How many schools like this one a school page lists (`peers.count`). */
    peerCount: number;
    /** Whether those schools are of the school's own level (`peers.same_level`). */
    peerSameLevel: boolean;
    /** Where readers report a mistake in the data: an email address or a web address. */
    dataContact: string | null;
    homeHtml: string;
    accessibilityContact: string | null;
    /** The groups the site declares beyond the default vocabulary, with their labels by locale. */
    declaredGroups: { id: string; label: Record<string, string> }[];
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
  /** The scores of the year the site leads with, of every school scored that year. */
  currentScores: number[];
  /** District figures per school year, oldest first. */
  years: YearStats[];
  /** The spending story (`computeSpendingStory`); null for a site with no spending file. */
  spending: SpendingStory | null;
  /** Where the district's schools are, coarsely, for every school page's locator map; null without coordinates. */
  districtGrid: LocatorGrid | null;
  /** Stories and school narratives, newest first, with their figures and values computed (drafts only in a preview). */
  stories: StoryInfo[];
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
  /** The newest school year with a published value at any school; null when no year has one. */
  currentYear: string | null;
  /** Every school's published all-students value in that year (a level's position for categorical), by school name. */
  current: { schoolId: string; value: number }[];
  /** The source's own all-students averages (district, state, nation), oldest year first. */
  references: { kind: ReferenceKind; year: string; cell: PublishedCell }[];
} & IndicatorValues;

/** How an indicator's values read: numbers in a unit, or levels from worst to best. */
export type IndicatorValues =
  (Pick<NumericIndicator, 'type' | 'unit' | 'direction'> & { weight: number | null }) | Pick<CategoricalIndicator, 'type' | 'levels'>;

export type SchoolSummary = Pick<SchoolRow, 'name' | 'level' | 'grades' | 'city' | 'region' | 'opened' | 'closed'> & {
  id: string;
  slug: string;
  /** Ids and names the school had before, as the directory lists them; a former id's address sends readers on. */
  former: FormerName[];
  /** The school's score in its newest year with data, and that year. */
  latestYear: string | null;
  latest: ScoreInfo | null;
};

export type FormerName = { id: string | null; slug: string | null; name: string | null; until: string | null };

export interface YearStats {
  year: string;
  schoolCount: number;
  scoredCount: number;
  /** For each domain, how many of the year's schools lacked the coverage it needs (0 for none). */
  domainShortfalls: Record<string, number>;
  medianScore: number | null;
  /** The median score of the year's scored schools of each level that has any. */
  levelMedianScores: Record<string, { median: number; count: number }>;
  domainMedians: Record<string, number | null>;
  indicatorMedians: Record<string, number | null>;
}

/**
 * A school's page data: its directory entry, its score in every year, its newest scored year in
 * full, and every indicator's own newest year and series, since measures start and stop being
 * reported in different years.
 */
export type SchoolDetail = SchoolSummary &
  Pick<SchoolRow, 'address' | 'zip' | 'latitude' | 'longitude' | 'phone' | 'website'> & {
    /** Every year the school has data, oldest first, with that year's score (null when not scored). */
    trend: { year: string; score: number | null }[];
    /** The newest year with a score, else the newest with data; null for a school with no data. */
    current: SchoolYearDetail | null;
    /** Each indicator the school has a row for in any year, in the index's order. */
    indicators: IndicatorHistory[];
    /**
     * Schools like this one in the year the page leads with (`computePeers`): same level, nearest
     * on the site's need measure, nearest first; null when the school has no need value that year.
     */
    peers: { year: string; need: PublishedCell; schools: { id: string; need: PublishedCell }[] } | null;
    /** The outcome and resource measures where the school does best and worst against those peers; null without peers. */
    findings: ({ year: string } & Findings) | null;
    /** Enrollment by student group in every year the school has data, oldest first. */
    enrollment: { year: string; groups: GroupCell[] }[];
    /** Per-pupil spending in every year the school has it, beside the district's and its peers', oldest first. */
    spending: SpendingComparison[];
  };

export interface IndicatorHistory {
  id: string;
  /** The newest year the school has a row for this indicator, and that year's cells. */
  year: string;
  all: PublishedCell | null;
  /** Each group's cell that year, with its gaps to the school's other students and to the district's group. */
  groups: GroupComparison[];
  /** The all-students cell of every year with a row, oldest first. */
  series: { year: string; cell: PublishedCell }[];
}

export interface SchoolYearDetail {
  year: string;
  score: ScoreInfo;
  /**
   * Each domain's score, and where it stands among the year's schools with a score for that
   * domain: how many have a lower one. A family reads "more need than 41 of 58 schools", not a z-score.
   */
  domains: { id: string; score: number | null; below: number; of: number }[];
  /** The score split into a starting point and each measure's part ("Why this score"). */
  explanation: ScoreExplanation;
  /** The year's all-students cells of the scored indicators, as published. */
  cells: Record<string, PublishedCell>;
  /**
   * For the measures with the largest parts, the nearest shown values that move the school to
   * another level ("What would change the level"); `change` is null where the cell is not an
   * exact published value, which is never searched. Null without levels or a level.
   */
  levelChanges: { indicatorId: string; change: LevelChange | null }[] | null;
}

export interface GroupCell {
  group: string;
  cell: PublishedCell;
}

/** A group's cell beside its gaps (`groupGaps`), and what the district's figure for the group is. */
export type GroupComparison = GroupCell & Pick<GroupGap, 'others' | 'district'> & { districtFigure: DistrictGroupFigure | null };

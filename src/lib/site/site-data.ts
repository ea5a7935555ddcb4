import { group } from 'd3';
import { indexMeasures } from '../data/measure-index.ts';
import type { PublishableDataset } from '../privacy/suppress.ts';
import { computeDistrictGrid } from './district-grid.ts';
import { describeIndicators } from './indicator-info.ts';
import { schoolDetail, schoolDetailSources } from './school-detail.ts';
import { computeSpendingStory, spendingSchools } from '../spending/site-spending.ts';
import { scoreSchoolYears } from './scores.ts';
import { describeSite } from './site-info.ts';
import { schoolSummary } from './summaries.ts';
import type { SchoolDetail, SiteData, YearStats } from './types.ts';
import { computeYearStats } from './year-stats.ts';

export interface SiteComputation {
  /** Everything pages share, computed once. */
  site: SiteData;
  /** Each school's page data, made one at a time as it is read, so a build never holds them all. */
  schoolDetails(): Generator<SchoolDetail>;
}

/** Computes what the site shows, once per build, from publishable data only. */
export function computeSiteData(data: PublishableDataset): SiteComputation {
  const measures = indexMeasures(data.measures);
  const scores = scoreSchoolYears(data, measures);
  const years = computeYearStats(data, scores, measures);
  const currentYear = leadingYear(data, years);
  // Lists read alphabetically, in the site's language.
  const byName = new Intl.Collator(data.site.default_locale).compare;
  const schoolsByName = [...data.schools].sort((a, b) => byName(a.name, b.name));
  const aliases = group(data.aliases, (alias) => alias.school_id);
  const entries = schoolsByName.map((school) => ({
    school,
    summary: schoolSummary(school, aliases.get(school.school_id) ?? [], data.years, scores),
  }));
  const spending = spendingSchools(data, measures);
  const site: SiteData = {
    ...describeSite(data, currentYear),
    indicators: describeIndicators(data, measures, schoolsByName),
    schools: entries.map((entry) => entry.summary),
    currentScores: scores.entities(currentYear).flatMap((e) => (e.composite.score === null ? [] : [e.composite.score])),
    years,
    spending: computeSpendingStory(data, measures, scores, spending, currentYear),
    districtGrid: computeDistrictGrid(data.schools),
    // Filled in once every school is computed: a story may quote any of them (scripts/build-site.ts).
    stories: [],
  };
  const sources = schoolDetailSources(data, scores, measures, spending);
  return {
    site,
    *schoolDetails() {
      for (const { school, summary } of entries) yield schoolDetail(school, summary, sources);
    },
  };
}

/**
 * The year the site leads with: the configured one, else the newest year in which any school has
 * a score, else the newest year with data. A newest year that reports only a few measures must
 * not leave the home page with no scores to show.
 */
function leadingYear(data: PublishableDataset, years: readonly YearStats[]): string {
  return data.site.current_year ?? years.findLast((y) => y.scoredCount > 0)?.year ?? data.years.at(-1) ?? '';
}

import type { SchoolAliasRow, SchoolRow } from '../data/schemas.ts';
import type { ScoresByYear } from '../index/scores-by-year.ts';
import { slugify } from './slug.ts';
import type { FormerName, SchoolSummary } from './types.ts';

/**
 * Each school's directory entry, with its former ids and names, and its newest score: from its
 * newest year with a score, else its newest year with data, so a newest year that reports too
 * few measures to score does not hide the last score the school had.
 */
export function schoolSummary(
  school: SchoolRow,
  aliases: readonly SchoolAliasRow[],
  years: readonly string[],
  scores: ScoresByYear,
): SchoolSummary {
  const latestYear =
    years.findLast((year) => scores.info(year, school.school_id)?.score != null) ??
    years.findLast((year) => scores.entity(year, school.school_id) !== undefined) ??
    null;
  return {
    id: school.school_id,
    slug: slugify(school.school_id),
    former: aliases.map(formerName),
    name: school.name,
    level: school.level,
    grades: school.grades,
    city: school.city,
    region: school.region,
    opened: school.opened,
    closed: school.closed,
    latestYear,
    latest: latestYear === null ? null : scores.info(latestYear, school.school_id),
  };
}

function formerName(alias: SchoolAliasRow): FormerName {
  return {
    id: alias.former_id,
    slug: alias.former_id === null ? null : slugify(alias.former_id),
    name: alias.former_name,
    until: alias.until,
  };
}

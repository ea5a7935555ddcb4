import { median } from 'd3';
import { computeIndexScores, computeScoreChanges } from '../index/compute.ts';
import type { EntityScore } from '../index/types.ts';
import type { PublishableDataset, PublishedCell, PublishedMeasure } from '../privacy/suppress.ts';
import { computeDistrictGrid } from './district-grid.ts';
import { renderMarkdown } from './markdown.ts';
import { slugify } from './slug.ts';
import type { IndicatorInfo, SchoolDetail, SchoolSummary, SchoolYearDetail, ScoreInfo, SiteData, YearStats } from './types.ts';

/** Scores per school year, keyed by school id. */
type ScoresByYear = Map<string, Map<string, EntityScore>>;

/**
 * Computes everything the site shows, once per build, from publishable data only:
 * index scores per year, year-over-year changes, district medians, and each school's detail.
 */
export function computeSiteData(data: PublishableDataset): { site: SiteData; schools: SchoolDetail[] } {
  const years = data.years;
  const currentYear = data.site.current_year ?? years.at(-1) ?? '';
  const cellsByYear = groupMeasures(data.measures);
  const scores = computeScoresByYear(data, cellsByYear);
  const changes = new Map(
    years.map((year, i) => {
      const previous = i > 0 ? scores.get(years[i - 1] ?? '') : undefined;
      const current = [...(scores.get(year)?.values() ?? [])];
      return [year, computeScoreChanges(previous ? [...previous.values()] : [], current)];
    }),
  );
  const scoreInfo = (year: string, id: string): ScoreInfo | null => {
    const entity = scores.get(year)?.get(id);
    if (!entity) return null;
    const change = changes.get(year)?.get(id);
    const { status, score, rank, level, coverage } = entity.composite;
    return { status, score, rank, level, coverage, change: change?.scoreChange ?? null, rankChange: change?.rankChange ?? null };
  };

  // Lists read alphabetically, in the site's language.
  const byName = new Intl.Collator(data.site.default_locale).compare;
  const schoolsByName = [...data.schools].sort((a, b) => byName(a.name, b.name));
  const totalDomainWeight = data.domains.reduce((sum, d) => sum + d.weight, 0);
  const indicatorInfo: IndicatorInfo[] = data.indicators.map((indicator) => {
    const domainWeight = data.indicators.filter((i) => i.domain === indicator.domain).reduce((sum, i) => sum + i.weight, 0);
    return {
      id: indicator.id,
      slug: slugify(indicator.id),
      title: indicator.title,
      shortTitle: indicator.short_title ?? indicator.title,
      domain: indicator.domain,
      kind: indicator.kind,
      unit: indicator.unit,
      direction: indicator.direction,
      weight: indicator.weight,
      shareOfDomain: indicator.weight / domainWeight,
      subject: indicator.subject,
      decimals: indicator.decimals,
      source: indicator.source,
      html: renderMarkdown(indicator.body),
      current: schoolsByName.flatMap((school) => {
        const cell = cellsByYear.get(currentYear)?.get(school.school_id)?.get(indicator.id)?.get('all');
        return cell && cell.status === 'ok' && cell.value !== null ? [{ schoolId: school.school_id, value: cell.value }] : [];
      }),
    };
  });

  const summaries: SchoolSummary[] = schoolsByName.map((school) => {
    const latestYear = [...years].reverse().find((year) => scores.get(year)?.has(school.school_id)) ?? null;
    return {
      id: school.school_id,
      slug: slugify(school.school_id),
      name: school.name,
      level: school.level,
      grades: school.grades,
      city: school.city,
      region: school.region,
      opened: school.opened,
      closed: school.closed,
      latestYear,
      latest: latestYear === null ? null : scoreInfo(latestYear, school.school_id),
    };
  });

  const enrollmentByKey = new Map<string, { group: PublishedMeasure['student_group']; cell: PublishedCell }[]>();
  for (const row of data.enrollment) {
    const key = `${row.school_year} ${row.school_id}`;
    const list = enrollmentByKey.get(key) ?? [];
    list.push({ group: row.student_group, cell: { value: row.value, status: row.status, reason: row.reason } });
    enrollmentByKey.set(key, list);
  }
  const spendingByKey = new Map(data.spending.map((row) => [`${row.school_year} ${row.school_id}`, row]));

  const details: SchoolDetail[] = schoolsByName.map((school, i) => {
    const summary = summaries[i] as SchoolSummary;
    const schoolYears: SchoolYearDetail[] = years.flatMap((year) => {
      const entity = scores.get(year)?.get(school.school_id);
      const info = scoreInfo(year, school.school_id);
      if (!entity || !info) return [];
      const cells = cellsByYear.get(year)?.get(school.school_id);
      const spending = spendingByKey.get(`${year} ${school.school_id}`);
      return [
        {
          year,
          score: info,
          domains: data.domains.map((d) => {
            const domain = entity.domains[d.id];
            return {
              id: d.id,
              status: domain?.status ?? 'insufficient_data',
              coverage: domain?.coverage ?? 0,
              score: domain?.score ?? null,
            };
          }),
          // An indicator with no row at all does not apply (graduation in an elementary school).
          indicators: data.indicators
            .filter((indicator) => cells?.has(indicator.id))
            .map((indicator) => {
              const byGroup = cells?.get(indicator.id);
              const score = entity.indicators[indicator.id];
              return {
                id: indicator.id,
                all: byGroup?.get('all') ? toCell(byGroup.get('all') as PublishedMeasure) : null,
                normalized: score?.normalized ?? null,
                contribution: score?.contribution ?? null,
                groups: [...(byGroup?.values() ?? [])]
                  .filter((m) => m.student_group !== 'all')
                  .map((m) => ({ group: m.student_group, cell: toCell(m) })),
              };
            }),
          enrollment: enrollmentByKey.get(`${year} ${school.school_id}`) ?? [],
          spending: spending
            ? {
                federal: spending.federal,
                stateLocal: spending.state_local,
                total: spending.federal !== null && spending.state_local !== null ? spending.federal + spending.state_local : null,
              }
            : null,
        },
      ];
    });
    return {
      ...summary,
      districtId: school.district_id,
      address: school.address,
      zip: school.zip,
      latitude: school.latitude,
      longitude: school.longitude,
      years: schoolYears,
    };
  });

  const yearStats: YearStats[] = years.map((year) => {
    const entities = [...(scores.get(year)?.values() ?? [])];
    const scored = entities.filter((e) => e.composite.score !== null);
    return {
      year,
      schoolCount: entities.length,
      scoredCount: scored.length,
      medianScore: median(scored, (e) => e.composite.score) ?? null,
      domainMedians: Object.fromEntries(
        data.domains.map((d) => [d.id, median(entities, (e) => e.domains[d.id]?.score ?? undefined) ?? null]),
      ),
      indicatorMedians: Object.fromEntries(
        data.indicators.map((ind) => [
          ind.id,
          median([...(cellsByYear.get(year)?.values() ?? [])], (bySchool) => usableValue(bySchool.get(ind.id)?.get('all')) ?? undefined) ??
            null,
        ]),
      ),
    };
  });

  const levelLabels = data.method.levels?.labels ?? [];
  const levelCount = data.method.levels?.method === 'cuts' ? data.method.levels.cuts.length + 1 : (data.method.levels?.count ?? 0);
  const { body: methodBody, ...method } = data.method;
  const site: SiteData = {
    site: {
      name: data.site.name,
      shortName: data.site.short_name,
      notice: data.site.notice ?? null,
      base: data.site.base,
      locale: data.site.default_locale,
      minGroupSize: data.site.min_group_size,
      currentYear,
      years,
      needMeasure: data.site.need_measure,
      homeHtml: renderMarkdown(data.site.body),
    },
    manifest: data.manifest,
    index: {
      title: data.method.title,
      method,
      html: renderMarkdown(methodBody),
      levels: Array.from({ length: levelCount }, (_, i) => ({ level: i + 1, label: levelLabels[i] ?? `Level ${i + 1}` })),
    },
    domains: data.domains.map((d) => ({
      id: d.id,
      title: d.title,
      weight: d.weight,
      share: d.weight / totalDomainWeight,
      html: renderMarkdown(d.body),
      indicatorIds: data.indicators.filter((i) => i.domain === d.id).map((i) => i.id),
    })),
    indicators: indicatorInfo,
    schools: summaries,
    years: yearStats,
    districtGrid: computeDistrictGrid(data.schools),
  };
  return { site, schools: details };
}

/** year → school → indicator → group → cell */
type MeasureIndex = Map<string, Map<string, Map<string, Map<string, PublishedMeasure>>>>;

function groupMeasures(measures: readonly PublishedMeasure[]): MeasureIndex {
  const index: MeasureIndex = new Map();
  const child = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
    let value = map.get(key);
    if (value === undefined) map.set(key, (value = make()));
    return value;
  };
  for (const m of measures) {
    const bySchool = child(index, m.school_year, () => new Map());
    const byIndicator = child(bySchool, m.school_id, () => new Map());
    child(byIndicator, m.indicator_id, () => new Map()).set(m.student_group, m);
  }
  return index;
}

/** Only an exact published value feeds the index; coded ranges and gaps do not. */
function usableValue(cell: PublishedMeasure | undefined): number | null {
  return cell && cell.status === 'ok' ? cell.value : null;
}

function toCell(m: PublishedMeasure): PublishedCell {
  return { value: m.value, status: m.status, reason: m.reason };
}

function computeScoresByYear(data: PublishableDataset, cells: MeasureIndex): ScoresByYear {
  const result: ScoresByYear = new Map();
  for (const year of data.years) {
    const bySchool = cells.get(year);
    if (!bySchool) continue;
    const schools = data.schools.filter((s) => bySchool.has(s.school_id));
    const values = Object.fromEntries(
      schools.map((s) => [
        s.school_id,
        Object.fromEntries(data.indicators.map((ind) => [ind.id, usableValue(bySchool.get(s.school_id)?.get(ind.id)?.get('all'))])),
      ]),
    );
    const scores = computeIndexScores({
      method: data.method,
      domains: data.domains,
      indicators: data.indicators,
      entities: schools.map((s) => ({ id: s.school_id, scope: s.level })),
      values,
    });
    result.set(year, new Map(scores.map((s) => [s.id, s])));
  }
  return result;
}

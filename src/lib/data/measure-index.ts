interface MeasureKey {
  school_year: string;
  school_id: string;
  indicator_id: string;
  student_group: string;
}

/** One school year's cells: indicator → student group → cell. */
type SchoolYearCells<M> = ReadonlyMap<string, ReadonlyMap<string, M>>;

/** Measures looked up by school year, school, indicator and student group, built once per build. */
export interface MeasureIndex<M> {
  /** A school year's cells of one school; undefined when the school has no row that year. */
  schoolYear(year: string, schoolId: string): SchoolYearCells<M> | undefined;
  /** The schools with any row in a year, each with its cells. */
  year(year: string): ReadonlyMap<string, SchoolYearCells<M>>;
  cell(year: string, schoolId: string, indicatorId: string, group: string): M | undefined;
}

export function indexMeasures<M extends MeasureKey>(measures: readonly M[]): MeasureIndex<M> {
  const byYear = new Map<string, Map<string, Map<string, Map<string, M>>>>();
  const child = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
    let value = map.get(key);
    if (value === undefined) map.set(key, (value = make()));
    return value;
  };
  for (const m of measures) {
    const bySchool = child(byYear, m.school_year, () => new Map());
    const byIndicator = child(bySchool, m.school_id, () => new Map());
    child(byIndicator, m.indicator_id, () => new Map()).set(m.student_group, m);
  }
  const none = new Map<string, SchoolYearCells<M>>();
  return {
    schoolYear: (year, schoolId) => byYear.get(year)?.get(schoolId),
    year: (year) => byYear.get(year) ?? none,
    cell: (year, schoolId, indicatorId, group) => byYear.get(year)?.get(schoolId)?.get(indicatorId)?.get(group),
  };
}

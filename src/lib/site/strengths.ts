import { deviation, median } from 'd3';

/**
 * Strengths and challenges: the outcome and resource measures in which a school does best and
 * worst against schools like it (`computePeers`), as the "what do you see" protocol of district
 * equity teams reads a school's data. Context measures (a poverty share, a share of English
 * learners) describe who a school serves, never how it does, so they are never named.
 *
 * A difference counts only when it is both large and more than noise:
 * - the school's exact all-students value against the median of its peers' exact values that
 *   year, from at least `MIN_PEERS` of them;
 * - at least `MIN_EFFECT` standard deviations of the year's exact school values;
 * - for a percent of counted students, more than `MIN_Z` binomial standard errors of a school of
 *   its size whose true rate were the peers' median: sqrt(m(1 − m)/n). Other units have no
 *   sampling model here and pass on size alone.
 * The `TOP` largest each way, in standard deviations, are kept. Coded, hidden and missing cells
 * never enter: a finding built on one would say what the cell hides.
 */
const STRENGTH_RULE = { MIN_PEERS: 3, MIN_EFFECT: 0.5, MIN_Z: 2, TOP: 3 } as const;

export interface FindingIndicator {
  id: string;
  kind: 'context' | 'outcome' | 'resource' | 'climate';
  direction: 'higher_is_better' | 'lower_is_better';
  /** A percent of counted students gets the noise test. */
  rate: boolean;
}

/** A published all-students cell with the number of students it is about. */
export interface FindingCell {
  value: number | null;
  status: string;
  denominator: number | null;
}

export interface Finding {
  indicatorId: string;
  value: number;
  /** The median of the peers' exact values, and how many peers had one. */
  peerMedian: number;
  peers: number;
  /** The school's value minus the peers' median, in the indicator's unit. */
  difference: number;
  /** The difference in standard deviations of the year's school values, positive when better. */
  effect: number;
}

export interface Findings {
  strengths: Finding[];
  challenges: Finding[];
}

export interface FindingSources {
  /** The school's cell of an indicator. */
  own: (indicatorId: string) => FindingCell | undefined;
  /** The peers' cells of an indicator. */
  peers: (indicatorId: string) => readonly (FindingCell | undefined)[];
  /** Every school's exact value of an indicator that year. */
  district: (indicatorId: string) => readonly number[];
}

const exact = (cell: FindingCell | undefined): number | null =>
  cell?.status === 'ok' && cell.value !== null && Number.isFinite(cell.value) ? cell.value : null;

export function strengthsAndChallenges(indicators: readonly FindingIndicator[], sources: FindingSources): Findings {
  const { MIN_PEERS, MIN_EFFECT, MIN_Z, TOP } = STRENGTH_RULE;
  const found = indicators.flatMap((indicator): Finding[] => {
    if (indicator.kind !== 'outcome' && indicator.kind !== 'resource') return [];
    const cell = sources.own(indicator.id);
    const value = exact(cell);
    if (value === null) return [];
    const peerValues = sources.peers(indicator.id).flatMap((c) => {
      const v = exact(c);
      return v === null ? [] : [v];
    });
    if (peerValues.length < MIN_PEERS) return [];
    const sd = deviation(sources.district(indicator.id));
    const peerMedian = median(peerValues) as number;
    if (sd === undefined || sd === 0) return [];
    const difference = value - peerMedian;
    const effect = ((indicator.direction === 'higher_is_better' ? 1 : -1) * difference) / sd;
    if (Math.abs(effect) < MIN_EFFECT) return [];
    if (indicator.rate && !beyondNoise(difference, peerMedian, cell?.denominator ?? null, MIN_Z)) return [];
    return [{ indicatorId: indicator.id, value, peerMedian, peers: peerValues.length, difference, effect }];
  });
  const largest = (a: Finding, b: Finding) => Math.abs(b.effect) - Math.abs(a.effect) || a.indicatorId.localeCompare(b.indicatorId);
  return {
    strengths: found
      .filter((f) => f.effect > 0)
      .sort(largest)
      .slice(0, TOP),
    challenges: found
      .filter((f) => f.effect < 0)
      .sort(largest)
      .slice(0, TOP),
  };
}

/** Whether a percent's difference from the peers' median exceeds `z` binomial standard errors at the school's size. */
function beyondNoise(difference: number, peerMedian: number, students: number | null, z: number): boolean {
  if (students === null || students <= 0) return false;
  const m = Math.min(Math.max(peerMedian / 100, 0), 1);
  const se = Math.sqrt((m * (1 - m)) / students) * 100;
  return Math.abs(difference) > z * se;
}

import type { Aggregation } from './method.ts';
import type { ScoreStatus } from './types.ts';

/**
 * Coverage is compared with half a unit in the 4th decimal of slack, so a threshold written
 * to 4 decimals means what its writer meant: 0.6667 admits 2 of 3 equal weights (0.66666…).
 * Weights that really differ from a threshold differ by far more than this.
 */
const COVERAGE_TOLERANCE = 5e-5;

export interface WeightedPart {
  /** null when this part has no value for the school. */
  value: number | null;
  weight: number;
}

export interface WeightedAggregate {
  status: ScoreStatus;
  /** Share of the total weight carried by parts with a value. */
  coverage: number;
  /** null when coverage falls short. */
  value: number | null;
  /**
   * What each part's value is multiplied by in `value` (null for missing parts and when
   * coverage falls short), so that value = Σ multiplier × part value: the basis of contributions.
   */
  multipliers: (number | null)[];
}

function meetsCoverage(coverage: number, minCoverage: number): boolean {
  return coverage + COVERAGE_TOLERANCE >= minCoverage;
}

/**
 * Combines the parts that have a value. `weighted_mean` averages them by weight; `sum`
 * adds weight × value and scales the total up by total weight / present weight, so a school
 * missing a part is not ranked lower merely for missing it (and at full coverage it is the
 * plain weighted sum).
 */
export function aggregateWeighted(parts: readonly WeightedPart[], aggregation: Aggregation, minCoverage: number): WeightedAggregate {
  let totalWeight = 0;
  let presentWeight = 0;
  for (const p of parts) {
    totalWeight += p.weight;
    if (p.value !== null) presentWeight += p.weight;
  }
  const coverage = totalWeight > 0 ? presentWeight / totalWeight : 0;
  const value = aggregateValue(parts, aggregation, minCoverage);
  if (value === null) return { status: 'insufficient_data', coverage, value, multipliers: parts.map(() => null) };
  const scaleUp = totalWeight / presentWeight;
  const multipliers = parts.map((p) => {
    if (p.value === null) return null;
    return aggregation === 'weighted_mean' ? p.weight / presentWeight : p.weight * scaleUp;
  });
  return { status: 'ok', coverage, value, multipliers };
}

/**
 * `aggregateWeighted`'s value alone, without allocating: re-scoring a year for one changed
 * value aggregates every school twice, and building their multipliers was most of its time.
 */
export function aggregateValue(parts: readonly WeightedPart[], aggregation: Aggregation, minCoverage: number): number | null {
  // One pass, each sum in part order: the engine aggregates every school at every stage.
  let totalWeight = 0;
  let presentWeight = 0;
  let weightedSum = 0;
  for (const p of parts) {
    totalWeight += p.weight;
    if (p.value === null) continue;
    presentWeight += p.weight;
    weightedSum += p.weight * p.value;
  }
  const coverage = totalWeight > 0 ? presentWeight / totalWeight : 0;
  if (presentWeight === 0 || !meetsCoverage(coverage, minCoverage)) return null;
  // At full coverage the ratio is exactly 1, so the sum carries no extra float noise.
  const scaleUp = totalWeight / presentWeight;
  return aggregation === 'weighted_mean' ? weightedSum / presentWeight : weightedSum * scaleUp;
}

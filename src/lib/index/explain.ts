import { contributionsAreAdditive } from './contributions.ts';
import type { IndexMethod } from './method.ts';
import { roundHalfAwayFromZero } from './rounding.ts';
import type { EntityScore } from './types.ts';

/**
 * "Why this score": a published score split into a starting point and one part per indicator.
 *
 * Contributions add up to the composite aggregate, not to the published score. Under a linear
 * scale (`none`, or `minmax` across the year's schools) the score is
 *   score = baseline + Σ contribution × scale factor,
 * where the baseline is the score of a school whose every normalized indicator is 0: at the
 * mean under z-scores, at the least (need or result) end under min-max or percentiles, at a raw
 * 0 without normalization. Each part is its contribution × the scale factor.
 * A percentile scale, re-normalized domains or composite, or rounding between the indicators and
 * the composite is not linear, and no such split exists; the explanation says which.
 */

export type NotDecomposableReason = 'not_scored' | 'percentile_scale' | 'renormalized' | 'rounded' | 'all_equal';

/** What a school with every normalized indicator at 0 is. */
export type BaselineMeaning = 'mean' | 'least' | 'zero';

interface ScorePart {
  indicatorId: string;
  /** The indicator's share of the composite aggregate, from the engine. */
  contribution: number;
  /** contribution × scale factor: points of the published score. */
  part: number;
  /** `part` rounded so that the baseline and every part, as shown, add up to the score as shown. */
  shown: number;
}

export interface DecomposedScore {
  decomposable: true;
  score: number;
  /** The score at `decimals`, as a page shows it. */
  shownScore: number;
  decimals: number;
  baseline: { value: number; shown: number; meaning: BaselineMeaning };
  /** Points of published score per unit of composite aggregate. */
  scaleFactor: number;
  /** Indicators with a value, largest |part| first. */
  parts: ScorePart[];
}

export type ScoreExplanation = DecomposedScore | { decomposable: false; reason: NotDecomposableReason };

/** Why no school's score under this method can be split into parts, or null when it can. */
export function methodNotDecomposable(method: IndexMethod): NotDecomposableReason | null {
  if (method.scale.method === 'percentile') return 'percentile_scale';
  if (method.domains.normalization !== 'none' || method.composite.normalization !== 'none') return 'renormalized';
  if (!contributionsAreAdditive(method) || method.composite.round !== null) return 'rounded';
  return null;
}

function baselineMeaning(method: IndexMethod): BaselineMeaning {
  switch (method.indicators.normalization) {
    case 'zscore':
      return 'mean';
    case 'minmax':
    case 'percentile':
      return 'least';
    case 'none':
      return 'zero';
  }
}

/** The linear map from composite aggregate to published score for the year, or why there is none. */
function linearScale(method: IndexMethod, year: readonly EntityScore[]): { factor: number; offset: number } | 'all_equal' {
  const { scale } = method;
  if (scale.method === 'none') return { factor: 1, offset: 0 };
  let lowest = Infinity;
  let highest = -Infinity;
  for (const { composite } of year) {
    if (composite.normalized === null) continue;
    lowest = Math.min(lowest, composite.normalized);
    highest = Math.max(highest, composite.normalized);
  }
  if (!(highest > lowest)) return 'all_equal';
  const factor = (scale.max - scale.min) / (highest - lowest);
  return { factor, offset: scale.min - lowest * factor };
}

/**
 * Splits `entity`'s published score into a baseline and its indicators' parts. `year` is every
 * school the engine scored with it that year (the scale spans them all). `decimals` is how the
 * score is shown: the shown parts are apportioned so that they add up to it exactly.
 */
export function explainScore(method: IndexMethod, entity: EntityScore, year: readonly EntityScore[], decimals: number): ScoreExplanation {
  const { score } = entity.composite;
  if (entity.composite.status !== 'ok' || score === null) return { decomposable: false, reason: 'not_scored' };
  const reason = methodNotDecomposable(method);
  if (reason) return { decomposable: false, reason };
  const scale = linearScale(method, year);
  if (scale === 'all_equal') return { decomposable: false, reason: 'all_equal' };

  const raw = Object.entries(entity.indicators)
    .flatMap(([indicatorId, { contribution }]) =>
      contribution === null ? [] : [{ indicatorId, contribution, part: contribution * scale.factor }],
    )
    .sort((a, b) => Math.abs(b.part) - Math.abs(a.part) || (a.indicatorId < b.indicatorId ? -1 : 1));
  const shownScore = roundHalfAwayFromZero(score, decimals);
  const shownBaseline = roundHalfAwayFromZero(scale.offset, decimals);
  const shown = apportion(
    raw.map((p) => p.part),
    shownScore - shownBaseline,
    decimals,
  );
  return {
    decomposable: true,
    score,
    shownScore,
    decimals,
    baseline: { value: scale.offset, shown: shownBaseline, meaning: baselineMeaning(method) },
    scaleFactor: scale.factor,
    parts: raw.map((p, i) => ({ ...p, shown: shown[i] as number })),
  };
}

/**
 * Rounds each value to `decimals` so that the rounded values add up to `total` (itself at
 * `decimals`): each is rounded to the nearest step, then the few steps the sum is off by go to
 * the values rounding moved furthest the other way (the largest-remainder method). In whole
 * steps, so no float error accumulates.
 */
export function apportion(values: readonly number[], total: number, decimals: number): number[] {
  const step = 10 ** decimals;
  const scaled = values.map((v) => v * step);
  const steps = scaled.map((v) => Math.round(roundHalfAwayFromZero(v, 0)));
  let off = Math.round(total * step) - steps.reduce((sum, s) => sum + s, 0);
  if (values.length === 0) return [];
  // Who gains a step first: the value rounded down the most; who loses one: rounded up the most.
  const order = scaled.map((v, i) => ({ i, remainder: v - (steps[i] as number) }));
  const direction = Math.sign(off);
  order.sort((a, b) => direction * (b.remainder - a.remainder) || a.i - b.i);
  for (let k = 0; off !== 0; k = (k + 1) % order.length) {
    const { i } = order[k] as { i: number };
    steps[i] = (steps[i] as number) + direction;
    off -= direction;
  }
  return steps.map((s) => s / step + 0);
}

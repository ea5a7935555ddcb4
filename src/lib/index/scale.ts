import type { IndexMethod } from './method.ts';
import { normalizeValues } from './normalize.ts';
import { roundTo } from './rounding.ts';

/**
 * The published score: the composite put on the method's scale (0–100 by default) across
 * every scored school of the year, whatever the scope, so scores of all levels compare.
 */
export function scaleScores(composites: readonly (number | null)[], scale: IndexMethod['scale']): (number | null)[] {
  const unitShares = scale.method === 'none' ? composites : normalizeValues(composites, scale.method);
  return unitShares.map((share) => (share === null ? null : onScale(share, scale)));
}

/** A normalized composite (`none`) or its share of the way from lowest to highest, as published. */
export function onScale(share: number, scale: IndexMethod['scale']): number {
  if (scale.method === 'none') return roundTo(share, scale.round);
  const scaled = scale.min + share * (scale.max - scale.min);
  // min + 1 × (max − min) can land one float step outside [min, max]; the scale promises its bounds.
  const bounded = Math.min(Math.max(scaled, Math.min(scale.min, scale.max)), Math.max(scale.min, scale.max));
  return roundTo(bounded, scale.round);
}

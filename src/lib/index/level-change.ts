/**
 * "What would change the level": for one school and one indicator, a value a page could show,
 * above and below the current one, at which the school lands in another level when the index
 * is re-run with every other school's values as published, with the current level one display
 * step before it: the nearest such value wherever the level is monotone in the school's value.
 *
 * The search assumes that it is: that the school's own score is monotone in its own value
 * under every normalization the engine has (each keeps the order of the values, positive
 * weights keep it through the aggregates, and a school's own z-score rises with its value
 * even as the mean and SD follow it), and so its level too. So if the end of the range is
 * still in the current level, nothing between is tried, and otherwise bisection finds a shown
 * value in another level next to one in the current level.
 *
 * The assumption is not a theorem, because re-normalizing moves the other schools too. Checked
 * against every value of the grid on random small inputs, the answer was not the nearest change
 * in about 1 in 1000 (test/index/level-change.test.ts pins one): where the school holds an
 * indicator's highest value under min-max, lowering it stretches every other school's share of
 * that indicator by an amount that depends on its own value, which re-orders the others
 * against the school through their other indicators, so its level can go up before it goes
 * down; and with coarse rounding and few schools, ties with others that move come and go.
 * Following every grid value exactly would cost O(N) each, so the page says what is checked:
 * every value reported is exact, the level there being the engine's, and one display step
 * before it the school is still in its current level (or that step is the current value).
 */
import { roundHalfAwayFromZero } from './rounding.ts';

/** A value a page can show and the level the school would then be in. */
export interface LevelMove {
  value: number;
  level: number;
}

/** A level-changing value upward and downward (see above); null where the range's end is in the current level. */
export interface LevelChange {
  increase: LevelMove | null;
  decrease: LevelMove | null;
}

type Evaluate = (value: number) => { score: number | null; level: number | null };

/**
 * The values tried are those shown with `display.decimals` places, within `display.range`
 * (inclusive), worked in whole numbers of display steps so that no value drifts off the grid.
 * The current value is first rounded to that grid, as the page shows it. About
 * 2 + log2(grid size) evaluations each way; with an `estimate` of the level, cheap but not
 * exact, it is searched instead and `evaluate` only confirms or corrects its answer, most
 * often in 1 to 3 evaluations: where each evaluation is O(N), that keeps the search O(N).
 */
export function findLevelChange(
  evaluate: Evaluate,
  current: { value: number; level: number },
  display: { decimals: number; range: readonly [number, number] },
  estimate?: (value: number) => number | null,
): LevelChange {
  const step = 10 ** display.decimals;
  const here = Math.round(toSteps(roundHalfAwayFromZero(current.value, display.decimals), step));
  const lowest = Math.ceil(toSteps(display.range[0], step));
  const highest = Math.floor(toSteps(display.range[1], step));
  const levelAt = levelsOnGrid(evaluate, step);
  const differs = (k: number) => levelAt(k) !== current.level;
  const move = (k: number | null): LevelMove | null => (k === null ? null : { value: k / step, level: levelAt(k) });
  const search = (start: number, end: number, direction: 1 | -1) =>
    estimate
      ? confirmedChange(start, end, direction, differs, (k) => estimate(k / step) !== current.level)
      : firstChange(start, end, direction, differs);
  return {
    increase: move(search(Math.max(here + 1, lowest), highest, 1)),
    decrease: move(search(Math.min(here - 1, highest), lowest, -1)),
  };
}

/**
 * The change the estimated levels put first, moved to where the exact levels bear it out:
 * another level there and the current one a step before (or no step before within the
 * search). An estimate is most often right or a step off, so the exact levels are tried
 * outward from it in doubling steps and the bracket found is bisected. Where the estimate
 * sees no change, the exact level at the end decides, and if it differs the exact search
 * runs as without an estimate. Where the level is monotone the answer is the exact search's.
 */
function confirmedChange(
  start: number,
  end: number,
  direction: 1 | -1,
  differs: (k: number) => boolean,
  estimatedDiffers: (k: number) => boolean,
): number | null {
  if ((end - start) * direction < 0) return null;
  const guess = firstChange(start, end, direction, estimatedDiffers);
  if (guess === null) return differs(end) ? firstChange(start, end, direction, differs) : null;
  if (differs(guess)) {
    const unchanged = gallop(guess, start - direction, -direction, (k) => !differs(k));
    return bisect(unchanged, guess, differs);
  }
  if (!differs(end)) return null;
  return bisect(guess, gallop(guess, end, direction, differs), differs);
}

/**
 * From `from` (where `holds` fails), the first of from ± 1, 2, 4, … toward `limit` where it
 * holds, or `limit` itself, where it is known or taken to hold.
 */
function gallop(from: number, limit: number, direction: number, holds: (k: number) => boolean): number {
  for (let stride = 1; ; stride *= 2) {
    const k = from + direction * stride;
    if ((limit - k) * direction <= 0) return limit;
    if (holds(k)) return k;
  }
}

/** Between a point where `differs` does not hold and one where it does, the first where it does next to one where it does not. */
function bisect(unchanged: number, found: number, differs: (k: number) => boolean): number {
  let [low, high] = [unchanged, found];
  while (Math.abs(high - low) > 1) {
    const middle = low + Math.trunc((high - low) / 2);
    if (differs(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/** The level at `k` display steps; each grid point is evaluated once, the range end being asked twice. */
function levelsOnGrid(evaluate: Evaluate, step: number): (k: number) => number {
  const levels = new Map<number, number>();
  return (k) => {
    const known = levels.get(k);
    if (known !== undefined) return known;
    const value = k / step;
    const { level } = evaluate(value);
    if (level === null) throw new Error(`findLevelChange: no level at value ${value}; the method must set levels`);
    levels.set(k, level);
    return level;
  };
}

/**
 * A value in display steps, read back at 15 significant digits so that 0.29 × 100
 * (28.999999999999996) counts as the 29 steps it was written as.
 */
function toSteps(value: number, step: number): number {
  return Number((value * step).toPrecision(15));
}

/**
 * The grid point nearest `start`, going `direction` up to `end` (inclusive), where `differs`
 * first holds; null if it does not hold at `end` or no point lies between.
 */
function firstChange(start: number, end: number, direction: 1 | -1, differs: (k: number) => boolean): number | null {
  if ((end - start) * direction < 0 || !differs(end)) return null;
  // The point just before `start` is the current value or outside the range: never a change.
  return bisect(start - direction, end, differs);
}

/**
 * Where to look for a level-changing value of an indicator in `unit`. A percent lies in
 * [0, 100]. Counts, dollars and rates have no upper bound, so the search stays within what
 * the district's schools show: from 0 (or the lowest value, if one is below 0) to the
 * highest. Non-finite values are ignored; with none left the range is [0, 0].
 */
export function searchRange(unit: string, observed: readonly number[]): [number, number] {
  if (unit === 'percent') return [0, 100];
  const finite = observed.filter((v) => Number.isFinite(v));
  let low = 0;
  let high = finite.length === 0 ? 0 : -Infinity;
  for (const v of finite) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}

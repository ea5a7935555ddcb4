import type { IndexMethod } from './method.ts';

/** `higher_is_better`: a higher value is a better circumstance or result for students. */
export type Direction = 'higher_is_better' | 'lower_is_better';

export interface IndexIndicator {
  id: string;
  domain: string;
  direction: Direction;
  /** Positive; ignored for a display-only indicator. */
  weight: number;
  /**
   * false: a display-only indicator, which the engine leaves out of everything (normalization,
   * coverage, weights, scores). Absent means scored.
   */
  scored?: boolean;
}

interface IndexDomain {
  id: string;
  weight: number;
}

interface IndexEntity {
  id: string;
  /** Normalization group when `method.scope` is `level` (the school's level); ignored for `all`. */
  scope: string;
}

/** One school year's input: only publishable numbers ever reach the engine. */
export interface IndexInput {
  method: IndexMethod;
  domains: readonly IndexDomain[];
  indicators: readonly IndexIndicator[];
  entities: readonly IndexEntity[];
  /** values[entityId][indicatorId]; absent or null means no usable value. */
  values: Readonly<Record<string, Readonly<Record<string, number | null | undefined>>>>;
}

export type ScoreStatus = 'ok' | 'insufficient_data';

export interface IndicatorScore {
  value: number | null;
  /** Normalized and oriented so that higher always points the index's way (e.g. more need). */
  normalized: number | null;
  /**
   * This indicator's share of the composite aggregate, so that the contributions of a
   * school add up to it; null where the method is not additive (re-normalized domains).
   */
  contribution: number | null;
}

export interface DomainScore {
  status: ScoreStatus;
  /** Share of the domain's weight carried by indicators with a value (0..1). */
  coverage: number;
  aggregate: number | null;
  /** The aggregate after the domain's re-normalization (equal to it for `none`). */
  score: number | null;
}

export interface CompositeScore {
  status: ScoreStatus;
  coverage: number;
  aggregate: number | null;
  /** The aggregate after the composite's normalization. */
  normalized: number | null;
  /** The published score, after `method.scale`. */
  score: number | null;
  /** 1 = highest score; ties share the lowest rank (1, 2, 2, 4). */
  rank: number | null;
  /** 1..number of levels, 1 = lowest scores; null without levels or without a score. */
  level: number | null;
}

export interface EntityScore {
  id: string;
  /** Scored indicators only: a display-only indicator has no part in any score. */
  indicators: Record<string, IndicatorScore>;
  domains: Record<string, DomainScore>;
  composite: CompositeScore;
}

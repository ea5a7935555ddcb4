import { computeIndexScores, computeScoreChanges } from './compute.ts';
import type { CompositeScore, EntityScore, IndexInput } from './types.ts';

/** One school year to score: its schools and, for each, the value that enters the index. */
export interface YearToScore {
  year: string;
  entities: IndexInput['entities'];
  value: (entityId: string, indicatorId: string) => number | null;
}

/** A school's composite in a year, with its change since the year before. */
export type ScoreInfo = Pick<CompositeScore, 'status' | 'score' | 'rank' | 'level' | 'coverage'> & {
  /** Change in score since the previous school year; null without both. */
  change: number | null;
  rankChange: number | null;
};

export interface ScoresByYear {
  /** The year's scored schools, in the order they were given. */
  entities(year: string): readonly EntityScore[];
  entity(year: string, id: string): EntityScore | undefined;
  info(year: string, id: string): ScoreInfo | null;
  /** The year's input as the engine scored it, to re-run it with one value changed; null for a year with no schools. */
  input(year: string): IndexInput | null;
}

/**
 * Scores every school year on its own, oldest first, and the change of each school's score and
 * rank from the year listed before it. A year with no schools has no scores, and the year after
 * it has no changes.
 */
export function computeScoresByYear(
  definition: Pick<IndexInput, 'method' | 'domains' | 'indicators'>,
  years: readonly YearToScore[],
): ScoresByYear {
  const scores = new Map<string, Map<string, EntityScore>>();
  const changes = new Map<string, ReturnType<typeof computeScoreChanges>>();
  const inputs = new Map<string, IndexInput>();
  let previous: readonly EntityScore[] = [];
  for (const { year, entities, value } of years) {
    const input: IndexInput = {
      ...definition,
      entities,
      values: Object.fromEntries(
        entities.map((e) => [e.id, Object.fromEntries(definition.indicators.map((i) => [i.id, value(e.id, i.id)]))]),
      ),
    };
    const current = entities.length === 0 ? [] : computeIndexScores(input);
    if (entities.length > 0) {
      scores.set(year, new Map(current.map((s) => [s.id, s])));
      inputs.set(year, input);
    }
    changes.set(year, computeScoreChanges(previous, current));
    previous = current;
  }
  const entity = (year: string, id: string) => scores.get(year)?.get(id);
  return {
    entities: (year) => [...(scores.get(year)?.values() ?? [])],
    entity,
    input: (year) => inputs.get(year) ?? null,
    info: (year, id) => {
      const score = entity(year, id);
      if (!score) return null;
      const change = changes.get(year)?.get(id);
      const { status, score: value, rank, level, coverage } = score.composite;
      return { status, score: value, rank, level, coverage, change: change?.scoreChange ?? null, rankChange: change?.rankChange ?? null };
    },
  };
}

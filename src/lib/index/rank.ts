/**
 * Competition ranking ("1224"): 1 is the highest score, tied scores share the best rank
 * among them and the next score skips the places they took. Scores are compared exactly,
 * so they should already be rounded as published: schools shown with equal scores tie.
 */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const descending = scores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  const rankOfScore = new Map<number, number>();
  descending.forEach((score, position) => {
    if (!rankOfScore.has(score)) rankOfScore.set(score, position + 1);
  });
  return scores.map((s) => (s === null ? null : (rankOfScore.get(s) ?? null)));
}

import type { IndexIndicator, IndexInput } from './types.ts';

/** Whether an indicator takes part in the index; a display-only one (`scored: false`) does not. */
function isScored(indicator: IndexIndicator): boolean {
  return indicator.scored !== false;
}

/**
 * Catches configurations the engine cannot score meaningfully, and returns the indicators it
 * scores. A loader should have reported these to the district already, with file and line;
 * reaching here is a bug.
 */
export function assertScorableInput(input: IndexInput): IndexIndicator[] {
  const problems: string[] = [];
  const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const [what, ids] of [
    ['entity', input.entities.map((e) => e.id)],
    ['domain', input.domains.map((d) => d.id)],
    ['indicator', input.indicators.map((i) => i.id)],
  ] as const) {
    for (const id of new Set(duplicates(ids))) problems.push(`${what} "${id}" appears more than once`);
  }
  const domainIds = new Set(input.domains.map((d) => d.id));
  for (const indicator of input.indicators) {
    if (!domainIds.has(indicator.domain)) {
      problems.push(`indicator "${indicator.id}" names domain "${indicator.domain}", which is not defined`);
    }
  }
  const scored = input.indicators.filter(isScored);
  for (const domain of input.domains) {
    if (!scored.some((i) => i.domain === domain.id)) problems.push(`domain "${domain.id}" has no indicators to score`);
  }
  // A zero or negative weight would let a school "cover" a domain with nothing, or count against it.
  for (const item of [...input.domains, ...scored]) {
    if (!(Number.isFinite(item.weight) && item.weight > 0)) {
      problems.push(`"${item.id}" has weight ${item.weight}; weights must be positive numbers`);
    }
  }
  if (problems.length > 0) throw new Error(`Cannot compute the index: ${problems.join('; ')}.`);
  return scored;
}

import type { Normalization } from './method.ts';
import { normalizeValues } from './normalize.ts';

/**
 * Normalizes each group of schools on its own (e.g. elementary against elementary) when
 * `groupKeys` is given, else all together. Results keep the order of `values`.
 */
export function normalizeWithinGroups(
  values: readonly (number | null)[],
  groupKeys: readonly string[] | null,
  normalization: Normalization,
): (number | null)[] {
  if (groupKeys === null) return normalizeValues(values, normalization);
  const positionsByGroup = new Map<string, number[]>();
  groupKeys.forEach((key, position) => {
    const positions = positionsByGroup.get(key);
    if (positions) positions.push(position);
    else positionsByGroup.set(key, [position]);
  });
  const result: (number | null)[] = values.map(() => null);
  for (const positions of positionsByGroup.values()) {
    const normalized = normalizeValues(
      positions.map((p) => values[p] ?? null),
      normalization,
    );
    positions.forEach((p, i) => {
      result[p] = normalized[i] ?? null;
    });
  }
  return result;
}

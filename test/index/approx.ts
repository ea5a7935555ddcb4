/**
 * Lists where two JSON-like values differ, with numbers equal within `tolerance`. Listing
 * paths instead of asserting toEqual tells a reviewer which hand-worked step went wrong.
 */
export function differences(actual: unknown, expected: unknown, tolerance: number, path = '$'): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(actual - expected) <= tolerance ? [] : [`${path}: got ${actual}, expected ${expected}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: got ${JSON.stringify(actual)}, expected an array`];
    if (actual.length !== expected.length) return [`${path}: got ${actual.length} items, expected ${expected.length}`];
    return expected.flatMap((item, i) => differences(actual[i], item, tolerance, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path}: got ${JSON.stringify(actual)}, expected an object`];
    }
    const actualRecord = actual as Record<string, unknown>;
    const expectedRecord = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(actualRecord), ...Object.keys(expectedRecord)]);
    return [...keys].flatMap((key) => {
      if (!(key in expectedRecord)) return [`${path}.${key}: unexpected`];
      if (!(key in actualRecord)) return [`${path}.${key}: missing`];
      return differences(actualRecord[key], expectedRecord[key], tolerance, `${path}.${key}`);
    });
  }
  return Object.is(actual, expected) ? [] : [`${path}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`];
}

import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of keys',
};

/**
 * What was expected, in a data clerk's words. The schemas' own messages already are; this
 * rewords zod's generic ones ("Invalid input: expected string, received number"). `received` is
 * the value found at the issue's path (undefined when the key is absent).
 */
export function describeExpected(issue: z.core.$ZodIssue, received: unknown): string {
  // A schema's own message is already written for the clerk.
  if (!/^(Invalid|Too small|Too big|Unrecognized)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return received === undefined
        ? 'this key, which is required'
        : (TYPE_NAMES[issue.expected] ?? issue.expected);
    case 'unrecognized_keys':
      return `only the keys this file takes: ${issue.keys.map((k) => `"${k}"`).join(', ')} is not one of them (check the spelling)`;
    case 'too_small':
      return issue.origin === 'string' ? 'text that is not empty' : issue.message;
    default:
      return issue.message;
  }
}

/** The value at an issue's path in the parsed input, to show the clerk what was written. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

import { IndexMethodSchema, type IndexMethod } from '../../src/lib/index/method.ts';

/** A method as a district would write it: only what differs from the defaults. */
export function methodOf(options: Record<string, unknown> = {}): IndexMethod {
  return IndexMethodSchema.parse({ title: 'Test index', ...options });
}

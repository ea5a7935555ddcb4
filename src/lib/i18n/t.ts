import { template, type MessageKey, type Messages } from './messages/index.ts';

export type { MessageKey };

/** The `{name}` placeholders of a template, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/**
 * Params are display text: format numbers with src/lib/format first, so digits, separators
 * and signs follow the locale rather than JavaScript's defaults.
 */
type MessageParams<K extends MessageKey> = Record<Placeholders<Messages[K]>, string>;

type ParamsArg<K extends MessageKey> = [Placeholders<Messages[K]>] extends [never] ? [] : [params: MessageParams<K>];

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A message in a locale with its placeholders filled. A placeholder without a param, or a
 * param without a placeholder, throws: a typo fails a test or the build, never a page.
 */
export function t<K extends MessageKey>(locale: string, key: K, ...[params]: ParamsArg<K>): string {
  const text = template(locale, key);
  const given: Readonly<Record<string, string>> = params ?? {};
  const used = new Set<string>();
  const result = text.replace(PLACEHOLDER, (_, name: string) => {
    const value = given[name];
    if (value === undefined) throw new Error(`Message "${key}" (${locale}) needs the param {${name}}`);
    used.add(name);
    return value;
  });
  const unused = Object.keys(given).filter((name) => !used.has(name));
  if (unused.length > 0) {
    throw new Error(`Message "${key}" (${locale}) has no placeholder for: ${unused.join(', ')}`);
  }
  return result;
}

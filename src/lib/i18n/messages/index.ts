import { en } from './en.ts';

export type Messages = typeof en;
export type MessageKey = keyof Messages;

/** A locale's strings file may lag behind English; a key it lacks falls back to English. */
export type Catalog = Readonly<Partial<Record<MessageKey, string>>>;

/** Every locale the site can be built in; a new language is its strings file plus one line here. */
const CATALOGS: Readonly<Record<string, Catalog>> = { en };

/** The locales a site may be built in: those with a strings file. */
export const LOCALES = Object.keys(CATALOGS) as [string, ...string[]];

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The template for a key from the given catalogs: the locale's, its language's ('es' for 'es-MX'), then English. */
export function resolveTemplate(catalogs: Readonly<Record<string, Catalog>>, locale: string, key: MessageKey): string {
  // Keys arrive typed, but a key built at run time (like `ordinal.${category}`) is checked here.
  if (!isMessageKey(key)) throw new Error(`Unknown message key "${String(key)}"`);
  const catalog = catalogs[locale] ?? catalogs[locale.split('-')[0] ?? ''];
  if (!catalog) {
    throw new Error(`No messages for locale "${locale}"; known locales: ${Object.keys(catalogs).join(', ')}`);
  }
  return catalog[key] ?? en[key];
}

export function template(locale: string, key: MessageKey): string {
  return resolveTemplate(CATALOGS, locale, key);
}

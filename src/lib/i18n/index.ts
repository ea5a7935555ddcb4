/** Message templates by locale; `t` fills one in. */
export { t, type MessageKey, type MessageParams } from './t.ts';

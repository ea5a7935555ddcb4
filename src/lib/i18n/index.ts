/** Message templates by locale; `t` fills one in. */
export { t } from './t.ts';

/**
 * The explanation the CSV importer writes into every starter indicator file. `npm run check`
 * names each file that still carries it: a family must read what the number means, in the
 * district's words, before the site is published.
 */
export const PLACEHOLDER_EXPLANATION =
  'PLACEHOLDER: replace this paragraph with what the indicator measures, where the number comes from and why it matters, in plain words.';

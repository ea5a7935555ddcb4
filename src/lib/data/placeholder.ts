/**
 * The explanation the CSV importer writes into every starter indicator file. `npm run check`
 * names each file that still carries it: a family must read what the number means, in the
 * district's words, before the site is published.
 */
export const PLACEHOLDER_EXPLANATION =
  'PLACEHOLDER: replace this paragraph with what the indicator measures, where the number comes from and why it matters, in plain words.';

/**
 * The site's content files that still carry the placeholder, with one message each. `check`
 * fails on them; `build` only warns, so a folder just imported can be previewed before a
 * person writes its explanations.
 */
export function placeholderProblems(files: ReadonlyMap<string, string>): string[] {
  return [...files]
    .filter(([path, text]) => path.startsWith('content/') && text.includes(PLACEHOLDER_EXPLANATION))
    .map(([path]) => path)
    .sort()
    .map((path) => `${path}: the explanation is still the importer's placeholder; replace it with what this page is about, in plain words`);
}

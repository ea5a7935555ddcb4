/**
 * The one rule from ids to URL segments: lowercase, and every run of characters other than
 * a-z and 0-9 becomes one "-", trimmed at both ends. `0101` stays `0101`; `Lake View_2` becomes
 * `lake-view-2`. Published slugs never change, so the rule never changes either.
 */
export function slugify(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Ids that differ only by case, or that map to the same slug, would share one page:
 * returns each clash as [first id, second id, slug].
 */
export function findSlugClashes(ids: readonly string[]): [string, string, string][] {
  const seen = new Map<string, string>();
  const clashes: [string, string, string][] = [];
  for (const id of ids) {
    const slug = slugify(id);
    const first = seen.get(slug);
    if (first !== undefined && first !== id) clashes.push([first, id, slug]);
    else seen.set(slug, id);
  }
  return clashes;
}

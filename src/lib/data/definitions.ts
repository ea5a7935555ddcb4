import type { z } from 'zod';
import type { IssueCollector } from '../errors.ts';
import { findSlugClashes } from '../site/slug.ts';
import { parseFrontMatter, type Document } from './front-matter.ts';
import { groupVocabulary } from './groups.ts';
import type { Domain, Indicator, SiteConfig } from './schemas.ts';
import type { SiteFiles } from './site-files.ts';

/**
 * Parses every markdown file in a folder. A file is named after its id, so its address is
 * stable, and its body is the plain-language explanation readers get: it may not be empty.
 */
export function parseDocuments<S extends z.ZodType<{ id: string }>>(
  files: SiteFiles,
  folder: string,
  schema: S,
  issues: IssueCollector,
): Document<z.output<S>>[] {
  const docs: Document<z.output<S>>[] = [];
  for (const [path, text] of files) {
    if (!path.startsWith(folder)) continue;
    const doc = parseFrontMatter(text, path, schema, issues);
    if (!doc) continue;
    const expectedName = `${folder}${doc.data.id}.md`;
    if (path !== expectedName)
      issues.add({ file: path, column: 'id', value: doc.data.id, expected: `the file to be named ${expectedName} after its id` });
    if (doc.body.trim() === '')
      issues.add({ file: path, expected: 'a plain-language explanation below the front matter (what it measures, why it matters)' });
    docs.push(doc);
  }
  return docs;
}

/** Domains, indicators and the need measure agree with each other. */
export function checkDefinitions(
  domains: { data: Domain }[],
  indicators: { data: Indicator }[],
  site: SiteConfig | null,
  issues: IssueCollector,
): void {
  if (domains.length === 0) issues.add({ file: 'content/domains/', expected: 'at least one domain file' });
  if (indicators.length === 0) issues.add({ file: 'content/indicators/', expected: 'at least one indicator file' });
  const domainIds = new Set(domains.map((d) => d.data.id));
  for (const { data } of indicators)
    if (!domainIds.has(data.domain))
      issues.add({
        file: `content/indicators/${data.id}.md`,
        column: 'domain',
        value: data.domain,
        expected: `one of the domains: ${[...domainIds].join(', ')}`,
      });
  // Display-only indicators may name a domain to be listed with it, but cannot carry it alone.
  for (const id of domainIds)
    if (!indicators.some((i) => i.data.domain === id && i.data.scored))
      issues.add({
        file: `content/domains/${id}.md`,
        column: 'id',
        value: id,
        expected: 'a domain that at least one scored indicator belongs to (indicators with "scored: false" or "type: categorical" do not count)',
      });
  for (const [first, second, slug] of findSlugClashes(indicators.map((i) => i.data.id)))
    issues.add({ file: `content/indicators/${second}.md`, column: 'id', value: second, expected: `an id whose page address differs from ${first}'s (both become /${slug}/)` });
  if (site) {
    const need = indicators.find((i) => i.data.id === site.need_measure)?.data;
    if (!need)
      issues.add({ file: 'content/site.md', column: 'need_measure', value: site.need_measure, expected: 'the id of an indicator' });
    else if (need.type === 'categorical')
      issues.add({
        file: 'content/site.md',
        column: 'need_measure',
        value: site.need_measure,
        expected: 'a numeric indicator: peers are found by how close their need is, which levels cannot say',
      });
    else if (need.kind !== 'context')
      issues.add({
        file: 'content/site.md',
        column: 'need_measure',
        value: site.need_measure,
        expected: `an indicator of kind context (student need), not ${need.kind}: comparing spending or results with need must not measure need by spending or results`,
      });
    const vocabulary = groupVocabulary(site.student_groups);
    for (const group of site.spending.groups)
      if (!vocabulary.has(group))
        issues.add({ file: 'content/site.md', column: 'spending.groups', value: group, expected: `a student group: ${vocabulary.ids.join(', ')}` });
  }
}

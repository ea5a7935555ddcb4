import { parseFrontMatter } from '../../data/front-matter.ts';
import { IssueCollector } from '../../errors.ts';
import { type Mapping, MappingSchema } from './schema.ts';

/**
 * A mapping file, YAML or JSON (JSON is YAML), validated with every problem at its key and
 * line. The front-matter reader does the YAML, the lines and the messages: the mapping is
 * read as the front matter of an empty document, one line below where the file has it.
 */
export function readMapping(text: string, file: string, fatal: IssueCollector): Mapping | null {
  const issues = new IssueCollector();
  const result = parseFrontMatter(`---\n${text.replace(/^\uFEFF/, '')}\n---\n`, file, MappingSchema, issues);
  for (const issue of issues.issues) fatal.add(issue.line === undefined ? issue : { ...issue, line: Math.max(1, issue.line - 1) });
  return result?.data ?? null;
}

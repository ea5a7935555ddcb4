import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { placeholderProblems } from '../src/lib/data/placeholder.ts';
import { loadSiteFiles } from '../src/lib/data/site-files.ts';
import { repositoryWarning } from '../src/lib/privacy/explain.ts';
import { formatIssue } from '../src/lib/errors.ts';
import { computeSite, PROJECT_ROOT } from './build-site.ts';
import { failureMessage, withProblemReport } from './problem-report.ts';

/**
 * `npm run check [-- --site <folder>]`: everything a build checks, in seconds, without
 * rendering or writing a page: the same validation, the same privacy check and the same
 * messages. A district's analyst runs it after each edit; it exits 1 on a problem.
 */
const { values } = parseArgs({ options: { site: { type: 'string', default: '.' } } });
const site = resolve(values.site);
// Outside anything published: the list repeats the files' values.
const report = join(PROJECT_ROOT, '.build', 'check-problems.txt');

try {
  // Every school's page data is computed as a build computes it, then dropped; drafts are checked too.
  const { site: data, schools, warnings } = withProblemReport(report, () => computeSite(site, () => undefined));
  for (const warning of warnings) console.warn(`Warning: ${formatIssue(warning)}`);
  const placeholders = placeholderProblems(loadSiteFiles(site));
  if (placeholders.length > 0) {
    for (const problem of placeholders) console.error(problem);
    console.error(
      `\n${values.site}: ${placeholders.length} file(s) still carry a placeholder explanation (listed above); the data itself has no problems.`,
    );
    process.exit(1);
  }
  const years = data.site.years;
  console.log(
    `${values.site}: no problems. ${schools} schools, ${data.indicators.length} indicators, ${years.length} school year${years.length === 1 ? '' : 's'} (${years.join(', ')})${storyCount(data.stories.length)}; nothing was built.`,
  );
  console.warn(repositoryWarning('en'));
} catch (error) {
  console.error(failureMessage(error, 'check'));
  process.exit(1);
}

function storyCount(n: number): string {
  return n === 0 ? '' : `, ${n} published ${n === 1 ? 'story' : 'stories'} (drafts checked too)`;
}

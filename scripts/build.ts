import { parseArgs } from 'node:util';
import { placeholderProblems } from '../src/lib/data/placeholder.ts';
import { loadSiteFiles } from '../src/lib/data/site-files.ts';
import { repositoryWarning } from '../src/lib/privacy/explain.ts';
import { formatIssue } from '../src/lib/errors.ts';
import { buildSite } from './build-site.ts';
import { failureMessage } from './problem-report.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: '.' },
    out: { type: 'string', default: 'dist' },
    // A preview: stories marked draft are published too (never for the public site).
    drafts: { type: 'boolean', default: false },
  },
});

try {
  const warnings = await buildSite({ siteRoot: values.site, outDir: values.out, drafts: values.drafts });
  console.log(`Built ${values.out}/${values.drafts ? ', drafts included: a preview, not for publishing' : ''}`);
  for (const warning of warnings) console.warn(`Warning: ${formatIssue(warning)}`);
  // A warning, not a failure: an imported folder can be previewed before its explanations are written.
  for (const problem of placeholderProblems(loadSiteFiles(values.site))) console.warn(`Warning: ${problem}`);
  console.warn(repositoryWarning('en'));
} catch (error) {
  console.error(failureMessage(error, 'build'));
  console.error(`\nNothing was published: ${values.out}/ was left as it was.`);
  process.exit(1);
}

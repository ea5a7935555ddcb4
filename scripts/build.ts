import { parseArgs } from 'node:util';
import { placeholderProblems } from '../src/lib/data/placeholder.ts';
import { loadSiteFiles } from '../src/lib/data/site-files.ts';
import { repositoryWarning } from '../src/lib/privacy/explain.ts';
import { buildSite } from './build-site.ts';
import { failureMessage } from './problem-report.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: '.' },
    out: { type: 'string', default: 'dist' },
  },
});

try {
  await buildSite({ siteRoot: values.site, outDir: values.out });
  console.log(`Built ${values.out}/`);
  // A warning, not a failure: an imported folder can be previewed before its explanations are written.
  for (const problem of placeholderProblems(loadSiteFiles(values.site))) console.warn(`Warning: ${problem}`);
  console.warn(repositoryWarning('en'));
} catch (error) {
  console.error(failureMessage(error, 'build'));
  console.error(`\nNothing was published: ${values.out}/ was left as it was.`);
  process.exit(1);
}

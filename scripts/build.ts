import { parseArgs } from 'node:util';
import { DataError } from '../src/lib/errors.ts';
import { PrivacyError } from '../src/lib/privacy/check.ts';
import { repositoryWarning } from '../src/lib/privacy/explain.ts';
import { buildSite } from './build-site.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: '.' },
    out: { type: 'string', default: 'dist' },
  },
});

try {
  await buildSite({ siteRoot: values.site, outDir: values.out });
  console.log(`Built ${values.out}/`);
  console.warn(repositoryWarning('en'));
} catch (error) {
  // A data or privacy problem is said in full, in words; anything else is ours, with its stack.
  const said = error instanceof DataError || error instanceof PrivacyError;
  console.error(said ? error.message : `The build failed: ${(error as Error).stack ?? String(error)}`);
  console.error(`\nNothing was published: ${values.out}/ was left as it was.`);
  process.exit(1);
}

import { parseArgs } from 'node:util';
import { DataError } from '../src/lib/errors.ts';
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
} catch (error) {
  if (error instanceof DataError) {
    console.error(error.message);
    console.error(`\nThe site in ${values.out}/ was left as it was.`);
    process.exit(1);
  }
  throw error;
}

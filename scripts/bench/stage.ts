/**
 * Runs one build stage in a process of its own and prints its wall time and peak resident
 * memory as JSON, so `npm run bench -- --synthetic` can report each stage apart. Pagefind's
 * indexer is a binary of its own: the search stage's figure is this process's, not the binary's.
 *   tsx scripts/bench/stage.ts <data|render|search> <site folder> <output folder>
 */
import { buildFolders, indexForSearch, readBuiltSiteData, renderPages, writeSiteData } from '../build-site.ts';

const STAGES = {
  data: (site: string, out: string) => writeSiteData(site, buildFolders(out).data),
  render: (_site: string, out: string) => {
    const { data, staging } = buildFolders(out);
    return renderPages(data, staging, readBuiltSiteData(out).site.base);
  },
  search: (_site: string, out: string) => indexForSearch(buildFolders(out).staging),
};

const [stage = '', site = '', out = ''] = process.argv.slice(2);
if (!Object.hasOwn(STAGES, stage)) throw new Error(`Unknown stage "${stage}": one of ${Object.keys(STAGES).join(', ')}`);
const started = process.hrtime.bigint();
await STAGES[stage as keyof typeof STAGES](site, out);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ stage, seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));

import { suppressDataset } from '../../../src/lib/privacy/suppress.ts';
import { pageContext, type PageContext } from '../../../src/lib/site/pages/context.ts';
import { computeSiteData } from '../../../src/lib/site/site-data.ts';
import type { SchoolDetail } from '../../../src/lib/site/types.ts';
import { parseTiny } from '../../data/site-fixture.ts';

/** The tiny fixture computed as a build computes it, in memory: the page models' input. */
export function tinyPages(edits: Parameters<typeof parseTiny>[0] = {}): { ctx: PageContext; schools: Map<string, SchoolDetail> } {
  const { site, schoolDetails } = computeSiteData(suppressDataset(parseTiny(edits)));
  return { ctx: pageContext(site), schools: new Map([...schoolDetails()].map((s) => [s.id, s])) };
}

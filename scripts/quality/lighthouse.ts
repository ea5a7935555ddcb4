import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launchBrowser } from './browser.ts';

export type LighthouseCategory = 'accessibility' | 'seo' | 'best-practices' | 'performance';

export interface LighthouseReport {
  url: string;
  /** Each category's score from 0 to 100. */
  scores: Record<LighthouseCategory, number>;
  /** Audits that lost points, for the test log: "category: audit title". */
  failures: string[];
  /** Simulated load on a mid-range phone, for the benchmark. */
  metrics: { lcpMs: number; tbtMs: number; bytes: number };
}

/** A port nothing listens on now, for Chromium's DevTools endpoint. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Lighthouse's default run, which emulates a mid-range phone on a slow network, on each page in
 * turn; one Chromium for all of them.
 */
export async function runLighthouse(urls: readonly string[], categories: readonly LighthouseCategory[]): Promise<LighthouseReport[]> {
  const port = await freePort();
  const browser = await launchBrowser({ debuggingPort: port });
  try {
    const reports: LighthouseReport[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ) as LighthouseReport['scores'];
      const failures = categories.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit): audit is NonNullable<typeof audit> => audit !== undefined && audit.score !== null && audit.score < 1)
          .map((audit) => `${id}: ${audit.title}`),
      );
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      reports.push({
        url,
        scores,
        failures,
        metrics: { lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), bytes: metric('total-byte-weight') },
      });
    }
    return reports;
  } finally {
    await browser.close();
  }
}

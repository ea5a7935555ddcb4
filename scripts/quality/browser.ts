import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Flags for a headless Chromium on a machine with no network beyond the package registries:
 * without the background-networking ones it keeps trying to reach Google's hosts.
 */
const HEADLESS_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--font-render-hinting=none',
];

export interface ChromiumBinary {
  path: string;
  /** Where it came from, for the test log. */
  origin: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/**
 * A system Chromium when there is one (CHROMIUM_PATH, then Debian's /usr/bin/chromium);
 * otherwise the one the npm package @sparticuz/chromium unpacks, so the gates run on a fresh
 * machine from `npm ci` alone.
 */
export async function findChromium(): Promise<ChromiumBinary> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return { path: fromEnv, origin: 'CHROMIUM_PATH' };
  }
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', origin: 'system' };
  return packagedChromium();
}

/** The Chromium inside the npm package, unpacked to a temporary folder on first use (about 2 s). */
export async function packagedChromium(): Promise<ChromiumBinary> {
  const { default: packaged } = await import('@sparticuz/chromium');
  return { path: await packaged.executablePath(), origin: '@sparticuz/chromium' };
}

export interface LaunchOptions {
  /** Opens the DevTools protocol on this port, for tools such as Lighthouse that drive Chromium themselves. */
  debuggingPort?: number;
}

export async function launchBrowser({ debuggingPort, binary }: LaunchOptions & { binary?: ChromiumBinary } = {}): Promise<Browser> {
  const { path } = binary ?? (await findChromium());
  const args = debuggingPort === undefined ? HEADLESS_ARGS : [...HEADLESS_ARGS, `--remote-debugging-port=${debuggingPort}`];
  return chromium.launch({ executablePath: path, args, headless: true });
}

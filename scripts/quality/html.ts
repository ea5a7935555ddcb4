import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pageFile } from './pages.ts';

const run = promisify(execFile);
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export interface HtmlMessage {
  /** The page's file, relative to the site. */
  file: string;
  line: number | null;
  column: number | null;
  message: string;
  extract: string;
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Checks pages with the Nu HTML Checker (the W3C's validator, run locally on Java) and returns
 * its errors. No message is filtered: the charts move Plot's `font-variant` attribute, the one
 * error the checker would raise on them, into a style (src/lib/charts/finalize.ts).
 */
export async function validateHtml(siteDir: string, pages: readonly string[]): Promise<HtmlMessage[]> {
  const files = pages.map((page) => pageFile(siteDir, page));
  let output: string;
  try {
    // The checker exits 1 when it finds errors and reports them as JSON on stderr.
    const result = await run('java', ['-Xss4m', '-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], {
      maxBuffer: 256 * 1024 * 1024,
    });
    output = result.stderr;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new Error("The HTML check needs Java 11 or newer on the PATH (see the README's prerequisites).");
    if (!failure.stderr?.trim().startsWith('{')) throw error;
    output = failure.stderr;
  }
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  return messages
    .filter((message) => message.type !== 'info')
    .map((message) => ({
      file: relative(siteDir, fileURLToPath(message.url)),
      line: message.lastLine ?? null,
      column: message.firstColumn ?? null,
      message: message.message,
      extract: (message.extract ?? '').replace(/\s+/g, ' ').trim(),
    }));
}

export function formatHtmlMessage(message: HtmlMessage): string {
  return `${message.file}:${message.line ?? '?'}:${message.column ?? '?'} ${message.message} (${message.extract.slice(0, 80)})`;
}

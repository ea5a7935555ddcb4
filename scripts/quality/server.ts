import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** The site's root address, base path included, ending in "/". */
  root: string;
  /** The full address of a path relative to the site's root. */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: under its base path, folders by their
 * index.html, unknown addresses with the site's 404.html and status 404.
 */
export async function serveSite(dir: string, base = '/'): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = pathname.startsWith(base) ? resolveFile(dir, pathname.slice(base.length)) : null;
    const [status, path] = file ? [200, file] : [404, join(dir, '404.html')];
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(status, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
  return {
    root,
    url: (path) => new URL(path.replace(/^\//, ''), root).href,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Kept-alive connections (fetch keeps them) would hold close() for seconds.
        server.closeAllConnections();
      }),
  };
}

/** The file a site-relative path names, or null; never a file outside the site. */
function resolveFile(dir: string, relativePath: string): string | null {
  const path = normalize(join(dir, relativePath));
  if (path !== dir && !path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
  if (relativePath === '' || relativePath.endsWith('/')) {
    const index = join(path, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

/** Serves a site for the length of one task. */
export async function withServedSite<T>(site: { dir: string; base: string }, task: (server: StaticServer) => Promise<T>): Promise<T> {
  const server = await serveSite(site.dir, site.base);
  try {
    return await task(server);
  } finally {
    await server.close();
  }
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/csp.ts';
import { searchPage } from '../../src/lib/site/pages/search.ts';
import { tinyPages } from './pages/fixture.ts';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return [name, sources];
  }),
);

describe('the Content-Security-Policy', () => {
  it("lets only the site's own files load, and Pagefind's WebAssembly run", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    const sources = [...directives.values()].flat();
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources.filter((source) => source.includes('*'))).toEqual([]);
  });

  it('is in every page frame, and the search page loads its script from a file', () => {
    const { ctx } = tinyPages();
    const search = searchPage(ctx);
    expect(search.layout.contentSecurityPolicy).toBe(CONTENT_SECURITY_POLICY);
    expect(search.script).toBe('/search.js');
    expect(readFileSync(new URL('../../public/search.js', import.meta.url), 'utf8')).toContain('new PagefindUI(');
  });

  it('is the one the _headers example sends, with frame-ancestors, which a meta tag cannot set', () => {
    const headers = readFileSync(new URL('../../docs/hosting/_headers', import.meta.url), 'utf8');
    expect(headers).toContain(`\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'\n`);
  });
});

// @ts-check
import { defineConfig } from 'astro/config';

// The build script (scripts/build.ts) computes the site's data first and passes the output
// folder and base path in; these defaults serve `astro check` and `astro dev`.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // One cached stylesheet for every page, and no inline <style> for a strict CSP to allow.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No telemetry, no dev toolbar: the site is built offline and must not vary between runs.
  devToolbar: { enabled: false },
});

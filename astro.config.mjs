// @ts-check
import { defineConfig } from 'astro/config';

// The build script (scripts/build.ts) computes the site's data first and passes the output
// folder and base path in; these defaults serve `astro check` and `astro dev`.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No telemetry, no dev toolbar: the site is built offline and must not vary between runs.
  devToolbar: { enabled: false },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The quality gates run in a browser over whole built sites: vitest.gates.config.ts.
    exclude: ['test/gates/**', 'node_modules/**'],
    // Integration tests build whole sites; give them room on a 2-core machine.
    testTimeout: 20_000,
    env: { TZ: 'UTC' },
  },
});

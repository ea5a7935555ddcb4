import { defineConfig } from 'vitest/config';

/**
 * The quality gates: each file checks every built site (test/gates/setup.ts builds them once)
 * and a broken fixture site. One file at a time: each drives a browser or Java on its own.
 */
export default defineConfig({
  test: {
    include: ['test/gates/**/*.test.ts'],
    globalSetup: ['test/gates/setup.ts'],
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});

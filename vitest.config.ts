import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests build whole sites; give them room on a 2-core machine.
    testTimeout: 20_000,
    env: { TZ: 'UTC' },
  },
});

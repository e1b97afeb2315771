import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium, one file at a time
// (each launches its own browser; two cores do not run two well).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

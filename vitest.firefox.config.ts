import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox (ESR): the Firefox build, installed over
// WebDriver BiDi (scripts/firefox.mjs). One browser for the whole file.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

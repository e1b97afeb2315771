import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: browser-free logic, plus background wiring against WXT's fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{content,lib,components,entrypoints}/**/*.test.ts'],
    restoreMocks: true,
  },
});

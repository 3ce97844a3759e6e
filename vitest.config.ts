import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Two projects: `unit` runs the domain and components in Node with happy-dom,
 * WXT's fake browser and fake-indexeddb; `e2e` drives the built extension in a
 * real Chromium/Firefox (see tests/e2e/README.md), one file at a time.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        // Vitest runs on Vite 8 (oxc), the build on WXT's Vite 7 (esbuild): both get Preact's JSX.
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});

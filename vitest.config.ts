import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Three projects:
 * - `unit`: the domain and components in Node with happy-dom, WXT's fake browser and
 *   fake-indexeddb. The edit-and-rerun loop, so it must stay fast (≤ 30 s, docs/development.md).
 * - `integration`: the same environment, but tests that spawn real builds, command-line
 *   tools, packaging or a server, plus slow exhaustive sweeps. Run by `npm test` after `unit`.
 * - `e2e`: the built extension in a real Chromium/Firefox (docs/development.md, "Tests"), one file
 *   at a time.
 */

/** Node + happy-dom + fake browser + fake-indexeddb, for `unit` and `integration` alike. */
const inNode = (test: NonNullable<TestProjectInlineConfiguration['test']>): TestProjectInlineConfiguration => ({
  plugins: [WxtVitest()],
  // Vitest runs on Vite 8 (oxc), the build on WXT's Vite 7 (esbuild): both get Preact's JSX.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: { environment: 'happy-dom', setupFiles: ['tests/unit/setup.ts'], ...test },
});

/**
 * 10–50 s of pure computation (every keystroke of the ranking set against the slow reference
 * search, slowest when the machine is busy): too much of the 30 s edit loop, so it runs with
 * `integration`. It stays beside its
 * reference search in tests/unit/search/ until the search work in progress moves both.
 */
const SLOW_SWEEPS = ['tests/unit/search/search-equivalence.test.ts'];

export default defineConfig({
  test: {
    projects: [
      inNode({
        name: 'unit',
        include: ['tests/unit/**/*.test.{ts,tsx}'],
        exclude: [...configDefaults.exclude, ...SLOW_SWEEPS],
        // One module graph and one happy-dom window per worker instead of per file: the suite
        // spent ~70% of its time re-importing content and zod and re-creating the window for
        // each of ~70 files. tests/unit/setup.ts resets what a file may leave behind.
        isolate: false,
      }),
      inNode({
        name: 'integration',
        include: ['tests/integration/**/*.test.{ts,tsx}', ...SLOW_SWEEPS],
        // Real `wxt build`s, tsx start-up and a spawned server: minutes on a busy 2-core machine.
        testTimeout: 120_000,
        hookTimeout: 120_000,
      }),
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

// @ts-check
/**
 * Lint: typescript-eslint's recommended rules everywhere, plus, for the code that ships
 * (entrypoints, components, utils), the type-aware promise rules: a dropped `await` or a
 * `.then()` with no rejection handler is a bug class no unit test reliably sees.
 *
 * The architecture's import boundaries (components never reach storage or the browser; the pure
 * zones never reach either) are checked transitively over the whole import graph by
 * tests/unit/architecture/boundaries.test.ts, not here: a lint rule sees one file's direct
 * imports, and a boundary crossed through an intermediate module passed it. The one zone kept
 * here is about test code, which has no place in a build. Formatting is Prettier's job.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';

/** The code that ships in the extension. */
const RUNTIME = ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}'];

export const testZones = [
  {
    target: ['./entrypoints', './components', './utils'],
    from: './tests',
    message: 'Nothing in the extension imports test code: move what both need into utils/ or scripts/lib/.',
  },
  {
    target: './scripts',
    from: './tests',
    // The public ranking set (queries and their scorer) is data the bench measures, like content/.
    except: ['./search-ranking'],
    message: 'Scripts do not import test code: move what both need into scripts/lib/ (tests may import it from there).',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'public/**', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  comments.recommended,
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: testZones }],
      // `import type` is erased by the build; the boundary test reads it to tell a type from a value.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `import { type A }` alone still loads the module; the boundary test counts it as a value.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // A suppression must say why, after `--`, so a reader can judge whether it still holds.
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }],
      '@eslint-community/eslint-comments/disable-enable-pair': ['error', { allowWholeFile: true }],
      // `a && b()` and `c || d()` are used on purpose in the hot search paths; sequences are not.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests reach into fixtures loosely on purpose (they break data in ways the types forbid).
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: RUNTIME,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A promise-returning function where a void callback is expected (a listener, `onClick`):
      // its rejection goes nowhere. Spreads and conditionals stay as typescript-eslint defaults.
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // A function a reader can hold in view. Components (JSX-heavy views) and tests are exempt.
    files: ['utils/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'receiver/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    files: ['**/*.{mjs,js}', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);

// @ts-check
/**
 * Lint: typescript-eslint's recommended rules, plus the architecture's import boundaries
 * (docs/architecture.md, "Layers and the import rules") as `import-x/no-restricted-paths`,
 * which — unlike core `no-restricted-imports` — also sees `export … from` re-exports and
 * dynamic `import()`. Formatting is Prettier's job, not ESLint's.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Browser APIs and storage: only utils/browser and utils/db may reach them. */
const BROWSER_OR_STORAGE = [
  './utils/browser',
  './utils/db',
  './node_modules/wxt',
  './node_modules/@wxt-dev',
  './node_modules/idb',
  './node_modules/webextension-polyfill',
];

export const boundaryZones = [
  {
    target: './components',
    from: ['./utils/browser', './utils/db'],
    message: 'Components take data through props: no browser APIs or storage (docs/architecture.md).',
  },
  { target: './utils', from: './components', message: 'utils/ is the domain: it never imports UI (docs/architecture.md).' },
  ...['./utils/search', './utils/copy', './utils/content'].map((target) => ({
    target,
    from: BROWSER_OR_STORAGE,
    message: `${target.slice(2)} is pure: nothing of browser or storage (docs/architecture.md).`,
  })),
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'public/**', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      // `a && b()` and `c || d()` are used on purpose in the hot search paths; sequences are not.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests reach into fixtures loosely on purpose (they break data in ways the types forbid).
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.{mjs,js}', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);

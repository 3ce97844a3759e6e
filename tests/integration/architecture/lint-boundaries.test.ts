/**
 * The architecture's import boundaries are lint rules (eslint.config.js). These prove the
 * rules see what a hand-written import scan missed: `export … from` re-exports and dynamic
 * `import()`, as well as plain imports, and that allowed imports pass.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve('.') });
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(file) });
  return result!.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('import boundaries as lint rules', () => {
  it.each([
    ['a plain import', "import { openMeccDb } from '../utils/db/open-db';\nvoid openMeccDb;\n"],
    ['a re-export', "export { openMeccDb } from '../utils/db/open-db';\n"],
    ['a dynamic import', "export const badge = () => import('../utils/browser/badge');\n"],
  ])('refuses %s of storage or browser APIs in components/', async (_kind, code) => {
    expect(await boundaryErrors('components/Example.tsx', code)).toEqual([expect.stringMatching(/props/)]);
  });

  it('refuses utils/ importing a component, including by re-export', async () => {
    expect(await boundaryErrors('utils/contacts/example.ts', "export { App } from '../../components/App';\n")).toEqual([
      expect.stringMatching(/never imports UI/),
    ]);
  });

  it.each(['utils/search/example.ts', 'utils/copy/example.ts', 'utils/content/example.ts'])(
    'keeps %s free of browser and storage',
    async (file) => {
      const code = "export const a = () => import('../browser/clipboard');\nexport { storage } from 'wxt/utils/storage';\n";
      expect(await boundaryErrors(file, code)).toHaveLength(2);
    },
  );

  it('allows what the architecture allows', async () => {
    expect(
      await boundaryErrors(
        'components/Example.tsx',
        "import type { Service } from '../utils/content/content-schema';\nexport type S = Service;\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors('entrypoints/example/main.tsx', "import { openMeccDb } from '../../utils/db/open-db';\nvoid openMeccDb;\n"),
    ).toEqual([]);
  });
});

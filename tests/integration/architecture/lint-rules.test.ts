/**
 * The lint rules that carry conventions (eslint.config.js) can fail: test code stays out of the
 * extension and the scripts, a dropped `await` or a promise handed to a void callback is refused
 * in shipped code, type-only imports say so, and every suppression gives its reason. The import
 * boundaries themselves are checked transitively by tests/unit/architecture/boundaries.test.ts.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve('.') });
/** The rules broken by `code` linted as `file`; type-aware rules need a file the project holds. */
async function broken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint rules that carry conventions', () => {
  it.each([
    ['components/Popup.tsx', "import { fixtureFiles } from '../tests/fixtures/content-fixture';\nexport const f = fixtureFiles;\n"],
    ['utils/contacts/outbox.ts', "export const f = () => import('../../tests/fixtures/content-fixture');\n"],
    ['scripts/screenshot.ts', "export { launchWithExtension } from '../tests/e2e/support/chromium';\n"],
  ])('refuses test code imported by %s', async (file, code) => {
    expect(await broken(file, code)).toContain('import-x/no-restricted-paths');
  });

  it('lets the bench read the public ranking set', async () => {
    const code = "import { RANKING_CASES } from '../../tests/search-ranking/evaluate-ranking';\nexport const r = RANKING_CASES;\n";
    expect(await broken('scripts/bench/search-bench.ts', code)).toEqual([]);
  });

  it('refuses a dropped await and a promise handed to a void callback in shipped code', async () => {
    const code = [
      "import { acknowledgeBatch } from '../db/outbox-store';",
      'export async function flush(): Promise<void> {',
      '  acknowledgeBatch({ ids: [] } as never);',
      '  ([1] as number[]).forEach(async () => {});',
      '}',
      '',
    ].join('\n');
    const rules = await broken('utils/contacts/outbox.ts', code);
    expect(rules).toContain('@typescript-eslint/no-floating-promises');
    expect(rules).toContain('@typescript-eslint/no-misused-promises');
  });

  it('asks for `import type` when only types are imported', async () => {
    const code = "import { Base64Error } from '../feed/base64';\nexport type E = Base64Error;\n";
    expect(await broken('utils/contacts/outbox.ts', code)).toContain('@typescript-eslint/consistent-type-imports');
  });

  it('refuses a suppression without a reason, and accepts one with', async () => {
    const bare = '// eslint-disable-next-line no-control-regex\nexport const r = /\\x00/;\n';
    expect(await broken('utils/search/normalise-query.ts', bare)).toContain('@eslint-community/eslint-comments/require-description');
    const reasoned = '// eslint-disable-next-line no-control-regex -- the NUL byte is what we look for\nexport const r = /\\x00/;\n';
    expect(await broken('utils/search/normalise-query.ts', reasoned)).toEqual([]);
  });
});

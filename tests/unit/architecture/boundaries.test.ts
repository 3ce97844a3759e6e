/**
 * The architecture rules in docs/architecture.md, checked rather than remembered:
 * components take props (no browser, no storage); utils never import UI;
 * `browser.*` is reached only through utils/browser (and declared storage in utils/db);
 * entrypoints only wire; every import is explicit.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('architecture boundaries', () => {
  it('components never touch the browser, storage or the database', () => {
    const offenders = files('components').flatMap((f) =>
      imports(f)
        .filter((i) => /utils\/(browser|db)\b|^wxt\/browser|^wxt\/utils\/storage|webextension-polyfill|^idb$/.test(i))
        .map((i) => `${f} imports ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('utils never import components', () => {
    const offenders = files('utils').flatMap((f) =>
      imports(f)
        .filter((i) => i.includes('components/'))
        .map((i) => `${f} imports ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only utils/browser and utils/db reach browser APIs', () => {
    const offenders = [...files('utils'), ...files('components'), ...files('entrypoints')]
      .filter((f) => !f.startsWith(join('utils', 'browser')) && !f.startsWith(join('utils', 'db')))
      .filter(
        (f) =>
          /^wxt\/browser$|webextension-polyfill|^wxt\/utils\/storage$/m.test(imports(f).join('\n')) ||
          /\bchrome\.\w+\./.test(readFileSync(f, 'utf8')),
      )
      .map((f) => f);
    expect(offenders).toEqual([]);
  });

  it('entrypoints stay thin (40 lines at most)', () => {
    const long = files('entrypoints')
      .map((f) => [f, readFileSync(f, 'utf8').trimEnd().split('\n').length] as const)
      .filter(([, lines]) => lines > 40);
    expect(long).toEqual([]);
  });

  it('auto-imports are off', () => {
    expect(readFileSync('wxt.config.ts', 'utf8')).toMatch(/^\s*imports: false,/m);
  });
});

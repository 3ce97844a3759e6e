/**
 * The architecture rules in docs/architecture.md, checked rather than remembered, over every
 * chain of value imports (import-graph.ts), not only a file's own import lines:
 * components take props (they never reach the browser or storage, however indirectly); the pure
 * zones (search, copy, content, evaluation) never reach either; utils never reach UI; `browser.*` is touched
 * only in utils/browser (and declared storage in utils/db); entrypoints only wire; every import
 * is explicit.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, valueImports, type ImportGraph, type ModuleId } from './import-graph';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) ? [full.split('\\').join('/')] : [];
  });
}
const readRepo = (path: string) => (existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined);

/** Packages that are the browser or storage: only utils/browser and utils/db import them. */
const BROWSER_PACKAGE = /^pkg:(wxt(\/|$)|@wxt-dev\/|idb$|webextension-polyfill$)/;
const browserOrStorage = (id: ModuleId) => id.startsWith('utils/browser/') || id.startsWith('utils/db/') || BROWSER_PACKAGE.test(id);
const PURE_ZONES = ['utils/search/', 'utils/copy/', 'utils/content/', 'utils/evaluation/'];
/**
 * The evaluation page's loader reads the log and settings for its entrypoint; the rest of
 * utils/evaluation is reporting logic over records passed in. A pure file that imports the
 * loader still fails, as the chain runs on through it into utils/db.
 */
const LOADERS_IN_PURE_ZONES = ['utils/evaluation/evaluation-data.ts'];

/** Each start file that reaches a forbidden module, with the chain that gets there. */
function crossings(graph: ImportGraph, starts: string[], forbidden: (id: ModuleId) => boolean): string[] {
  return starts.flatMap((file) => {
    const chain = graph.pathTo(file, forbidden);
    return chain ? [chain.join(' → ')] : [];
  });
}

// Each rule parses much of the source: seconds on a loaded machine, so a longer time limit.
describe('architecture boundaries, through every chain of value imports', () => {
  const graph = importGraph(readRepo);

  it('components never reach utils/db, utils/browser or a browser or storage package', { timeout: 60_000 }, () => {
    expect(crossings(graph, files('components'), browserOrStorage)).toEqual([]);
  });

  it('the pure zones (search, copy, content, evaluation) never reach browser or storage', { timeout: 60_000 }, () => {
    const pure = files('utils').filter((f) => PURE_ZONES.some((zone) => f.startsWith(zone)) && !LOADERS_IN_PURE_ZONES.includes(f));
    expect(pure.length).toBeGreaterThan(20);
    expect(crossings(graph, pure, browserOrStorage)).toEqual([]);
  });

  it('utils never reach components', { timeout: 60_000 }, () => {
    expect(crossings(graph, files('utils'), (id) => id.startsWith('components/'))).toEqual([]);
  });

  it('only utils/browser and utils/db import browser APIs or storage packages, or call chrome.*', { timeout: 60_000 }, () => {
    const offenders = [...files('utils'), ...files('components'), ...files('entrypoints')]
      .filter((f) => !f.startsWith('utils/browser/') && !f.startsWith('utils/db/'))
      .filter((f) => {
        const source = readFileSync(f, 'utf8');
        return (
          valueImports(f, source).some((s) => BROWSER_PACKAGE.test(`pkg:${s}`) && !/^wxt\/utils\/define-/.test(s)) ||
          /\bchrome\.\w+\./.test(source)
        );
      });
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

describe('the import graph (so the rules above can fail)', () => {
  /** A small repository in memory. */
  const graphOf = (repo: Record<string, string>) => importGraph((path) => repo[path]);
  const toDb = (graph: ImportGraph, start: string) => graph.pathTo(start, browserOrStorage);

  it('follows a re-export through an allowed utils/ module into utils/db', () => {
    const graph = graphOf({
      'components/ClearAll.tsx': "import { deleteContact } from '../utils/evaluation/topic-title';\n",
      'utils/evaluation/topic-title.ts': "export const title = 1;\nexport { deleteContact } from '../db/contacts-store';\n",
      'utils/db/contacts-store.ts': 'export const deleteContact = 1;\n',
    });
    expect(toDb(graph, 'components/ClearAll.tsx')).toEqual([
      'components/ClearAll.tsx',
      'utils/evaluation/topic-title.ts',
      'utils/db/contacts-store.ts',
    ]);
  });

  it.each([
    ['export *', "export * from '../browser/badge';"],
    ['a dynamic import', "export const load = () => import('../browser/badge');"],
    ['a bare import', "import '../browser/badge';"],
    ['an index file', "import { x } from '../browser';"],
    ['a package', "import { openDB } from 'idb';"],
    ['an import with inline type names only', "import { type Badge } from '../browser/badge';"],
  ])('counts %s as a value edge', (_kind, line) => {
    const graph = graphOf({
      'utils/search/a.ts': `import { b } from './b';\n`,
      'utils/search/b.ts': `${line}\nexport const b = 1;\n`,
      'utils/browser/badge.ts': 'export const x = 1;\n',
      'utils/browser/index.ts': 'export const x = 1;\n',
    });
    expect(toDb(graph, 'utils/search/a.ts')?.at(-1)).toMatch(/^utils\/browser\/|^pkg:idb$/);
  });

  it('does not count `import type` or `export type`, which the build erases', () => {
    const graph = graphOf({
      'components/View.tsx': "import type { Row } from '../utils/db/contacts-store';\nexport type { Store } from '../utils/db/open-db';\n",
      'utils/db/contacts-store.ts': 'export interface Row {}\n',
      'utils/db/open-db.ts': 'export interface Store {}\n',
    });
    expect(toDb(graph, 'components/View.tsx')).toBeNull();
  });

  it('refuses an import it cannot resolve rather than skipping it', () => {
    const graph = graphOf({ 'components/View.tsx': "import { x } from '../utils/nowhere';\n" });
    expect(() => toDb(graph, 'components/View.tsx')).toThrow(/cannot resolve "..\/utils\/nowhere"/);
  });
});

/**
 * The value-import graph of the source, read with the TypeScript parser, for the transitive
 * boundary rules in boundaries.test.ts. A lint rule sees one file's direct imports; a component
 * that reached utils/db through a re-export in an allowed utils/ module passed it. This follows
 * every chain instead.
 *
 * What counts as an edge: `import … from`, `export … from` (re-exports, `export *` included),
 * a bare `import 'x'` and dynamic `import('x')`. What does not: `import type` and `export type`,
 * which the build erases. An import whose names are all inline `type` stays an edge, as the
 * module is still loaded; lint (`no-import-type-side-effects`) asks for `import type` there.
 */
import ts from 'typescript';
import { posix } from 'node:path';

/** A module the graph reaches: a repository path (`utils/db/open-db.ts`) or a package (`pkg:idb`). */
export type ModuleId = string;

/** The specifiers a file imports as values, in source order. */
export function valueImports(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    false,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.importClause?.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const SOURCE_EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
/** WXT's root aliases (.wxt/tsconfig.json `paths`). */
const ROOT_ALIAS = /^(?:@@?|~~?)\//;

/**
 * Where `specifier`, imported by the repository file `from`, leads: a repository path that
 * `exists`, or `pkg:<specifier>` for a package. A query (`?inline`) is dropped.
 */
export function resolveImport(from: ModuleId, specifier: string, exists: (path: string) => boolean): ModuleId {
  const bare = specifier.split('?')[0]!;
  const local = bare.startsWith('.') ? posix.join(posix.dirname(from), bare) : ROOT_ALIAS.test(bare) ? bare.replace(ROOT_ALIAS, '') : null;
  if (local === null) return `pkg:${bare}`;
  const hit = SOURCE_EXTENSIONS.map((ext) => local + ext).find(exists);
  if (!hit) throw new Error(`${from}: cannot resolve "${specifier}"`);
  return hit;
}

export interface ImportGraph {
  /** The chain from `start` to the first module `forbidden` accepts, or null when there is none. */
  pathTo(start: ModuleId, forbidden: (id: ModuleId) => boolean): ModuleId[] | null;
}

/**
 * The graph over files read through `read` (undefined: no such file). Only .ts/.tsx files are
 * followed; JSON, CSS and packages are leaves.
 */
export function importGraph(read: (path: string) => string | undefined): ImportGraph {
  const edges = new Map<ModuleId, ModuleId[]>();
  const exists = (path: string) => /\.(tsx?|json|css)$/.test(path) && read(path) !== undefined;
  const next = (id: ModuleId): ModuleId[] => {
    if (id.startsWith('pkg:') || !/\.tsx?$/.test(id)) return [];
    let out = edges.get(id);
    if (!out) {
      out = valueImports(id, read(id) ?? '').map((s) => resolveImport(id, s, exists));
      edges.set(id, out);
    }
    return out;
  };
  return {
    pathTo(start, forbidden) {
      // Breadth first, so the chain shown is a shortest one.
      const parent = new Map<ModuleId, ModuleId | null>([[start, null]]);
      const queue = [start];
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        for (const to of next(id)) {
          if (parent.has(to)) continue;
          parent.set(to, id);
          if (forbidden(to)) {
            const chain = [to];
            for (let p = parent.get(to); p; p = parent.get(p)) chain.unshift(p);
            return chain;
          }
          queue.push(to);
        }
      }
      return null;
    },
  };
}

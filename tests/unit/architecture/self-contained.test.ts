/**
 * A newcomer clones only this repository: nothing in the docs, the README or a code comment
 * may point outside it. Relative links must resolve to a file inside the repo, no text may
 * lean on files that live elsewhere (the team's shared design notes, reference folders), a
 * repository path named in a code comment exists, and every security review id used in code or
 * a test name ("(review M1)", "M1: …", "T3-QR-LONG") has its section in
 * docs/security-decisions.md, and a "UX review S2" or "walkthrough C7" id has its section somewhere in docs/.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const SKIP = new Set(['node_modules', '.git', '.output', '.wxt', 'test-results', '.scratch', '.scratch-exp']);
const TEXT = /\.(md|ts|tsx|mts|mjs|js|css|html|json)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : TEXT.test(name) && name !== 'package-lock.json' ? [path] : [];
  });
}

const all = files(ROOT);
const markdown = all.filter((f) => f.endsWith('.md'));
const code = all.filter((f) => /\.(ts|tsx|mts|mjs|js)$/.test(f));

/** The text of every comment in a TypeScript or JavaScript file, with its line. */
function comments(file: string, text: string): { line: number; text: string }[] {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('x') ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard,
    text,
  );
  const found: { start: number; text: string }[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      found.push({ start: scanner.getTokenStart(), text: scanner.getTokenText() });
    }
  }
  // Lines counted once, in one pass, not per comment.
  let line = 1;
  let at = 0;
  return found.map(({ start, text: comment }) => {
    for (; at < start; at += 1) if (text.charCodeAt(at) === 10) line += 1;
    return { line, text: comment };
  });
}

/** A path from the repository root, as comments write them: `utils/feed/check-payload.ts`, `docs/admin.md`. */
export const REPO_PATH =
  /(?<=^|[\s(`'"])(?:(?:docs|tests|utils|components|entrypoints|scripts|content|public|receiver|bench)\/[\w.-]+(?:\/[\w.-]+)*\.(?:ts|tsx|mjs|js|md|json|css|html)|(?:wxt|vitest)\.config\.ts|eslint\.config\.js|(?:README|CONTRIBUTING)\.md|(?:package|tsconfig)\.json)\b/g;

/** Generated files (bench results, build output) are named in comments but ignored by git. */
const IGNORED = readFileSync(join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim().replace(/^\//, ''))
  .filter((line) => line && !line.startsWith('#') && !line.includes('*'));
const generated = (path: string) => IGNORED.some((entry) => (entry.endsWith('/') ? path.startsWith(entry) : path === entry));

/** A security review id: in "(security review H2)", at the start of a test name ("M1: …"), or a T3 id anywhere. */
export function reviewTags(text: string): string[] {
  const ID = '(?:[HMLI][0-9]{1,2}|T3-[A-Z0-9]+(?:-[A-Z0-9]+)*)';
  const patterns = [new RegExp(`\\breview (${ID})\\b`, 'g'), new RegExp(`['"\`](${ID}): `, 'g'), /\b(T3-[A-Z0-9]+(?:-[A-Z0-9]+)*)\b/g];
  return [...new Set(patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!)))];
}

/** The ids that have a section in docs/security-decisions.md: `### M1: …`, `### T3-QR-LONG`. */
export function sectionIds(markdownText: string): Set<string> {
  return new Set([...markdownText.matchAll(/^#{2,4} ([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)(?=:|\s|$)/gm)].map((m) => m[1]!));
}

/**
 * "UX review S2", "walkthrough C7": a finding tagged by its id in a review the repository does not
 * hold. It resolves only when a doc in docs/ has that id as a section heading; otherwise say why in words.
 */
export function uxReviewTags(text: string): string[] {
  return [...text.matchAll(/\b(?:UX review|walkthrough):? ([A-Z][0-9]{1,2})\b/g)].map((m) => m[1]!);
}

/** Names of things that exist only outside this repository. */
const OUTSIDE = [
  /\.\.\/shared\b/,
  /\bshared\/(reference|seeds|hooks)\b/,
  /\bDESIGN\.md\b/,
  /\bplatform-notes\b/,
  /\bmecc-facts\.md\b/,
  /\bcontent-review\.md\b/,
  /\bsecurity-review\.md\b/,
];

/** Each line of each file but this one (which holds the patterns it looks for), with where it is. */
function* linesOf(files: string[]): Generator<{ where: string; line: string }> {
  for (const file of files) {
    if (file.endsWith('self-contained.test.ts')) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i += 1) yield { where: `${relative(ROOT, file)}:${i + 1}`, line: lines[i]! };
  }
}

describe('the repository stands on its own', () => {
  it('has no relative link in docs or the README that leaves the repository or points at nothing', () => {
    const broken: string[] = [];
    for (const file of markdown) {
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        if (/^(https?:|mailto:|tel:|#)/.test(target!)) continue;
        const path = resolve(dirname(file), decodeURI(target!.split('#')[0]!));
        const rel = relative(ROOT, path);
        if (rel.startsWith('..') || !existsSync(path)) broken.push(`${relative(ROOT, file)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('names no file that lives outside the repository, in docs, comments or code', () => {
    const found: string[] = [];
    for (const { where, line } of linesOf(all)) {
      if (OUTSIDE.some((re) => re.test(line))) found.push(`${where}: ${line.trim().slice(0, 100)}`);
    }
    expect(found).toEqual([]);
  });

  // Reads and scans every file: seconds on a loaded machine, so a longer time limit.
  it('names only repository paths that exist in code comments', { timeout: 60_000 }, () => {
    const missing: string[] = [];
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      for (const comment of comments(file, text)) {
        for (const [path] of comment.text.matchAll(REPO_PATH)) {
          if (!existsSync(join(ROOT, path)) && !generated(path)) missing.push(`${relative(ROOT, file)}:${comment.line}: ${path}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every security review id used in code or a test a section in docs/security-decisions.md', { timeout: 60_000 }, () => {
    const sections = sectionIds(readFileSync(join(ROOT, 'docs', 'security-decisions.md'), 'utf8'));
    const unresolved: string[] = [];
    for (const { where, line } of linesOf(code)) {
      for (const id of reviewTags(line)) if (!sections.has(id)) unresolved.push(`${where}: ${id}`);
    }
    expect(unresolved).toEqual([]);
    expect(sections.size).toBeGreaterThan(30);
  });

  it('gives every "UX review" or "walkthrough" id used in code, tests or docs a section in docs/', { timeout: 60_000 }, () => {
    const docs = markdown.filter((f) => relative(ROOT, f).startsWith('docs'));
    const sections = new Set(docs.flatMap((f) => [...sectionIds(readFileSync(f, 'utf8'))]));
    const unresolved: string[] = [];
    for (const { where, line } of linesOf(all)) {
      for (const id of uxReviewTags(line)) if (!sections.has(id)) unresolved.push(`${where}: ${id}`);
    }
    expect(unresolved).toEqual([]);
  });

  it('catches what it is meant to catch (the checks can fail)', () => {
    // Built from parts, so this file does not itself hold the kind of link it forbids.
    const outsideLink = `see [the brief](${['..', '..', 'shared', 'DESIGN.md'].join('/')})`;
    expect(OUTSIDE.some((re) => re.test(outsideLink))).toBe(true);
    expect(OUTSIDE.some((re) => re.test('see docs/architecture.md'))).toBe(false);

    expect([...' * the browser tests (see tests/e2e/README.md), and docs/admin.md:12'.matchAll(REPO_PATH)].map((m) => m[0])).toEqual([
      'tests/e2e/README.md',
      'docs/admin.md',
    ]);
    expect([...'https://example.org/utils/x.ts, utils/{a,b}.ts, entrypoints/<name>/main.tsx'.matchAll(REPO_PATH)]).toEqual([]);

    const line = ["it('", 'M9: a finding', "'); // (security review H7), (UX review S2), T3-", 'NEW-ONE'].join('');
    expect(reviewTags(line).sort()).toEqual(['H7', 'M9', 'T3-NEW-ONE']);
    expect(uxReviewTags(line)).toEqual(['S2']);
    expect(uxReviewTags('/* printing is one click away (UX review: S6) */ and a UX review of the popup')).toEqual(['S6']);
    expect(uxReviewTags('// say so in the name (docs walkthrough C7), as the walkthrough asked')).toEqual(['C7']);
    expect(sectionIds('### H1: a title\n### T3-QR-LONG\n#### I2\nH3 in text\n')).toEqual(new Set(['H1', 'T3-QR-LONG', 'I2']));
  });
});

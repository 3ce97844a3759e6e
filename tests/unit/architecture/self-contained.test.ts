/**
 * A newcomer clones only this repository: nothing in the docs, the README or a code comment
 * may point outside it. Relative links must resolve to a file inside the repo, and no text may
 * lean on files that live elsewhere (the team's shared design notes, reference folders).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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
    for (const file of all) {
      if (file.endsWith('self-contained.test.ts')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (OUTSIDE.some((re) => re.test(line))) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('catches what it is meant to catch (the checks can fail)', () => {
    // Built from parts, so this file does not itself hold the kind of link it forbids.
    const outsideLink = `see [the brief](${['..', '..', 'shared', 'DESIGN.md'].join('/')})`;
    expect(OUTSIDE.some((re) => re.test(outsideLink))).toBe(true);
    expect(OUTSIDE.some((re) => re.test('see docs/architecture.md'))).toBe(false);
  });
});

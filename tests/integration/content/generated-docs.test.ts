/**
 * Issue 19 item 6: `content:check` checks and writes nothing; `docs:generate` regenerates the
 * files made from the content; `docs:check` (a step of `npm test`) fails while one is stale.
 * Runs the real scripts in a copy of content/ and docs/, so the checkout is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
let dir = '';
const run = (script: string, ...args: string[]) =>
  spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mecc-docs-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'docs'), join(dir, 'docs'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generated docs', () => {
  it('the committed files are current', () => {
    const r = run('generate-docs.ts', '--check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  it('content:check leaves a stale docs/coverage.md and docs/content.md as they are', () => {
    writeFileSync(join(dir, 'docs/coverage.md'), '# stale\n');
    const content = read('docs/content.md').replace(/\| Smoking[^\n]*\n/, '');
    writeFileSync(join(dir, 'docs/content.md'), content);
    const r = run('content-check.ts');
    expect(r.status).toBe(0);
    expect(read('docs/coverage.md')).toBe('# stale\n');
    expect(read('docs/content.md')).toBe(content);
  }, 60_000);

  it('docs:check names each stale file and fails; docs:generate makes them current', () => {
    let r = run('generate-docs.ts', '--check');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^docs\/coverage\.md: out of date/m);
    expect(r.stderr).toMatch(/^docs\/content\.md: out of date/m);
    expect(run('generate-docs.ts').status).toBe(0);
    r = run('generate-docs.ts', '--check');
    expect(r.status).toBe(0);
    expect(read('docs/coverage.md')).toMatch(/^# /m);
    expect(read('docs/content.md')).toMatch(/^\| Smoking/m);
  }, 60_000);
});

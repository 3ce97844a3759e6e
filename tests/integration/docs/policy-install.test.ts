/**
 * A JSON syntax error in a Chromium policy file makes the browser drop the
 * file, uninstall the force-installed extension and delete its unsent records. The install snippet
 * in docs/admin.md §6 must refuse such a file before it replaces the installed one. This runs the
 * snippet exactly as documented, with the policy folder moved to a temporary one (and without
 * `sudo` and the root ownership when the tests do not run as root).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const POLICY_DIR = '/etc/chromium/policies/managed';

/** The shell block of admin.md §6 that installs the policy file. */
function documentedSnippet(): string {
  const admin = readFileSync('docs/admin.md', 'utf8');
  const blocks = [...admin.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const snippet = blocks.find((b) => b.includes(`${POLICY_DIR}/.mecc-sidebar.json.new`));
  if (!snippet) throw new Error('docs/admin.md has no install snippet for the Chromium policy file');
  return snippet;
}

let dir = '';
const policyDir = () => join(dir, 'policies');
const installed = () => join(policyDir(), 'mecc-sidebar.json');

function runSnippet(policyText: string) {
  writeFileSync(join(dir, 'mecc-sidebar.json'), policyText);
  let script = documentedSnippet().replaceAll(POLICY_DIR, policyDir()).replaceAll('sudo ', '');
  if (process.getuid?.() !== 0) script = script.replaceAll(' -o root -g root', '');
  return spawnSync('bash', ['-e', '-c', script], { cwd: dir, encoding: 'utf8' });
}

const good = JSON.stringify({ ExtensionInstallForcelist: ['abc;https://example.org/mecc/updates.xml'] }, null, 2);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mecc-policy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the documented policy install (admin.md §6)', () => {
  it('installs a valid file', () => {
    const r = runSnippet(good);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(installed(), 'utf8')).toBe(good);
  });

  it('B5: refuses a file with a JSON syntax error and leaves the installed policy as it was', () => {
    expect(runSnippet(good).status).toBe(0);
    const broken = good.replace('"ExtensionInstallForcelist":', '"ExtensionInstallForcelist"'); // a missing colon
    const r = runSnippet(broken);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/line \d+ column \d+/);
    expect(readFileSync(installed(), 'utf8')).toBe(good);
    expect(existsSync(join(policyDir(), '.mecc-sidebar.json.new'))).toBe(false);
  });

  it('B5: refuses a trailing comma, which Chromium does not accept either', () => {
    const r = runSnippet('{ "ExtensionInstallForcelist": ["abc;https://example.org/mecc/updates.xml"], }');
    expect(r.status).not.toBe(0);
    expect(existsSync(installed())).toBe(false);
  });
});

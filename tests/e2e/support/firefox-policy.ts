/**
 * Real Firefox enterprise policy for browser tests: a `policies.json` where an IT team's
 * Linux deployment puts it (docs/admin.md, "Firefox: policies.json"). Debian's firefox-esr
 * reads either of the two places below (both are tested); writing them needs root, so the
 * tests skip with a message otherwise.
 *
 * Every Firefox on the machine reads these files at start-up, so a test removes its file
 * afterwards, and any left behind is removed when the test process exits. A file that was
 * there before (someone's real policy) is never overwritten: the test refuses to run.
 * Folders this module had to create are removed with the file.
 */
import { existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const FIREFOX_POLICY_FILES = {
  /** The system-wide place on Linux (what docs/admin.md tells IT to use). */
  system: '/etc/firefox/policies/policies.json',
  /** The installation's own distribution folder (Debian: a link into /usr/share/firefox-esr). */
  distribution: '/usr/lib/firefox-esr/distribution/policies.json',
} as const;

export const canWriteFirefoxPolicy = process.getuid?.() === 0;
export const FIREFOX_POLICY_SKIP_REASON = 'needs root to write Firefox policies.json';

/** Path → the folders created for it, deepest first. */
const written = new Map<string, string[]>();
let exitHookInstalled = false;

/** Writes `{"policies": …}` to `path`, as an admin would deploy it. Throws if a policies.json is already there. */
export function writeFirefoxPolicy(path: string, policies: Record<string, unknown>): void {
  if (existsSync(path) && !written.has(path)) {
    throw new Error(`${path} already exists (a real policy?): not overwriting it; move it away to run this test`);
  }
  const created: string[] = [];
  for (let dir = dirname(path); !existsSync(dir); dir = dirname(dir)) created.push(dir);
  mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
  written.set(path, [...(written.get(path) ?? []), ...created]);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', removeAllFirefoxPolicies);
  }
  writeFileSync(path, `${JSON.stringify({ policies }, null, 2)}\n`, { mode: 0o644 });
}

/** Removes a policy file this process wrote, and the folders it created for it. */
export function removeFirefoxPolicy(path: string): void {
  const created = written.get(path);
  if (!created) return;
  rmSync(path, { force: true });
  for (const dir of created) {
    try {
      rmdirSync(dir); // only if empty: never anyone else's files
    } catch {
      break;
    }
  }
  written.delete(path);
}

export function removeAllFirefoxPolicies(): void {
  for (const path of [...written.keys()]) removeFirefoxPolicy(path);
}

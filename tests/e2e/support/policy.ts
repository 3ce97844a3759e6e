/**
 * Real Chromium managed policy for browser tests: JSON files in
 * /etc/chromium/policies/managed/, exactly where an IT team's Linux deployment puts them
 * (docs/admin.md). Writing there needs root; CI runs as root, elsewhere the policy tests skip.
 *
 * Chromium watches that folder, so a file left behind would change every Chromium on the
 * machine: tests remove their file in afterAll, and as a last resort every file written
 * here is removed when the test process exits. Only files this module wrote are removed;
 * the folder itself and anyone else's files are left alone.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Where Debian's Chromium reads mandatory policy (Google Chrome: /etc/opt/chrome/policies/managed). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** Writing the machine's policy folder needs root. */
export const canWritePolicy = process.getuid?.() === 0;
export const POLICY_SKIP_REASON = `needs root to write ${CHROMIUM_POLICY_DIR}`;

const written = new Set<string>();
let exitHookInstalled = false;

function policyPath(name: string): string {
  if (basename(name) !== name || !/^[A-Za-z0-9._-]+\.json$/.test(name)) {
    throw new Error(`policy file name must be a plain "*.json" file name, not ${JSON.stringify(name)}`);
  }
  return join(CHROMIUM_POLICY_DIR, name);
}

/** Writes (or replaces) one managed policy file, creating the folder if needed. Returns its path. */
export function writePolicyFile(name: string, policy: Record<string, unknown>): string {
  const path = policyPath(name);
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true, mode: 0o755 });
  written.add(path);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', removeAllPolicyFiles);
  }
  // 0644, owned by root: as an admin would deploy it (readable by the browser, writable only by root).
  writeFileSync(path, `${JSON.stringify(policy, null, 2)}\n`, { mode: 0o644 });
  return path;
}

/** Removes one policy file this process wrote (or a stale one of that name from an earlier run). */
export function removePolicyFile(name: string): void {
  const path = policyPath(name);
  rmSync(path, { force: true });
  written.delete(path);
}

/** Removes every policy file this process wrote. */
export function removeAllPolicyFiles(): void {
  for (const path of written) rmSync(path, { force: true });
  written.clear();
}

export function policyFileExists(name: string): boolean {
  return existsSync(policyPath(name));
}

/**
 * Writes the extension's own policy (3rdparty → extensions → id), as admin.md's Linux file
 * does. Feed, key, overlay and upload settings are IT-only (review M1): browser tests set
 * them this way, never through storage.local.
 */
export function writeExtensionPolicy(name: string, extensionId: string, settings: Record<string, unknown>): string {
  return writePolicyFile(name, { '3rdparty': { extensions: { [extensionId]: settings } } });
}

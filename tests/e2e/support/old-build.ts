/**
 * An extension update in a real Chromium: build an earlier commit of this repository
 * (in a git worktree of its own, into a temporary directory), run it on a profile, then
 * put the current build at the same path and start the same profile again. Chromium
 * keeps an unpacked extension's id (and so its storage) by path, so this is the closest
 * a test can come to an update from the store. The caller holds the build lock.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, unpackedExtensionId } from './chromium';

/** Whether this clone has the commit (a shallow clone may not). */
export function hasCommit(commit: string): boolean {
  try {
    execFileSync('git', ['cat-file', '-e', `${commit}^{commit}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Builds `commit`'s Chrome extension once per machine; returns the build directory. */
export function buildCommit(commit: string): string {
  const root = join(tmpdir(), `mecc-old-build-${commit}`);
  const out = join(root, 'out');
  if (existsSync(join(out, 'chrome-mv3', 'manifest.json'))) return join(out, 'chrome-mv3');
  rmSync(root, { recursive: true, force: true });
  const tree = join(root, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', '--force', tree, commit], { stdio: 'ignore' });
  try {
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'));
    const wxt = join(tree, 'node_modules', '.bin', 'wxt');
    execFileSync(wxt, ['prepare'], { cwd: tree, stdio: 'ignore' });
    execFileSync(wxt, ['build', '-b', 'chrome'], { cwd: tree, stdio: 'ignore', env: { ...process.env, MECC_OUT_DIR: out } });
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
  }
  return join(out, 'chrome-mv3');
}

export interface UpdatableExtension {
  /** Where Chromium loads the extension from; its contents are swapped by `install`. */
  dir: string;
  profile: string;
  extensionId: string;
  install(build: string): void;
  launch(): Promise<BrowserContext>;
  cleanUp(): void;
}

export function updatableExtension(): UpdatableExtension {
  const base = mkdtempSync(join(tmpdir(), 'mecc-update-'));
  const dir = join(base, 'extension');
  const profile = join(base, 'profile');
  return {
    dir,
    profile,
    extensionId: unpackedExtensionId(dir),
    install(build = CHROME_BUILD) {
      rmSync(dir, { recursive: true, force: true });
      cpSync(build, dir, { recursive: true });
    },
    launch() {
      return chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-first-run',
          '--no-default-browser-check',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--disable-extensions-except=${dir}`,
          `--load-extension=${dir}`,
        ],
      });
    },
    cleanUp() {
      rmSync(base, { recursive: true, force: true });
    },
  };
}

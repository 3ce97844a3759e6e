/**
 * What `npm start` and `npm test` do before anything else, so that either works as the
 * very first command on a fresh clone of a fresh Debian machine:
 *  1. install the locked dependencies when they are missing or older than the lock file;
 *  2. check for the browsers (Debian's `chromium`, and `firefox-esr` for the tests). As root
 *     (CI, a container) it installs them with apt-get; otherwise it prints the one command to run.
 * Plain Node only: it runs before node_modules exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const BROWSERS = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', apt: 'chromium' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

function run(cmd, args, env = process.env) {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env });
  return status === 0;
}

/** node_modules/.package-lock.json is npm's record of what is installed; older than the lock means stale. */
function dependenciesStale() {
  const installed = 'node_modules/.package-lock.json';
  if (!existsSync(installed)) return true;
  return statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs;
}

export function ensureDependencies() {
  if (!dependenciesStale()) return;
  console.log('▶ Installing the locked dependencies (npm ci)…');
  // `npm ci` installs exactly package-lock.json and never rewrites it.
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) {
    console.error('✖ npm ci failed. Check your network access to the npm registry, then run `npm ci`.');
    process.exit(1);
  }
}

/** @param {Array<keyof typeof BROWSERS>} names */
export function ensureBrowsers(names) {
  const missing = names.filter((n) => !existsSync(BROWSERS[n].path));
  if (missing.length === 0) return;
  const packages = [...missing.map((n) => BROWSERS[n].apt), 'fonts-liberation'];
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(`▶ Installing ${packages.join(', ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env) && run('apt-get', ['install', '-y', '-qq', ...packages], env)) return;
    console.error('✖ apt-get could not install the browsers.');
    process.exit(1);
  }
  console.error(
    `✖ Missing: ${missing.map((n) => BROWSERS[n].path).join(', ')}. Install with:\n\n    sudo apt-get install -y ${packages.join(' ')}\n`,
  );
  console.error('(Elsewhere, set CHROMIUM_PATH / FIREFOX_PATH to the browsers you have.)');
  process.exit(1);
}

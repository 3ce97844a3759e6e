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

/** The test role and database the receiver's tests use on a local PostgreSQL (tests/integration/receiver). */
const TEST_DATABASE_URL = 'postgres://mecc:mecc@127.0.0.1:5432/mecc_receiver';

function sh(cmd) {
  return spawnSync('sh', ['-c', cmd], { encoding: 'utf8' });
}

/**
 * The receiver's tests run on PGlite always and on a real PostgreSQL too. As root on Debian
 * (CI, a container) this installs Debian's `postgresql`, starts its cluster and creates the
 * test role and database, then hands the URL to the tests in RECEIVER_TEST_DATABASE_URL.
 * Elsewhere it only says how; the PostgreSQL cases are then skipped with a warning.
 */
export function ensurePostgres() {
  if (process.env.RECEIVER_TEST_DATABASE_URL) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.log(
      `ℹ The receiver's PostgreSQL tests need a server with the role and database in ${TEST_DATABASE_URL}\n` +
        '  (as root on Debian, `npm test` sets that up itself). Without one they are skipped.',
    );
    return;
  }
  if (!existsSync('/usr/bin/pg_ctlcluster')) {
    console.log('▶ Installing postgresql with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!run('apt-get', ['update', '-qq'], env) || !run('apt-get', ['install', '-y', '-qq', 'postgresql'], env)) {
      console.error('✖ apt-get could not install postgresql.');
      process.exit(1);
    }
  }
  // The first cluster Debian made (e.g. "15 main"); start it if it is down.
  const cluster = sh('pg_lsclusters -h | head -n 1 | awk \'{print $1" "$2" "$4}\'').stdout.trim().split(' ');
  const [version, name, status] = cluster;
  if (!version || !name) {
    console.error('✖ postgresql is installed but has no cluster (pg_lsclusters shows none). Create one with pg_createcluster.');
    process.exit(1);
  }
  if (status !== 'online' && !run('pg_ctlcluster', [version, name, 'start'])) {
    console.error(`✖ Could not start the PostgreSQL cluster ${version}/${name}.`);
    process.exit(1);
  }
  const psql = (sql) => sh(`su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \\"${sql}\\""`);
  if (psql("SELECT 1 FROM pg_roles WHERE rolname = 'mecc'").stdout.trim() !== '1') {
    psql("CREATE ROLE mecc LOGIN PASSWORD 'mecc' CREATEDB");
  }
  if (psql("SELECT 1 FROM pg_database WHERE datname = 'mecc_receiver'").stdout.trim() !== '1') {
    psql('CREATE DATABASE mecc_receiver OWNER mecc');
  }
  process.env.RECEIVER_TEST_DATABASE_URL = TEST_DATABASE_URL;
  console.log(`✔ PostgreSQL ${version}/${name} is up for the receiver's tests (${TEST_DATABASE_URL}).`);
}

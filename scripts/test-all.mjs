#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest, on a fresh clone. It installs the
 * locked dependencies and Debian's chromium and firefox-esr first when they are missing
 * and, as root on Debian, starts Debian's postgresql for the receiver's tests
 * (scripts/lib/bootstrap.mjs).
 */
import { spawnSync } from 'node:child_process';
import { ensureBrowsers, ensureDependencies, ensurePostgres } from './lib/bootstrap.mjs';

// The first command on a fresh clone: install the locked dependencies and the browsers.
ensureDependencies();
ensureBrowsers(['chromium', 'firefox']);
// The receiver's tests run on a real PostgreSQL as well as PGlite (tests/integration/receiver).
ensurePostgres();

const steps = [
  ['Generate WXT types', 'npx', ['wxt', 'prepare']],
  // Lint (type-aware for the shipped code) fails fastest, so it comes early.
  ['Lint', 'npx', ['eslint', '.']],
  ['Lint CSS', 'npx', ['stylelint', '**/*.css']],
  ['Format check', 'npx', ['prettier', '--check', '.']],
  ['Check content', 'npx', ['tsx', 'scripts/content-check.ts']],
  // The files made from the content (schema, coverage, translation table) must be committed current.
  ['Generated docs are current', 'npx', ['tsx', 'scripts/generate-docs.ts', '--check']],
  ['Type-check', 'npx', ['tsc', '--noEmit']],
  ['Unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  // Builds, command-line tools, packaging: slower, so after the fast unit tests.
  ['Integration tests', 'npx', ['vitest', 'run', '--project', 'integration']],
  ['Build for Chrome and Edge', 'npx', ['wxt', 'build']],
  ['Build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['Browser tests', 'npx', ['vitest', 'run', '--project', 'e2e']],
];

let passed = 0;
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}).`);
    console.log(`\n${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed += 1;
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`\n${passed} passed, 0 failed`);

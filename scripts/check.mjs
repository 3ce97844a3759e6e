#!/usr/bin/env node
/**
 * `npm run check`: the edit loop. Unit tests, lint (type-aware for the shipped code), CSS lint
 * and the type-check run side by side, since each waits on a different thing; each one's output is
 * printed when it ends, then one line per check, and the exit code fails if any failed.
 * `npm test` is the whole of CI; this is what to run before every commit.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

// Both caches live in node_modules/.cache and only skip work for files unchanged since the last
// run. ESLint's cache is per file: a type-aware finding caused by an edit in *another* file can
// hide until that file changes too, so `npm test` (CI) lints without it.
const CACHE = 'node_modules/.cache/check';
const CHECKS = [
  ['unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['lint', 'npx', ['eslint', '--cache', '--cache-location', `${CACHE}/eslint`, '.']],
  ['CSS lint', 'npx', ['stylelint', '--cache', '--cache-location', `${CACHE}/stylelint`, '**/*.css']],
  ['types', 'npx', ['tsc', '--noEmit', '--incremental', '--tsBuildInfoFile', `${CACHE}/tsc.tsbuildinfo`]],
];

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** One check, its output held back so three logs do not interleave. */
function run([name, cmd, args]) {
  return new Promise((resolve) => {
    const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' };
    const child = spawn(cmd, args, { env: { ...process.env, ...colour } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, ok: false, took: Date.now() - started, output: String(error) }));
    child.on('close', (code) => {
      const result = { name, ok: code === 0, took: Date.now() - started, output };
      const tail = result.ok ? output.trimEnd().split('\n').slice(-4).join('\n') : output.trimEnd();
      console.log(`\n${result.ok ? '✔' : '✖'} ${name} (${seconds(result.took)}): ${cmd} ${args.join(' ')}\n${tail}`);
      resolve(result);
    });
  });
}

const results = await Promise.all(CHECKS.map(run));
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.map((r) => `${r.ok ? '✔' : '✖'} ${r.name} ${seconds(r.took)}`).join(' · ')}`);
console.log(
  `check: ${seconds(Date.now() - started)} wall, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);

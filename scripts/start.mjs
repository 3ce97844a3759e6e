#!/usr/bin/env node
/**
 * `npm start`: builds the extension, serves the demo staff-intranet page on
 * 127.0.0.1 and opens Chromium (or Chrome) with the extension loaded beside it.
 * Set CHROME_PATH to choose the browser. Closing the browser stops everything.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { ensureBrowsers, ensureDependencies } from './lib/bootstrap.mjs';

// The first command on a fresh clone: install what is missing before building.
ensureDependencies();
if (!process.env.CHROME_PATH) ensureBrowsers(['chromium']);

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const browserPath = candidates.find((p) => p && existsSync(p));
if (!browserPath) {
  console.error('No Chromium or Chrome found. Install Chromium (`sudo apt-get install chromium`) or set CHROME_PATH.');
  process.exit(1);
}

const page = readFileSync(resolve('scripts/demo/index.html'));
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const extension = resolve('.output/chrome-mv3');
const profile = resolve('.output/start-profile');
mkdirSync(profile, { recursive: true });
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run',
  '--no-default-browser-check',
  url,
];
// Chromium refuses to start as root (containers, CI boxes) without this.
if (process.getuid?.() === 0) args.unshift('--no-sandbox');
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headless) args.unshift('--headless=new');

console.log(`\nDemo intranet: ${url}`);
console.log(`Browser: ${browserPath}`);
if (/google-chrome/.test(browserPath)) {
  console.log('Branded Chrome 137+ ignores --load-extension: open chrome://extensions, turn on Developer mode,');
  console.log(`choose "Load unpacked" and pick ${extension}`);
}
console.log(
  headless
    ? 'No display found, so the browser runs headless. Run `npm start` on a desktop to see it.'
    : 'Open the sidebar with Alt+Shift+M; log a contact with the MECC toolbar button (pin it from the puzzle-piece menu).',
);
console.log('Close the browser (or press Ctrl+C) to stop.\n');

const child = spawn(browserPath, args, { stdio: 'ignore' });
const stop = () => {
  child.kill();
  server.close();
};
process.on('SIGINT', stop);
child.on('exit', () => {
  server.close();
  process.exit(0);
});

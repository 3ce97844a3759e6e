/**
 * The empty-extension floor (issue 18): the least an MV3 extension can be and still have the
 * pages ours has: a popup with one button, a side panel with a search box and one line of
 * text, and a service worker that answers a message. Loaded into the same Chromium as ours
 * in the same run, its times are what the browser itself costs, so ours are reported as a
 * ratio to them (scripts/bench/floor-bench.ts).
 *
 * The pages carry the markers the bench watches on ours: the popup's `button.popup__log`,
 * the side panel's `[data-topic]` line (our topic list) and an `article[data-result]`
 * written from the second letter typed, as our search answers from the second letter.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'Empty extension (bench floor)',
    version: '1.0.0',
    permissions: ['sidePanel'],
    action: { default_popup: 'popup.html' },
    side_panel: { default_path: 'sidepanel.html' },
    background: { service_worker: 'background.js' },
  }),
  'popup.html':
    '<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Floor popup</title>' +
    '<button class="popup__log" type="button">Log contact</button></html>',
  'sidepanel.html':
    '<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Floor side panel</title>' +
    '<input id="search-input" type="search" aria-label="Search" autofocus>' +
    '<p data-topic>One line of text.</p><div id="results"></div>' +
    '<script src="sidepanel.js"></script></html>',
  // MV3 pages allow no inline script, hence a file.
  'sidepanel.js':
    "const box = document.getElementById('search-input');\n" +
    "box.addEventListener('input', () => {\n" +
    '  if (box.value.length < 2) return;\n' +
    "  const article = document.createElement('article');\n" +
    "  article.setAttribute('data-result', '');\n" +
    '  article.textContent = box.value;\n' +
    "  document.getElementById('results').replaceChildren(article);\n" +
    '});\n',
  'background.js': "chrome.runtime.onMessage.addListener((_message, _sender, reply) => { reply('pong'); });\n",
};

/** Writes the floor extension to a new temporary directory and returns its path. */
export function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mecc-floor-'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  return dir;
}

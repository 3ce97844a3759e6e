import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeMeccDb } from '../../utils/db/open-db';
import { BUNDLED_CONTENT_ASSET } from '../../utils/content/bundled-content-asset';
import { bundledContentJson } from '../../scripts/lib/bundled-content-json';

/**
 * The packaged file the build writes (wxt.config.ts), served as the extension serves it, so
 * code that reads the built-in content (utils/feed/built-in-content.ts) finds it; every other
 * request goes to the real fetch.
 */
const networkFetch = globalThis.fetch;
let bundledJson: string | undefined;
globalThis.fetch = (input, init) =>
  input === BUNDLED_CONTENT_ASSET
    ? Promise.resolve(new Response((bundledJson ??= bundledContentJson()), { headers: { 'content-type': 'application/json' } }))
    : networkFetch(input, init);

// Every test starts with empty extension storage.
beforeEach(() => fakeBrowser.reset());

/**
 * What a file finds on the fake browser, to put back when it ends: tests give it stand-ins
 * for APIs it lacks (`Object.assign(fakeBrowser.action, { setBadgeText: vi.fn() })`,
 * `sidePanel`, `commands`), and reset() clears state, not replaced methods.
 */
const fake = fakeBrowser as unknown as Record<string, unknown>;
const found = new Map(
  Object.entries(fake).map(([name, api]) => [name, { api, members: api && typeof api === 'object' ? { ...api } : null }]),
);
function restoreFakeBrowser(): void {
  for (const name of Object.keys(fake)) if (!found.has(name)) delete fake[name];
  for (const [name, { api, members }] of found) {
    fake[name] = api;
    if (!members) continue;
    const target = api as Record<string, unknown>;
    for (const key of Object.keys(target)) if (!(key in members)) delete target[key];
    Object.assign(target, members);
  }
}

// The unit project shares one module graph and one window between files (`isolate: false` in
// vitest.config.ts, for speed), so each file leaves nothing behind for the next: no stand-ins on
// the fake browser (a leftover setBadgeText stand-in once hid the badge from the background
// wiring test, depending on file order), no spies or fake timers, no open or stored database,
// an empty document. (Not vi.unstubAllGlobals(): that
// would also remove the `browser` and `chrome` globals WXT's Vitest plugin stubs once.)
afterAll(async () => {
  restoreFakeBrowser();
  vi.restoreAllMocks();
  vi.useRealTimers();
  await closeMeccDb();
  globalThis.indexedDB = new IDBFactory();
  if (typeof document !== 'undefined') document.body.replaceChildren();
});

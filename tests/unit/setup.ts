import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeMeccDb } from '../../utils/db/open-db';

// Every test starts with empty extension storage.
beforeEach(() => fakeBrowser.reset());

// The unit project shares one module graph and one window between files (`isolate: false` in
// vitest.config.ts, for speed), so each file leaves nothing behind for the next: no spies or
// fake timers, no open or stored database, an empty document. (Not vi.unstubAllGlobals(): that
// would also remove the `browser` and `chrome` globals WXT's Vitest plugin stubs once.)
afterAll(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  await closeMeccDb();
  globalThis.indexedDB = new IDBFactory();
  if (typeof document !== 'undefined') document.body.replaceChildren();
});

/**
 * Reading and writing the extension's IndexedDB (utils/db/open-db.ts) from one of its
 * own pages, and firing one of its alarms now: what a test needs to seed a log "as if
 * logged yesterday" and to run the background's alarm without waiting five minutes.
 */
import type { Page } from 'playwright-core';

export const DB = 'mecc-sidebar';

export async function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    async ([name, storeName]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(storeName).objectStore(storeName).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return all as never;
    },
    [DB, store] as const,
  );
}

/** Puts values into stores in one transaction: `{ contacts: [...], outbox: [...] }`. */
export async function putValues(page: Page, values: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    async ([name, byStore]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(Object.keys(byStore), 'readwrite');
      for (const [store, list] of Object.entries(byStore)) for (const v of list) tx.objectStore(store).put(v);
      await new Promise((done, fail) => ((tx.oncomplete = done), (tx.onerror = () => fail(tx.error))));
      db.close();
    },
    [DB, values] as const,
  );
}

/** Makes the background's alarm `name` fire in about half a second (a one-off; the worker reschedules it on start-up). */
export async function fireAlarm(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (alarm) =>
      (globalThis as unknown as { chrome: { alarms: { create(n: string, i: object): Promise<void> } } }).chrome.alarms.create(alarm, {
        when: Date.now() + 500,
      }),
    name,
  );
}

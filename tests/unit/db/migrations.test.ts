/** Upgrading the database keeps what earlier versions stored (an extension update must lose nothing). */
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeMeccDb, DB_NAME, DB_VERSION, openMeccDb } from '../../../utils/db/open-db';

afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('IndexedDB migrations', () => {
  it('is at the version of its last migration', () => {
    expect(DB_VERSION).toBe(2);
  });

  it('creates every store on a fresh install', async () => {
    const db = await openMeccDb();
    expect([...db.objectStoreNames].sort()).toEqual(['contacts', 'feed-status', 'feeds', 'outbox', 'outbox-batches']);
    expect([...db.transaction('contacts').store.indexNames]).toEqual(['by-date']);
  });

  it('upgrades a version 1 database (feeds only) without losing the stored feed', async () => {
    // What release 1 created.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('feeds', { keyPath: 'source' });
        db.createObjectStore('feed-status', { keyPath: 'source' });
      },
    });
    await v1.put('feeds', { source: 'main', version: 9, envelope: '{}' });
    v1.close();

    const db = await openMeccDb();
    expect(db.version).toBe(2);
    expect(await db.get('feeds', 'main')).toMatchObject({ version: 9 });
    await db.add('contacts', { id: 'a', date: '2026-11-22', topics: [], services: [], via: 'popup', contentVersion: 'built-in' });
    expect(await db.countFromIndex('contacts', 'by-date', '2026-11-22')).toBe(1);
  });
});

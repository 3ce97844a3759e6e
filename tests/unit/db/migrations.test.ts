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
    expect(DB_VERSION).toBe(3);
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
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('feeds', 'main')).toMatchObject({ version: 9 });
    await db.add('contacts', { id: 'a', date: '2026-11-22', topics: [], services: [], via: 'popup', contentVersion: 'built-in' });
    expect(await db.countFromIndex('contacts', 'by-date', '2026-11-22')).toBe(1);
  });

  it('upgrades a version 2 log: "referred" becomes "referral offered or accepted", everything else kept as it was', async () => {
    // What the release before levels and the offered/accepted split created and stored.
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('feeds', { keyPath: 'source' });
        db.createObjectStore('feed-status', { keyPath: 'source' });
        db.createObjectStore('contacts', { keyPath: 'id' }).createIndex('by-date', 'date');
        db.createObjectStore('outbox', { keyPath: 'id' });
        db.createObjectStore('outbox-batches', { keyPath: 'id' });
      },
    });
    const old = [
      {
        id: 'r1',
        date: '2026-06-02',
        topics: ['smoking'],
        services: ['quit-line'],
        outcome: 'referred',
        via: 'popup',
        contentVersion: 'feed:4',
      },
      {
        id: 's1',
        date: '2026-06-02',
        hour: 9,
        topics: [],
        services: [],
        outcome: 'signposted',
        via: 'sidebar',
        contentVersion: 'built-in',
      },
      { id: 'n1', date: '2026-06-03', topics: ['alcohol'], services: [], via: 'toolbar', contentVersion: 'built-in' },
    ];
    for (const r of old) await v2.put('contacts', r);
    await v2.put('outbox', { id: 'r1', batchId: null });
    v2.close();

    const db = await openMeccDb();
    expect(db.version).toBe(3);
    const after = await db.getAll('contacts');
    expect(after.find((r) => r.id === 'r1')).toEqual({ ...old[0], outcome: 'referral-offered-or-accepted' });
    // Only "referred" changes; no level is invented for records logged before levels.
    expect(after.find((r) => r.id === 's1')).toEqual(old[1]);
    expect(after.find((r) => r.id === 'n1')).toEqual(old[2]);
    expect(await db.get('outbox', 'r1')).toEqual({ id: 'r1', batchId: null });
  });
});

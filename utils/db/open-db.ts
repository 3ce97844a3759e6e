/**
 * The extension's IndexedDB database, declared once: every object store and every
 * migration is here, numbered. Extension pages and the background share it (same
 * origin), and it survives browser restarts and extension updates.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { FeedError } from '../feed/feed-error';
import { LEGACY_REFERRED, type ContactRecord } from '../contacts/contact-record';

export const DB_NAME = 'mecc-sidebar';

/** A verified feed as stored: the envelope itself, so it can be re-verified on every load. */
export interface StoredFeed {
  /** `main`, or `overlay:<name>`. */
  source: string;
  url: string;
  envelope: string;
  /** Hex SHA-256 of the signed payload bytes (equivocation check). */
  sha256: string;
  feed: string;
  version: number;
  issued: string;
  expires: string;
  keyids: string[];
  /** HTTP validators for the next conditional request. */
  etag: string | null;
  lastModified: string | null;
  storedAt: string;
}

/** What the last update attempt of a source did; shown in the sidebar and diagnostics. */
export interface FeedStatusRecord {
  source: string;
  lastAttempt: string | null;
  lastSuccess: string | null;
  lastError: (FeedError & { at: string }) | null;
}

/** A contact waiting to be uploaded; removed only when the receiver acknowledged it (docs/evaluation.md). */
export interface OutboxEntry {
  id: string;
  /** Set once the entry is part of a batch; the batch keeps its key across retries. */
  batchId: string | null;
  /**
   * Set when its record was found damaged (security review T3-POISON): the entry is set
   * aside, never batched, never deleted by the age cap, and shown with its reason in
   * diagnostics and on the evaluation page. No migration: older entries simply lack it.
   */
  setAside?: { reason: string; since: string };
}

export interface OutboxBatch {
  /** Also the Idempotency-Key: a retry of the same batch is recognisably the same upload. */
  id: string;
  recordIds: string[];
  /**
   * The exact request body, serialised when the batch was formed: every retry sends these
   * bytes (security review L6). Absent only in batches formed by builds before that rule.
   */
  body?: string;
  attempts: number;
  /** ISO time of the next try (exponential back-off). */
  nextAttemptAt: string;
  lastError: string | null;
}

export interface MeccDb extends DBSchema {
  feeds: { key: string; value: StoredFeed };
  'feed-status': { key: string; value: FeedStatusRecord };
  contacts: { key: string; value: ContactRecord; indexes: { 'by-date': string } };
  outbox: { key: string; value: OutboxEntry };
  'outbox-batches': { key: string; value: OutboxBatch };
}

type UpgradeTransaction = IDBPTransaction<MeccDb, StoreNames<MeccDb>[], 'versionchange'>;

/**
 * Migration N upgrades a database from version N-1 to N. Append; never edit a shipped one.
 * A migration that moves data uses the upgrade transaction only, so a failure rolls the
 * whole upgrade back and the old version's data stays as it was.
 */
const MIGRATIONS: Array<(db: IDBPDatabase<MeccDb>, tx: UpgradeTransaction) => void | Promise<void>> = [
  () => {},
  // 1: signed feeds (issue 3)
  (db) => {
    db.createObjectStore('feeds', { keyPath: 'source' });
    db.createObjectStore('feed-status', { keyPath: 'source' });
  },
  // 2: anonymised contact log and its upload outbox (issue 4)
  (db) => {
    db.createObjectStore('contacts', { keyPath: 'id' }).createIndex('by-date', 'date');
    db.createObjectStore('outbox', { keyPath: 'id' });
    db.createObjectStore('outbox-batches', { keyPath: 'id' });
  },
  // 3: level and the offered/accepted split (issue 12). The old outcome "referred" did not
  // say which, so it becomes "referral offered or accepted", never a guess at one of them.
  // Records keep no level: they were logged before it was recorded ("not recorded").
  async (_db, tx) => {
    let cursor = await tx.objectStore('contacts').openCursor();
    while (cursor) {
      if ((cursor.value.outcome as string | undefined) === 'referred') {
        await cursor.update({ ...cursor.value, outcome: LEGACY_REFERRED });
      }
      cursor = await cursor.continue();
    }
  },
];
export const DB_VERSION = MIGRATIONS.length - 1;

let opening: Promise<IDBPDatabase<MeccDb>> | null = null;

/**
 * The database was made by a newer build (IT pinned or rolled back the version): this
 * build cannot read it and must not touch it (review L10). The message is for staff.
 */
export class DatabaseTooNewError extends Error {
  override name = 'DatabaseTooNewError';
  constructor() {
    super('this browser holds data from a newer version of MECC Sidebar: update the extension');
  }
}

export function openMeccDb(): Promise<IDBPDatabase<MeccDb>> {
  const attempt = (opening ??= openDB<MeccDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // One after another, in the one upgrade transaction (idb keeps it open while requests run).
      void (async () => {
        for (let v = oldVersion + 1; v <= DB_VERSION; v += 1) await MIGRATIONS[v]!(db, transaction);
      })().catch(() => transaction.abort());
    },
    // Another context upgraded the schema (an extension update): drop ours and reopen next time.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
  }).catch((error: unknown) => {
    // Never keep a failed open: the next call tries again (after an update, it works).
    if (opening === attempt) opening = null;
    throw (error as Error)?.name === 'VersionError' ? new DatabaseTooNewError() : error;
  }));
  return attempt;
}

/** Tests only: forget the cached connection (fake-indexeddb is reset between tests). */
export async function closeMeccDb(): Promise<void> {
  const db = await opening?.catch(() => undefined);
  opening = null;
  db?.close();
}

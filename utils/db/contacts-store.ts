/**
 * The contact log in IndexedDB. Each write is one transaction, so several windows
 * logging at once cannot lose or half-write a record; a contact and its outbox entry
 * are written together.
 */
import type { ContactRecord } from '../contacts/contact-record';
import { isContactRecord, recordFields, recordProblem, type DamagedRecord } from '../contacts/record-check';
import { openMeccDb } from './open-db';

export async function addContact(record: ContactRecord, queueForUpload: boolean): Promise<void> {
  const db = await openMeccDb();
  const tx = db.transaction(['contacts', 'outbox'], 'readwrite');
  const writes: Promise<unknown>[] = [tx.objectStore('contacts').add(record)];
  if (queueForUpload) writes.push(tx.objectStore('outbox').put({ id: record.id, batchId: null }));
  await Promise.all([...writes, tx.done]);
}

/** Undo: removes the record and, if it was not yet sent, its outbox entry. */
export async function deleteContact(id: string): Promise<void> {
  const db = await openMeccDb();
  const tx = db.transaction(['contacts', 'outbox'], 'readwrite');
  await Promise.all([tx.objectStore('contacts').delete(id), tx.objectStore('outbox').delete(id), tx.done]);
}

/**
 * Changes one record in one transaction: `change` gets the stored record and returns
 * the new one, or null to leave it as it is. Returns the new record, or null.
 */
export async function updateContact(id: string, change: (record: ContactRecord) => ContactRecord | null): Promise<ContactRecord | null> {
  const db = await openMeccDb();
  const tx = db.transaction('contacts', 'readwrite');
  const record = await tx.store.get(id);
  const next = record ? change(record) : null;
  if (next) await tx.store.put({ ...next, id });
  await tx.done;
  return next;
}

export async function countContactsOn(date: string): Promise<number> {
  return (await openMeccDb()).countFromIndex('contacts', 'by-date', date);
}

/**
 * Records from `from` to `to` inclusive (YYYY-MM-DD), oldest first; all when omitted.
 * Only well-formed ones: a damaged record would break every figure drawn from the list
 * (T3-POISON); the upload sets it aside, and diagnostics shows it.
 */
export async function listContacts(from?: string, to?: string): Promise<ContactRecord[]> {
  const db = await openMeccDb();
  const range = from || to ? IDBKeyRange.bound(from ?? '0000-00-00', to ?? '9999-99-99') : undefined;
  return (await db.getAllFromIndex('contacts', 'by-date', range)).filter(isContactRecord);
}

/**
 * Every damaged record in the log (T3-POISON), with its reason and, when the upload set
 * it aside, since when: left out of listContacts, so they are shown and offered here.
 */
export async function listDamagedContacts(): Promise<DamagedRecord[]> {
  const db = await openMeccDb();
  const tx = db.transaction(['contacts', 'outbox']);
  const out: DamagedRecord[] = [];
  let cursor = await tx.objectStore('contacts').openCursor();
  while (cursor) {
    const reason = recordProblem(cursor.value);
    if (reason) {
      const entry = await tx.objectStore('outbox').get(String(cursor.key));
      out.push({ id: String(cursor.key), reason, since: entry?.setAside?.since ?? null, record: recordFields(cursor.value) });
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return out;
}

export async function countContacts(): Promise<number> {
  return (await openMeccDb()).count('contacts');
}

/**
 * Retention: deletes records dated before `date`, except those still waiting in the
 * outbox (an unsent record is kept until the receiver has it). Returns how many went.
 */
export async function deleteContactsBefore(date: string): Promise<number> {
  const db = await openMeccDb();
  const tx = db.transaction(['contacts', 'outbox'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  let deleted = 0;
  let cursor = await tx.objectStore('contacts').index('by-date').openCursor(IDBKeyRange.upperBound(date, true));
  while (cursor) {
    if (!(await outbox.getKey(cursor.value.id))) {
      await cursor.delete();
      deleted += 1;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return deleted;
}

/** "Clear all" in the evaluation view: the log and anything waiting to upload. */
export async function clearAllContacts(): Promise<void> {
  const db = await openMeccDb();
  const tx = db.transaction(['contacts', 'outbox', 'outbox-batches'], 'readwrite');
  await Promise.all([
    tx.objectStore('contacts').clear(),
    tx.objectStore('outbox').clear(),
    tx.objectStore('outbox-batches').clear(),
    tx.done,
  ]);
}

/**
 * The contact log in IndexedDB. Each write is one transaction, so several windows
 * logging at once cannot lose or half-write a record; a contact and its outbox entry
 * are written together.
 */
import type { ContactRecord } from '../contacts/contact-record';
import type { DamagedRecord } from '../contacts/record-check';

/**
 * The record checks use zod (upload-format.ts): imported when records are read back, so the
 * popup and the sidebar, which only add and count records, do not parse it before their first
 * frame (issue 18). Loaded before any transaction opens: an await inside one would end it.
 */
const recordCheck = () => import('../contacts/record-check');
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
  const { isContactRecord } = await recordCheck();
  const db = await openMeccDb();
  const range = from || to ? IDBKeyRange.bound(from ?? '0000-00-00', to ?? '9999-99-99') : undefined;
  return (await db.getAllFromIndex('contacts', 'by-date', range)).filter(isContactRecord);
}

/**
 * The whole log for the evaluation page, in one read: the well-formed records (oldest
 * first) and, apart, every damaged one (T3-POISON) with its reason and, when the upload
 * set it aside, since when. The damaged ones would break every figure; they are shown
 * and offered as a download instead.
 */
export async function readContactLog(): Promise<{ records: ContactRecord[]; damaged: DamagedRecord[] }> {
  const { recordFields, recordProblem } = await recordCheck();
  const db = await openMeccDb();
  const tx = db.transaction(['contacts', 'outbox']);
  const [all, outbox] = await Promise.all([tx.objectStore('contacts').getAll(), tx.objectStore('outbox').getAll()]);
  await tx.done;
  const setAside = new Map(outbox.filter((e) => e.setAside).map((e) => [e.id, e.setAside!.since]));
  const records: ContactRecord[] = [];
  const damaged: DamagedRecord[] = [];
  for (const value of all) {
    const reason = recordProblem(value);
    const id = String((value as { id: unknown }).id);
    if (reason) damaged.push({ id, reason, since: setAside.get(id) ?? null, record: recordFields(value) });
    else records.push(value);
  }
  records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { records, damaged };
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

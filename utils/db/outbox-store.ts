/**
 * The upload outbox. A record leaves it only when the receiver acknowledged the batch
 * holding it. A batch is formed once, with its body serialised there and then, and
 * every retry sends exactly those bytes under the same id (the Idempotency-Key), so a
 * receiver that stored a batch but whose answer was lost recognises the retry
 * (security review L6). Only records whose date or hour has passed are batched (H2).
 * A damaged record is set aside with its reason, never batched and never deleted
 * unasked, so it cannot stop the others (T3-POISON).
 */
import type { ContactRecord } from '../contacts/contact-record';
import { EARLIEST_CONTACT_DATE } from '../contacts/plausible-date';
import { recordFields, recordProblem, type DamagedRecord } from '../contacts/record-check';
import { isUploadable, shuffled } from '../contacts/upload-timing';
import { openMeccDb, type OutboxBatch } from './open-db';

const MAX_BATCH_RECORDS = 500;

/**
 * A date before the programme (a clock set wrong when it was logged) is refused by the
 * receiver, and with it the whole batch, on every retry: set it aside instead (T3-POISON).
 * A date in the future needs nothing here: it is not sent until that day has passed.
 */
function uploadDateProblem(record: ContactRecord): string | null {
  return record.date < EARLIEST_CONTACT_DATE
    ? `date: before ${EARLIEST_CONTACT_DATE} (the computer's clock was wrong when it was logged)`
    : null;
}

export interface FormBatchesOptions {
  now: Date;
  /** false while this browser's upload time has not come (upload-spread.ts): only existing batches are returned. */
  formNew?: boolean;
  newId: () => string;
  /** The exact bytes to send for these records (called once per batch, when it is formed). */
  buildBody: (batchId: string, records: readonly ContactRecord[]) => string;
}

/**
 * Puts the waiting entries that may go now into new batches of at most
 * MAX_BATCH_RECORDS, shuffled; returns every batch, and how many damaged records were
 * newly set aside. Entries whose record has gone are dropped, so no batch is ever empty.
 */
export async function formBatches({
  now,
  formNew = true,
  newId,
  buildBody,
}: FormBatchesOptions): Promise<{ batches: OutboxBatch[]; setAside: number }> {
  const db = await openMeccDb();
  const tx = db.transaction(['outbox', 'outbox-batches', 'contacts'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const batches = tx.objectStore('outbox-batches');
  const contacts = tx.objectStore('contacts');
  // Batches formed before bodies were stored (before migration 3) are never re-sent: their
  // first body is unknown, and a new body under the old Idempotency-Key would be refused by
  // a receiver that compares bodies (T3-I-MIGRATION). Their records wait again, for a new
  // batch under a new key; a receiver that stored the old batch sees each record id again.
  for (const batch of await batches.getAll()) {
    if (typeof batch.body === 'string') continue;
    await batches.delete(batch.id);
    for (const id of batch.recordIds) {
      const entry = await outbox.get(id);
      if (entry?.batchId === batch.id) await outbox.put({ ...entry, batchId: null });
    }
  }
  const ready: ContactRecord[] = [];
  let setAside = 0;
  for (const entry of await outbox.getAll()) {
    if (entry.batchId !== null || entry.setAside) continue;
    const record = await contacts.get(entry.id);
    const problem = record ? (recordProblem(record) ?? uploadDateProblem(record)) : null;
    if (!record) await outbox.delete(entry.id);
    else if (problem) {
      await outbox.put({ ...entry, setAside: { reason: problem, since: now.toISOString() } });
      setAside += 1;
    } else if (formNew && isUploadable(record, now)) ready.push(record);
  }
  const mixed = shuffled(ready);
  for (let i = 0; i < mixed.length; i += MAX_BATCH_RECORDS) {
    const chunk = mixed.slice(i, i + MAX_BATCH_RECORDS);
    const id = newId();
    const batch: OutboxBatch = {
      id,
      recordIds: chunk.map((r) => r.id),
      body: buildBody(id, chunk),
      attempts: 0,
      nextAttemptAt: now.toISOString(),
      lastError: null,
    };
    await batches.put(batch);
    for (const r of chunk) await outbox.put({ id: r.id, batchId: id });
  }
  const all = await batches.getAll();
  await tx.done;
  return { batches: all, setAside };
}

/** The receiver has the batch: forget it and its records' outbox entries, together. */
export async function acknowledgeBatch(batch: OutboxBatch): Promise<void> {
  const db = await openMeccDb();
  const tx = db.transaction(['outbox', 'outbox-batches'], 'readwrite');
  await Promise.all([
    tx.objectStore('outbox-batches').delete(batch.id),
    ...batch.recordIds.map((id) => tx.objectStore('outbox').delete(id)),
    tx.done,
  ]);
}

export async function saveBatch(batch: OutboxBatch): Promise<void> {
  await (await openMeccDb()).put('outbox-batches', batch);
}

export async function outboxCounts(): Promise<{ records: number; batches: number }> {
  const db = await openMeccDb();
  return { records: await db.count('outbox'), batches: await db.count('outbox-batches') };
}

/** No endpoint any more: nothing will ever be sent, so nothing waits (the records stay in the log). */
export async function clearOutbox(): Promise<void> {
  const db = await openMeccDb();
  const tx = db.transaction(['outbox', 'outbox-batches'], 'readwrite');
  await Promise.all([tx.objectStore('outbox').clear(), tx.objectStore('outbox-batches').clear(), tx.done]);
}

/**
 * The outbox's age cap (security review L8): waiting records dated before `date` are
 * deleted, from the log and the outbox. A batch holding one of them can no longer be
 * re-sent as the same bytes, so it goes too, and its other records wait again for a
 * new batch under a new key. Returns how many records were deleted unsent.
 */
export async function expireWaitingBefore(date: string): Promise<number> {
  const db = await openMeccDb();
  const tx = db.transaction(['outbox', 'outbox-batches', 'contacts'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const batches = tx.objectStore('outbox-batches');
  const contacts = tx.objectStore('contacts');
  let expired = 0;
  const brokenBatches = new Set<string>();
  for (const entry of await outbox.getAll()) {
    // A damaged record is kept until someone looks at it (T3-POISON): its date may be junk too.
    if (entry.setAside) continue;
    const record = await contacts.get(entry.id);
    if (record && record.date >= date) continue;
    if (record) {
      await contacts.delete(entry.id);
      expired += 1;
    }
    await outbox.delete(entry.id);
    if (entry.batchId) brokenBatches.add(entry.batchId);
  }
  for (const id of brokenBatches) {
    const batch = await batches.get(id);
    if (!batch) continue;
    await batches.delete(id);
    for (const recordId of batch.recordIds) {
      const entry = await outbox.get(recordId);
      if (entry) await outbox.put({ ...entry, batchId: null });
    }
  }
  await tx.done;
  return expired;
}

/** Damaged records set aside from the upload, oldest first (diagnostics, the evaluation page's download). */
export async function setAsideRecords(): Promise<DamagedRecord[]> {
  const db = await openMeccDb();
  const tx = db.transaction(['outbox', 'contacts']);
  const out: DamagedRecord[] = [];
  for (const entry of await tx.objectStore('outbox').getAll()) {
    if (!entry.setAside) continue;
    out.push({ id: entry.id, ...entry.setAside, record: recordFields(await tx.objectStore('contacts').get(entry.id)) });
  }
  await tx.done;
  return out.sort((a, b) => (a.since! < b.since! ? -1 : a.since! > b.since! ? 1 : 0));
}

/** The dates of every record waiting to upload (for diagnostics: how old the oldest is). */
export async function waitingDates(): Promise<string[]> {
  const db = await openMeccDb();
  const tx = db.transaction(['outbox', 'contacts']);
  // Set-aside records are not waiting: the age cap leaves them alone (T3-POISON).
  const ids = (await tx.objectStore('outbox').getAll()).filter((e) => !e.setAside).map((e) => e.id);
  const records = await Promise.all(ids.map((id) => tx.objectStore('contacts').get(id)));
  await tx.done;
  return records.filter((r): r is ContactRecord => r !== undefined).map((r) => r.date);
}

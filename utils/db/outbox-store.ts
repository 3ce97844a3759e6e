/**
 * The upload outbox. A record leaves it only when the receiver acknowledged the batch
 * holding it; a batch keeps its id (the Idempotency-Key) across every retry, so a
 * receiver that stored a batch but whose answer was lost recognises the retry.
 */
import { openMeccDb, type OutboxBatch } from './open-db';

export const MAX_BATCH_RECORDS = 500;

/** Puts waiting entries into new batches of at most MAX_BATCH_RECORDS; returns all batches. */
export async function formBatches(newId: () => string, now: Date): Promise<OutboxBatch[]> {
  const db = await openMeccDb();
  const tx = db.transaction(['outbox', 'outbox-batches'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const batches = tx.objectStore('outbox-batches');
  const waiting = (await outbox.getAll()).filter((e) => e.batchId === null);
  for (let i = 0; i < waiting.length; i += MAX_BATCH_RECORDS) {
    const chunk = waiting.slice(i, i + MAX_BATCH_RECORDS);
    const batch: OutboxBatch = { id: newId(), recordIds: chunk.map((e) => e.id), attempts: 0, nextAttemptAt: now.toISOString(), lastError: null };
    await batches.put(batch);
    for (const e of chunk) await outbox.put({ ...e, batchId: batch.id });
  }
  const all = await batches.getAll();
  await tx.done;
  return all;
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

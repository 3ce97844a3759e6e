/**
 * Uploads logged contacts to the organisation's endpoint, if policy set one
 * (off by default: then nothing ever leaves the browser). Batched JSON POSTs with an
 * Idempotency-Key; exponential back-off; a record counts as sent only on a 2xx.
 * Format: docs/evaluation.md ("Upload").
 */
import { getContacts } from '../db/contacts-store';
import { acknowledgeBatch, formBatches, saveBatch } from '../db/outbox-store';
import type { OutboxBatch } from '../db/open-db';
import type { ContactSettings } from '../settings/contact-settings';

export const UPLOAD_SCHEMA = 'mecc-contacts/1';
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;

/** 1 min, 2, 4, … capped at 6 h. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

export interface FlushDeps {
  fetch?: typeof fetch;
  now?: () => Date;
  newId?: () => string;
}

export interface FlushResult {
  sent: number;
  failed: number;
  waiting: number;
}

async function send(batch: OutboxBatch, settings: ContactSettings, doFetch: typeof fetch): Promise<string | null> {
  const records = await getContacts(batch.recordIds);
  const body = {
    schema: UPLOAD_SCHEMA,
    batchId: batch.id,
    organisation: settings.organisationCode || settings.organisationName ? { code: settings.organisationCode, name: settings.organisationName } : null,
    team: settings.team,
    records,
  };
  try {
    const response = await doFetch(settings.uploadEndpoint!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': batch.id },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
    return response.ok ? null : `the receiver answered ${response.status}`;
  } catch (error) {
    return `could not reach the receiver (${(error as Error).message})`;
  }
}

export async function flushOutbox(settings: ContactSettings, deps: FlushDeps = {}): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, failed: 0, waiting: 0 };
  if (!settings.uploadEndpoint) return result;
  const now = (deps.now ?? (() => new Date()))();
  const batches = await formBatches(deps.newId ?? (() => crypto.randomUUID()), now);
  for (const batch of batches) {
    if (Date.parse(batch.nextAttemptAt) > now.getTime()) {
      result.waiting += batch.recordIds.length;
      continue;
    }
    const error = await send(batch, settings, deps.fetch ?? globalThis.fetch);
    if (error === null) {
      await acknowledgeBatch(batch);
      result.sent += batch.recordIds.length;
    } else {
      const attempts = batch.attempts + 1;
      await saveBatch({ ...batch, attempts, lastError: error, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)).toISOString() });
      result.failed += batch.recordIds.length;
    }
  }
  return result;
}

/**
 * Uploads logged contacts to the organisation's endpoint, if policy set one
 * (off by default: then nothing ever leaves the browser). Format and receiver
 * contract: docs/evaluation.md ("Upload").
 *
 * The rules (security review H2, M3, L6, L7, L8):
 * - only the background's alarm calls this, never a log, and only records whose date
 *   (or hour) and undo window have passed are sent, shuffled, in batches;
 * - a finished day's first attempt waits for this browser's random time in the policy's
 *   upload window (utils/contacts/upload-spread.ts); retries keep their own back-off;
 * - a redirect is never followed, and only the documented acknowledgement counts;
 * - a retry sends the batch's stored bytes under the same Idempotency-Key;
 * - an upload that has not been answered within 30 seconds has failed;
 * - with no endpoint, nothing waits: the outbox is emptied.
 */
import type { ContactRecord } from './contact-record';
import { clearOutbox, acknowledgeBatch, formBatches, saveBatch } from '../db/outbox-store';
import type { OutboxBatch } from '../db/open-db';
import { uploadPlanItem } from '../db/local-store';
import type { ContactSettings } from '../settings/contact-settings';
import { planUpload } from './upload-spread';
import { acknowledgementProblem } from './upload-acknowledgement';
import { UPLOAD_SCHEMA, uploadRecord, type UploadBatch } from './upload-format';

export { UPLOAD_SCHEMA };
const UPLOAD_TIMEOUT_MS = 30_000;
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
  /** A uniform whole number below n (default: crypto randomness). */
  random?: (n: number) => number;
}

export interface FlushResult {
  sent: number;
  failed: number;
  waiting: number;
  /** Damaged records newly set aside by this run (T3-POISON): never sent, kept, shown in diagnostics. */
  setAside: number;
}

/** The request body for a batch, exactly as it will be sent on every try. */
export function uploadBody(settings: ContactSettings, batchId: string, records: readonly ContactRecord[]): string {
  const body: UploadBatch = {
    schema: UPLOAD_SCHEMA,
    batchId,
    organisation:
      settings.organisationCode || settings.organisationName ? { code: settings.organisationCode, name: settings.organisationName } : null,
    team: settings.team,
    records: records.map(uploadRecord),
  };
  return JSON.stringify(body);
}

async function send(batch: OutboxBatch, endpoint: string, doFetch: typeof fetch): Promise<string | null> {
  const controller = new AbortController();
  // A plain timer (not AbortSignal.timeout) so it is the same clock everywhere, fake timers included.
  const timer = setTimeout(() => controller.abort(), UPLOAD_TIMEOUT_MS);
  try {
    const response = await doFetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': batch.id },
      body: batch.body,
      credentials: 'omit',
      cache: 'no-store',
      // A redirect is a failure: a 302/303 would turn the POST into a GET of a login page
      // that "answers 200", and a 307/308 would re-post the records to another origin.
      redirect: 'error',
      signal: controller.signal,
    });
    if (response.redirected || response.type === 'opaqueredirect') return 'the receiver redirected the upload';
    return acknowledgementProblem(response.status, await response.text(), batch.id, batch.recordIds.length);
  } catch (error) {
    if (controller.signal.aborted) return `the receiver did not answer within ${UPLOAD_TIMEOUT_MS / 1000} seconds`;
    // Never the receiver's own words: a fixed sentence and the error's name.
    return `could not reach the receiver, or it redirected the upload (${(error as Error).name})`;
  } finally {
    clearTimeout(timer);
  }
}

export async function flushOutbox(settings: ContactSettings, deps: FlushDeps = {}): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, failed: 0, waiting: 0, setAside: 0 };
  if (!settings.uploadEndpoint) {
    await clearOutbox();
    return result;
  }
  const now = (deps.now ?? (() => new Date()))();
  const stored = await uploadPlanItem.getValue();
  const plan = planUpload(stored, now, { granularity: settings.dateGranularity, windowHours: settings.uploadWindowHours }, deps.random);
  if (JSON.stringify(plan) !== JSON.stringify(stored)) await uploadPlanItem.setValue(plan);
  const { batches, setAside } = await formBatches({
    now,
    formNew: plan.opened,
    newId: deps.newId ?? (() => crypto.randomUUID()),
    buildBody: (id, records) => uploadBody(settings, id, records),
  });
  result.setAside = setAside;
  for (const batch of batches) {
    if (Date.parse(batch.nextAttemptAt) > now.getTime()) {
      result.waiting += batch.recordIds.length;
      continue;
    }
    const error = await send(batch, settings.uploadEndpoint, deps.fetch ?? globalThis.fetch);
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

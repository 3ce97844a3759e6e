/**
 * What the receiver accepts: exactly the extension's upload format 2, checked with the
 * extension's own schema (utils/contacts/upload-format.ts, strict: a field it does not list,
 * such as a name or an NHS number, refuses the batch), plus what a schema cannot say:
 * the key matches the batch id, and every date is a real calendar date in a sane range
 * (a date like 2026-02-31 or 9999-12-31 would otherwise break the database insert or the
 * summaries).
 */
import { EARLIEST_CONTACT_DATE, isPlausibleContactDate } from '../utils/contacts/plausible-date';
import { UPLOAD_SCHEMA, uploadSchemas, type UploadBatch } from '../utils/contacts/upload-format';

export const MAX_RECORDS = 500;
/** The extension's batches are at most 500 records of a few hundred bytes: well under 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type BatchCheck = { ok: true; batch: UploadBatch } | { ok: false; status: number; error: string; details?: string[] };

export function checkKey(key: string | undefined): string | null {
  if (!key) return 'the Idempotency-Key header is missing';
  if (!KEY.test(key)) return 'the Idempotency-Key header is not a UUID';
  return null;
}

function isCalendarDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/** The extension's own plausible range (utils/contacts/plausible-date.ts): 2020 to a day after `today`. */
function dateProblem(date: string, today: string): string | null {
  if (!isCalendarDate(date)) return 'is not a calendar date';
  if (date < EARLIEST_CONTACT_DATE) return `is before ${EARLIEST_CONTACT_DATE}`;
  if (!isPlausibleContactDate(date, today)) return 'is in the future (records are sent only after their day)';
  return null;
}

export function checkBatch(body: string, key: string, now: Date): BatchCheck {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, status: 400, error: 'the body is not JSON' };
  }
  const records = (json as { records?: unknown } | null)?.records;
  if (Array.isArray(records) && records.length > MAX_RECORDS) {
    return { ok: false, status: 413, error: `too many records: ${records.length} (at most ${MAX_RECORDS} a batch)` };
  }
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (schema === 'mecc-contacts/1') {
    return {
      ok: false,
      status: 422,
      error: "format mecc-contacts/1 is not accepted: read these records from the browser's contacts CSV export instead",
    };
  }
  const parsed = uploadSchemas().uploadBatchSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(batch)'}: ${i.message}`);
    return { ok: false, status: 422, error: `the batch is not a valid ${UPLOAD_SCHEMA} batch`, details };
  }
  const batch = parsed.data;
  if (batch.batchId !== key) return { ok: false, status: 422, error: 'batchId differs from the Idempotency-Key header' };
  const today = now.toISOString().slice(0, 10);
  const details: string[] = [];
  batch.records.forEach((r, i) => {
    const problem = dateProblem(r.date, today);
    if (problem) details.push(`records.${i}.date: ${r.date} ${problem}`);
  });
  if (details.length) return { ok: false, status: 422, error: 'a record has an impossible date', details: details.slice(0, 20) };
  return { ok: true, batch };
}

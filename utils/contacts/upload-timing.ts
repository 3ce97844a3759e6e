/**
 * When a waiting record may be uploaded (security review H2). A record carries only its
 * date (and its hour when policy asks for hours): an upload sent the moment a contact
 * is logged would tell the receiver the exact time anyway, through its access log.
 * So a record goes only once its whole date (or hour) has passed, and the undo window
 * after it has closed too, so an undo always beats the upload. Nothing here needs the
 * time the contact was logged: the end of its date or hour is enough, and is all that
 * is stored.
 */
import type { ContactRecord } from './contact-record';
import { UNDO_WINDOW_MS } from './undo-window';
import { randomBelow } from './upload-spread';
import { isIsoDate } from './week';

/** The first moment (local time) a record may be sent; null for a malformed date. */
function uploadableFrom(record: Pick<ContactRecord, 'date' | 'hour'>): Date | null {
  if (!isIsoDate(record.date)) return null;
  const [y, m, d] = record.date.split('-').map(Number) as [number, number, number];
  const hourly = typeof record.hour === 'number' && Number.isInteger(record.hour) && record.hour >= 0 && record.hour <= 23;
  // Local midnight after the date, or the start of the next hour: the end of what the record says.
  const end = hourly ? new Date(y, m - 1, d, record.hour! + 1) : new Date(y, m - 1, d + 1);
  return new Date(end.getTime() + UNDO_WINDOW_MS);
}

export function isUploadable(record: Pick<ContactRecord, 'date' | 'hour'>, now: Date): boolean {
  const from = uploadableFrom(record);
  return from !== null && now.getTime() >= from.getTime();
}

/**
 * Fisher–Yates with crypto.getRandomValues (rejection sampling, so no modulo bias):
 * the order of records in a batch says nothing about the order they were logged.
 */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomBelow(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

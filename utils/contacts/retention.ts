/**
 * Deletes contacts older than the retention period. Records still waiting to upload
 * are kept past it, but not for ever (security review L8, UK GDPR storage limitation):
 * OUTBOX_GRACE_DAYS after the retention period they are deleted unsent, and
 * diagnostics says so.
 */
import { deleteContactsBefore } from '../db/contacts-store';
import { outboxExpiryItem } from '../db/local-store';
import { expireWaitingBefore, setAsideRecords, waitingDates } from '../db/outbox-store';
import type { ContactSettings } from '../settings/contact-settings';
import { localDate } from './new-contact';

/** How long past the retention period a record may wait for its upload. */
const OUTBOX_GRACE_DAYS = 30;

function daysBefore(now: Date, days: number): string {
  const cutoff = new Date(now);
  cutoff.setDate(cutoff.getDate() - days);
  return localDate(cutoff);
}

function retentionCutoff(settings: ContactSettings, now: Date): string {
  return daysBefore(now, settings.retentionDays);
}

/** Waiting records dated before this are deleted unsent. */
function outboxCutoff(settings: ContactSettings, now: Date): string {
  return daysBefore(now, settings.retentionDays + OUTBOX_GRACE_DAYS);
}

export async function applyRetention(settings: ContactSettings, now = new Date()): Promise<number> {
  const expired = await expireWaitingBefore(outboxCutoff(settings, now));
  if (expired > 0) {
    const note = await outboxExpiryItem.getValue();
    await outboxExpiryItem.setValue({ count: (note?.count ?? 0) + expired, lastOn: localDate(now) });
  }
  return expired + (await deleteContactsBefore(retentionCutoff(settings, now)));
}

const contacts = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Diagnostics warnings about the outbox: records deleted unsent, and records about to be. */
export async function outboxWarnings(settings: ContactSettings, now = new Date()): Promise<string[]> {
  const warnings: string[] = [];
  const note = await outboxExpiryItem.getValue();
  if (note && note.count > 0) {
    warnings.push(
      `${contacts(note.count, 'contact waiting to upload was', 'contacts waiting to upload were')} deleted unsent (most recently on ${note.lastOn}): ` +
        `older than the retention period plus ${OUTBOX_GRACE_DAYS} days. Check the upload endpoint and the receiver.`,
    );
  }
  const aside = await setAsideRecords();
  if (aside.length > 0) {
    const reasons = [...new Set(aside.map((r) => r.reason))].slice(0, 3).join('; ');
    warnings.push(
      `${contacts(aside.length, 'contact waiting to upload is damaged and was set aside', 'contacts waiting to upload are damaged and were set aside')} ` +
        `(${reasons}). The others are uploaded as usual. Set-aside records are kept, never uploaded and never deleted by the age cap: ` +
        `download them from the evaluation page for your IT team, or delete them with "Clear all contacts" there.`,
    );
  }
  const cutoff = retentionCutoff(settings, now);
  const old = (await waitingDates()).filter((d) => d < cutoff);
  if (old.length > 0) {
    const oldest = old.reduce((a, b) => (a < b ? a : b));
    warnings.push(
      `${contacts(old.length, 'contact waiting to upload is', 'contacts waiting to upload are')} older than the retention period (oldest ${oldest}); ` +
        `unless the receiver accepts them, they are deleted unsent ${OUTBOX_GRACE_DAYS} days after it.`,
    );
  }
  return warnings;
}

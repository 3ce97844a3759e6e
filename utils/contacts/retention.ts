/** Deletes contacts older than the retention period (unsent ones wait for upload first). */
import { deleteContactsBefore } from '../db/contacts-store';
import type { ContactSettings } from '../settings/contact-settings';
import { localDate } from './new-contact';

export function retentionCutoff(settings: ContactSettings, now: Date): string {
  const cutoff = new Date(now);
  cutoff.setDate(cutoff.getDate() - settings.retentionDays);
  return localDate(cutoff);
}

export async function applyRetention(settings: ContactSettings, now = new Date()): Promise<number> {
  return deleteContactsBefore(retentionCutoff(settings, now));
}

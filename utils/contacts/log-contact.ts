/**
 * Logging and undoing a contact, from any extension context (popup, sidebar,
 * background). One IndexedDB transaction per log, so concurrent windows are safe.
 */
import { addContact, countContactsOn, deleteContact } from '../db/contacts-store';
import { getStoredFeed } from '../db/feed-store';
import { DatabaseTooNewError } from '../db/open-db';
import { contactSettingsFrom, type ContactSettings } from '../settings/contact-settings';
import { currentSettings } from '../settings/current-settings';
import type { ContactRecord } from './contact-record';
import { localDate, newContact, type ContactInput } from './new-contact';

export async function currentContactSettings(): Promise<ContactSettings> {
  return contactSettingsFrom((await currentSettings()).settings);
}

/** "feed:<version>" when a signed feed is stored, else "built-in". A label, not a trust decision. */
export async function contentVersionLabel(): Promise<string> {
  const main = await getStoredFeed('main');
  return main ? `feed:${main.version}` : 'built-in';
}

export type LogResult = { ok: true; record: ContactRecord; todayCount: number } | { ok: false; reason: string };

export async function logContact(input: ContactInput, now = new Date()): Promise<LogResult> {
  const settings = await currentContactSettings();
  if (!settings.loggingEnabled) return { ok: false, reason: 'Contact logging is turned off by your organisation.' };
  // Every database step is inside the try: a database made by a newer build (IT rolled the
  // extension back) must give the person a reason, never an unhandled rejection (review L10).
  try {
    const record = newContact(input, { now, granularity: settings.dateGranularity, contentVersion: await contentVersionLabel() });
    await addContact(record, settings.uploadEndpoint !== null);
    return { ok: true, record, todayCount: await countContactsOn(record.date).catch(() => 0) };
  } catch (error) {
    if (error instanceof DatabaseTooNewError) return { ok: false, reason: `The contact could not be saved: ${error.message}.` };
    return { ok: false, reason: `The contact could not be saved (${(error as Error).name}). Try again.` };
  }
}

export async function undoContact(id: string): Promise<number> {
  await deleteContact(id);
  return todayCount();
}

export async function todayCount(now = new Date()): Promise<number> {
  return countContactsOn(localDate(now));
}

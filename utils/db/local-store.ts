/**
 * Everything kept in `storage.local`, declared here and nowhere else. Each item is
 * versioned so a later release can migrate it (WXT storage migrations).
 * Nothing in here identifies the member of staff or the person they are helping.
 */
import { storage } from 'wxt/utils/storage';
import type { UploadPlan } from '../contacts/upload-spread';
import type { Settings } from '../settings/setting-definitions';

/**
 * Settings chosen in this browser: the user's own choices, and only those (the settings marked
 * `userEditable`); a value stored here for any other setting is ignored (review M1). Managed
 * policy always wins (utils/settings/resolve-settings.ts).
 */
export const userSettingsItem = storage.defineItem<Partial<Settings> | null>('local:settings.user', {
  fallback: null,
  version: 1,
});

/**
 * Waiting records deleted unsent by the outbox's age cap (security review L8): how many,
 * and the last date it happened. Shown as a warning in diagnostics; counts only.
 */
export interface OutboxExpiryNote {
  count: number;
  lastOn: string;
}
export const outboxExpiryItem = storage.defineItem<OutboxExpiryNote | null>('local:contacts.outboxExpired', {
  fallback: null,
  version: 1,
});

/**
 * When this browser makes its first upload attempt for the latest finished day (issue 20,
 * spread uploads: utils/contacts/upload-spread.ts). A random time, kept so a restart does
 * not choose again; it says nothing about when any contact happened.
 */
export const uploadPlanItem = storage.defineItem<UploadPlan | null>('local:contacts.uploadPlan', {
  fallback: null,
  version: 1,
});

/**
 * The topic list of the content in use (id, title, order), written by the background after
 * each feed check. The popup reads this instead of re-verifying the whole signed feed just
 * to draw its topic buttons: that keeps it interactive within its 100 ms budget.
 */
export interface TopicSummary {
  id: string;
  title: string;
  order: number;
}
export const topicListItem = storage.defineItem<TopicSummary[] | null>('local:content.topics', {
  fallback: null,
  version: 1,
});

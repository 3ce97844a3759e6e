/**
 * Everything kept in `storage.local`, declared here and nowhere else. Each item is
 * versioned so a later release can migrate it (WXT storage migrations).
 * Nothing in here identifies the member of staff or the person they are helping.
 */
import { storage } from 'wxt/utils/storage';
import type { FeedSettings } from '../settings/feed-settings';
import type { ContactSettings } from '../settings/contact-settings';

/** The borough the user picked in the sidebar (null = all of London). */
export const boroughPref = storage.defineItem<string | null>('local:pref.borough', {
  fallback: null,
  version: 1,
});

/**
 * Feed settings chosen locally (by IT before policy support, or by a tester).
 * Partial: anything missing falls back to the defaults in utils/settings/feed-settings.ts.
 */
export const feedSettingsItem = storage.defineItem<Partial<FeedSettings> | null>('local:settings.feed', {
  fallback: null,
  version: 1,
});

/** Contact-logging settings chosen locally; missing fields use utils/settings/contact-settings.ts. */
export const contactSettingsItem = storage.defineItem<Partial<ContactSettings> | null>('local:settings.contacts', {
  fallback: null,
  version: 1,
});

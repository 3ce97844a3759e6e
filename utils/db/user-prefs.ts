/**
 * Small user preferences kept in `storage.local`, declared here and nowhere else.
 * Each item is versioned so a later release can migrate it (WXT storage migrations).
 * Nothing in here identifies the member of staff or the person they are helping.
 */
import { storage } from 'wxt/utils/storage';

/** The borough the user picked in the sidebar (null = all of London). */
export const boroughPref = storage.defineItem<string | null>('local:pref.borough', {
  fallback: null,
  version: 1,
});

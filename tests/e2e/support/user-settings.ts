/**
 * Saves the extension's user settings (`storage.local` → `settings.user`) from one of
 * its pages, as a pilot without managed policy would: utils/db/local-store.ts.
 */
import type { Page } from 'playwright-core';

export async function saveUserSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (value) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
        'settings.user': value,
      }),
    settings,
  );
}

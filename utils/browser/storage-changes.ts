/** Re-read settings when they change (local settings now; managed policy later). */
import { browser } from 'wxt/browser';

/** Calls `handler` when any of `keys` changes in storage.local, or anything in storage.managed. */
export function onSettingsChanged(keys: readonly string[], handler: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && Object.keys(changes).some((k) => keys.includes(k)))) handler();
  });
}

/**
 * The organisation's managed policy: Chrome/Edge `storage.managed` (through
 * public/managed_schema.json), Firefox policies.json `3rdparty` → `Extensions`.
 * With no policy Firefox throws and Chrome may answer {}; both mean "no policy".
 */
import { browser } from 'wxt/browser';

export async function readManagedPolicy(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Calls `handler` whenever the organisation's policy changes (Chrome and Edge apply it live). Returns a stop function. */
export function onManagedPolicyChanged(handler: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') handler();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

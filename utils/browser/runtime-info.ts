/** Facts about this install for the diagnostics page. */
import { browser } from 'wxt/browser';

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function extensionId(): string {
  return browser.runtime.id;
}

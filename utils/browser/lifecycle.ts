/** Install, update and browser start-up: the moments to fetch fresh content. */
import { browser } from 'wxt/browser';

export function onInstalledOrStartup(handler: () => void): void {
  browser.runtime.onInstalled.addListener(() => handler());
  browser.runtime.onStartup.addListener(() => handler());
}

/** Window and tab helpers for extension pages. */
import { browser } from 'wxt/browser';

/** Fetched before any click, so a click handler can open the side panel without awaiting. */
export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}

/** The options page: the user's settings and the diagnostics IT asks for. */
export function openSettingsPage(): void {
  void browser.runtime.openOptionsPage();
}

/** Opens one of the extension's own pages (e.g. `/evaluation.html`) in a new tab. */
export function openExtensionPage(path: `/${string}`): void {
  // WXT types getURL by the pages it has built; ours are known at run time.
  void browser.tabs.create({ url: browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]) });
}

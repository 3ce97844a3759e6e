/**
 * Chromium's own UI around the extension, which is not a tab: the toolbar button and the
 * views it opens (the action popup and the side panel).
 *
 * - The toolbar button is browser UI that no page can click. CDP's
 *   `Extensions.triggerAction` runs the browser's own action runner on a tab, the code a
 *   click on the button runs: with a popup set it opens the real popup; with none it fires
 *   `action.onClicked` in the service worker.
 * - The popup and the side panel are `page` targets that Playwright's launch connection
 *   never attaches to (it attaches to tabs). A second CDP connection
 *   (`chromium.connectOverCDP`) attaches to every page target that exists when it
 *   connects, so `attachToView` waits for the view's target, then connects.
 *
 * Both need the DevTools endpoint: launch with `launchWithExtension({ args: [CDP_ENDPOINT_ARG] })`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

/** Asks Chromium for a DevTools port of its choosing (written to DevToolsActivePort in the profile). */
export const CDP_ENDPOINT_ARG = '--remote-debugging-port=0';

export interface Target {
  targetId: string;
  /** "tab" (a top-level web contents), "page" (its document: a tab's, the popup's, the side panel's), "service_worker", … */
  type: string;
  url: string;
  embedderData?: { tabActive?: boolean; tabStripIndex?: number };
}

/** A CDP session to the browser itself (not to a page), on Playwright's own connection. */
export async function browserSession(b: ExtensionBrowser): Promise<CDPSession> {
  const browser = b.context.browser();
  if (!browser) throw new Error('no browser behind this context');
  return browser.newBrowserCDPSession();
}

/** Every target, tab targets included (an empty filter entry means "all types"). */
export async function allTargets(session: CDPSession): Promise<Target[]> {
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
  return targetInfos as Target[];
}

/**
 * The URLs of the tabs in the tab strip. Every top-level document has a "tab" target
 * (the popup and the side panel too); only real tabs carry their place in the tab strip.
 */
export async function tabUrls(session: CDPSession): Promise<string[]> {
  return (await allTargets(session)).filter((t) => t.type === 'tab' && t.embedderData?.tabStripIndex !== undefined).map((t) => t.url);
}

export const extensionUrl = (b: ExtensionBrowser, path: string) => `chrome-extension://${b.extensionId}/${path}`;

/**
 * Clicks the extension's toolbar button for the active tab, through the browser's action
 * runner (`Extensions.triggerAction`, which takes the tab target, not its page).
 */
export async function clickToolbarButton(b: ExtensionBrowser, session: CDPSession): Promise<void> {
  const active = (await allTargets(session)).filter((t) => t.type === 'tab' && t.embedderData?.tabActive === true);
  if (active.length !== 1) throw new Error(`expected one active tab, found ${active.length}`);
  await session.send('Extensions.triggerAction', { id: b.extensionId, targetId: active[0]!.targetId });
}

function cdpEndpoint(b: ExtensionBrowser): string {
  const file = join(b.userDataDir, 'DevToolsActivePort');
  if (!existsSync(file)) throw new Error(`no ${file}: launch with launchWithExtension({ args: [CDP_ENDPOINT_ARG] })`);
  const port = readFileSync(file, 'utf8').split('\n')[0];
  return `http://127.0.0.1:${port}`;
}

export interface AttachedView {
  page: Page;
  /** The view's own target, as the browser lists it. */
  target: Target;
  /** Ends the second connection (the view stays open). */
  detach(): Promise<void>;
}

/** Waits for an extension view (`path`, e.g. "sidepanel.html") to open, then drives it over a second connection. */
export async function attachToView(b: ExtensionBrowser, session: CDPSession, path: string, timeout = 10_000): Promise<AttachedView> {
  const url = extensionUrl(b, path);
  const deadline = Date.now() + timeout;
  let target: Target | undefined;
  while (!(target = (await allTargets(session)).find((t) => t.type === 'page' && t.url === url))) {
    if (Date.now() > deadline) throw new Error(`${path} did not open within ${timeout / 1000} s`);
    await new Promise((done) => setTimeout(done, 100));
  }
  const second = await chromium.connectOverCDP(cdpEndpoint(b));
  const page = second
    .contexts()
    .flatMap((c) => c.pages())
    .find((p) => p.url() === url);
  if (!page) {
    await second.close();
    throw new Error(`${path} is open but the second connection did not attach to it`);
  }
  // For a connected browser, close() only disconnects: the views and the browser stay.
  return { page, target, detach: () => second.close() };
}

/** What the extension itself says a page of its own is: its context type, and the tab it is in, if any. */
export async function whereAmI(page: Page): Promise<{ contextTypes: string[]; tabId: number | null }> {
  return page.evaluate(async () => {
    interface Chrome {
      runtime: { getContexts(filter: object): Promise<{ contextType: string; documentUrl?: string }[]> };
      tabs: { getCurrent(): Promise<{ id?: number } | undefined> };
    }
    const chromeApi = (globalThis as unknown as { chrome: Chrome }).chrome;
    const contexts = await chromeApi.runtime.getContexts({});
    const tab = await chromeApi.tabs.getCurrent();
    return {
      contextTypes: contexts.filter((c) => c.documentUrl === location.href).map((c) => c.contextType),
      tabId: tab?.id ?? null,
    };
  });
}

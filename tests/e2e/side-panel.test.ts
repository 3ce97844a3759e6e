/**
 * The real Chromium side panel, opened the way a member of staff opens it: the toolbar
 * button opens the popup (through the browser's action runner: support/browser-ui.ts),
 * and a click on the popup's "Open the sidebar", a real user gesture, calls
 * sidePanel.open(). The panel is then found as its own target, shown to be the side
 * panel and not a tab, and searched and used at the panel's own size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import {
  allTargets,
  attachToView,
  browserSession,
  CDP_ENDPOINT_ARG,
  clickToolbarButton,
  extensionUrl,
  tabUrls,
  whereAmI,
  type AttachedView,
} from './support/browser-ui';
import { seriousViolations } from './support/axe';
import { smallestFontSizes } from './support/geometry';
import { expectReadableText, TEXT_STAFF_READ } from './support/readable-text';
import { loadRepoContent } from './support/repo-content';

const content = loadRepoContent();

let browser: ExtensionBrowser;
let session: CDPSession;
let panel: AttachedView | undefined;
const panelUrl = () => extensionUrl(browser, 'sidepanel.html');
const isOpen = async (path: string) => (await allTargets(session)).some((t) => t.url === extensionUrl(browser, path));

beforeAll(async () => {
  browser = await launchWithExtension({ args: [CDP_ENDPOINT_ARG] });
  session = await browserSession(browser);
});
afterAll(async () => {
  await panel?.detach();
  await browser?.close();
});

describe('the real side panel', () => {
  it('opens from the popup’s “Open the sidebar” button', async () => {
    expect(await isOpen('sidepanel.html')).toBe(false);
    await clickToolbarButton(browser, session);
    const popup = await attachToView(browser, session, 'popup.html');
    // The real toolbar popup, not popup.html in a tab.
    expect(await whereAmI(popup.page)).toEqual({ contextTypes: ['POPUP'], tabId: null });
    expect(await tabUrls(session)).not.toContain(extensionUrl(browser, 'popup.html'));

    await popup.page.getByRole('button', { name: 'Open the sidebar' }).click();
    panel = await attachToView(browser, session, 'sidepanel.html');
    await popup.detach();
    // The popup closes itself once it has asked for the panel.
    await expect.poll(() => isOpen('popup.html')).toBe(false);
    await panel.page.getByRole('searchbox', { name: /Search/ }).waitFor();
  });

  it('is the side panel, not a tab', async () => {
    expect(panel, 'the panel did not open').toBeDefined();
    // The browser's view: a document of its own, and no tab in the tab strip shows it.
    expect(panel!.target.type).toBe('page');
    expect(await tabUrls(session)).not.toContain(panelUrl());
    // The extension's view: Chromium reports the page as a side panel, in no tab.
    expect(await whereAmI(panel!.page)).toEqual({ contextTypes: ['SIDE_PANEL'], tabId: null });
  });

  it('is told apart from the same page opened in a tab (so the checks above can fail)', async () => {
    const tab = await browser.openSidebar();
    expect(await tabUrls(session)).toContain(panelUrl());
    const inTab = await whereAmI(tab);
    // The panel is still open beside it, so the extension lists both documents of this address.
    expect(inTab.contextTypes.sort()).toEqual(['SIDE_PANEL', 'TAB']);
    expect(inTab.tabId).toEqual(expect.any(Number));
    await tab.close();
  });

  it('searches from slang and opens the message, inside the panel', async () => {
    const page = panel!.page;
    await page.getByRole('searchbox', { name: /Search/ }).fill('booze');
    const first = page.locator('article[data-result="message"]').first();
    await first.waitFor();
    const firstId = await first.getAttribute('data-id');
    const found = content.messages.find((m) => m.id === firstId);
    expect(found?.topic).toBe('alcohol');
    await first.locator('h3 button').click();
    const view = page.locator('section.message-view');
    await view.getByRole('heading', { name: found!.title, level: 2 }).waitFor();
    await expect.poll(() => view.textContent()).toContain(found!.say);
    await view.getByRole('button', { name: 'Back to results' }).click();
    await first.waitFor();
  });

  it('copies a service link from the panel to the clipboard', async () => {
    const page = panel!.page;
    const service = content.services.find((s) => s.area === 'national' && s.url)!;
    await page.getByRole('searchbox', { name: /Search/ }).fill(service.name);
    const card = page.locator(`article[data-id="${service.id}"]`);
    await card.getByRole('button', { name: `Copy link to ${service.name}` }).click();
    await page.getByRole('status').getByText(`Link to ${service.name} copied`).waitFor();
    expect(await browser.readClipboard()).toBe(service.url);
  });

  it('reads at 16 px or more in the real panel: body text, buttons and phone numbers (Chromium injects 75 % on body)', async () => {
    const page = panel!.page;
    const service = content.services.find((s) => s.area === 'national' && s.phone && s.url)!;
    await page.getByRole('searchbox', { name: /Search/ }).fill(service.name);
    await page.locator(`article[data-id="${service.id}"] .card__phone`).waitFor();
    // No borough is chosen here, so there is no borough strip to measure.
    const selectors = TEXT_STAFF_READ.filter((s) => s !== '.local-strip__phone');
    await expectReadableText((s) => page.evaluate(smallestFontSizes, s), selectors);
  });

  it('has no serious accessibility problems at the panel’s size', async () => {
    expect(await seriousViolations(panel!.page)).toEqual([]);
  });
});

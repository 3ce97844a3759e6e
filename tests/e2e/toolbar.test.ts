/**
 * The toolbar button's "instant" mode (setting `toolbarMode`), in a real Chromium. The
 * member of staff picks it on the options page, then clicks the toolbar button while on a
 * work page: each click logs a contact at once, with no popup.
 *
 * The click: no page can click browser UI, so the test runs the browser's own action
 * runner through CDP (`Extensions.triggerAction`, support/browser-ui.ts): the code a click
 * on the button runs, which opens the popup when one is set and otherwise fires
 * `action.onClicked` in the service worker. That is closer than calling the listener
 * ourselves, which would skip the popup-or-click decision this mode depends on.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { allTargets, attachToView, browserSession, CDP_ENDPOINT_ARG, clickToolbarButton, extensionUrl } from './support/browser-ui';
import { readStore } from './support/extension-db';
import { DEFAULT_SETTINGS } from '../../utils/settings/setting-definitions';

// What is on the screen of the work page: none of it may reach the contact log.
const PATIENT = 'Zebedee Quarrington';
const WORK_PATH = '/ward-7/patient/9434765919';

let browser: ExtensionBrowser;
let session: CDPSession;
let server: Server;
let work: Page;
let options: Page;

interface Chrome {
  action: { getPopup(d: object): Promise<string>; getBadgeText(d: object): Promise<string> };
}
const chromeApi = (page: Page) => ({
  popup: () => page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getPopup({})),
  badge: () => page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({})),
});
const popupOpen = async () => (await allTargets(session)).some((t) => t.url === extensionUrl(browser, 'popup.html'));

/** Picks a toolbar mode on the options page, as staff do, and waits for the background to apply it. */
async function chooseMode(label: RegExp, popupPath: string) {
  await options.bringToFront();
  const radio = options.getByRole('radio', { name: label });
  // click, not check(): the page re-renders from storage as the choice is saved, and check()
  // fails if it looks in between.
  await radio.click();
  await expect.poll(() => radio.isChecked(), { timeout: 5_000 }).toBe(true);
  await expect.poll(() => chromeApi(options).popup(), { timeout: 5_000 }).toBe(popupPath === '' ? '' : extensionUrl(browser, popupPath));
  await work.bringToFront();
}

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>${PATIENT} - ward 7</title><h1>${PATIENT}</h1>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  browser = await launchWithExtension({ args: [CDP_ENDPOINT_ARG] });
  session = await browserSession(browser);
  options = await browser.context.newPage();
  await options.goto(extensionUrl(browser, 'options.html'));
  await options.getByRole('radio', { name: /Opens the logging popup/ }).waitFor();
  work = await browser.context.newPage();
  await work.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${WORK_PATH}`);
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('toolbar button', () => {
  it(`opens the popup by default ("${DEFAULT_SETTINGS.toolbarMode}") and logs nothing by itself`, async () => {
    expect(DEFAULT_SETTINGS.toolbarMode).toBe('popup');
    expect(await options.getByRole('radio', { name: /Opens the logging popup/ }).isChecked()).toBe(true);
    await work.bringToFront();
    await clickToolbarButton(browser, session);
    const popup = await attachToView(browser, session, 'popup.html');
    await expect.poll(() => popup.page.getByTestId('today-count').textContent(), { timeout: 5_000 }).toBe('0');
    await popup.page.close();
    await popup.detach();
    expect(await readStore(options, 'contacts')).toEqual([]);
  });

  it('in "instant" mode, logs a contact on each click, with no popup', async () => {
    await chooseMode(/Logs a contact at once/, '');
    await clickToolbarButton(browser, session);
    await expect.poll(() => readStore(options, 'contacts').then((r) => r.length), { timeout: 5_000 }).toBe(1);
    await clickToolbarButton(browser, session);
    await expect.poll(() => readStore(options, 'contacts').then((r) => r.length), { timeout: 5_000 }).toBe(2);
    expect(await popupOpen()).toBe(false);

    const stored = await readStore<{ via: string; topics: string[] }>(options, 'contacts');
    expect(stored.map((r) => [r.via, r.topics])).toEqual([
      ['toolbar', []],
      ['toolbar', []],
    ]);
    // The button the member of staff sees shows today's count (the badge is on by default).
    expect(DEFAULT_SETTINGS.badge).toBe(true);
    await expect.poll(() => chromeApi(options).badge(), { timeout: 5_000 }).toBe('2');
  });

  it('keeps nothing from the page the click was made on', async () => {
    const everything = JSON.stringify(await readStore(options, 'contacts'));
    for (const secret of [PATIENT, 'Zebedee', 'ward', '9434765919', '127.0.0.1']) expect(everything, secret).not.toContain(secret);
  });

  it('counts the logged contacts on the evaluation page and in the popup', async () => {
    const evaluation = await browser.context.newPage();
    await evaluation.goto(extensionUrl(browser, 'evaluation.html'));
    // With nothing logged the page says so and shows no totals: read with a short timeout.
    const allKept = () =>
      evaluation
        .locator('[data-total="all"] .totals__number')
        .textContent({ timeout: 500 })
        .catch(() => null);
    await expect.poll(allKept, { timeout: 5_000 }).toBe('2');
    await evaluation.close();

    // Back to the popup: the next click opens it, and it shows the same count.
    await chooseMode(/Opens the logging popup/, 'popup.html');
    await clickToolbarButton(browser, session);
    const popup = await attachToView(browser, session, 'popup.html');
    // The count loads after the first frame ('…' until then), so wait for it rather than read once.
    await expect.poll(() => popup.page.getByTestId('today-count').textContent(), { timeout: 5_000 }).toBe('2');
    await popup.detach();
    expect(await readStore(options, 'contacts')).toHaveLength(2);
  });
});

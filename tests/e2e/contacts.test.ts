/**
 * Contact logging in a real Chromium: the popup (opened as a page), undo, the count
 * surviving a browser restart, and the privacy guarantee read straight out of the extension's storage.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { seriousViolations } from './support/axe';

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function openPopup(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
  // The live popup, not its first frame (utils/pages/first-frame-draw.ts), which shows no count.
  await page
    .locator('#app')
    .getByRole('button', { name: /^Log contact$/ })
    .waitFor();
  return page;
}
const todayCount = (page: Page) => page.getByTestId('today-count').textContent();

/** Everything the extension keeps: every IndexedDB database and storage.local, as text. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of [...db.objectStoreNames]) {
        dump[`${info.name}/${store}`] = await new Promise((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
        });
      }
      db.close();
    }
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome;
    dump['storage.local'] = await chromeApi.storage.local.get(null);
    return JSON.stringify(dump);
  });
}

describe('contact logging', () => {
  it('logs from the popup in one click, undoes a mis-click, logs again', async () => {
    browser = await launchWithExtension();
    const popup = await openPopup(browser);
    // The count is read after the popup's first frame ('…' until then): wait for it.
    await expect.poll(() => todayCount(popup)).toBe('0');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Log contact');

    await popup.getByRole('button', { name: /^Log contact$/ }).click();
    await popup.getByRole('status').getByText('Contact logged. Today: 1.').waitFor();
    expect(await todayCount(popup)).toBe('1');

    await popup.getByRole('button', { name: /^Undo/ }).click();
    await popup.getByRole('status').getByText('Undone. Today: 0.').waitFor();

    await popup.getByRole('button', { name: 'Log contact: Alcohol' }).click();
    await popup.getByRole('status').getByText('Contact logged: Alcohol. Today: 1.').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);

    const stored = JSON.parse(await everythingStored(popup))['mecc-sidebar/contacts'];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ topics: ['alcohol'], via: 'popup' });
  });

  it('logs a conversation from a message in the sidebar', async () => {
    browser = await launchWithExtension();
    const sidebar = await browser.openSidebar();
    await sidebar.getByRole('searchbox', { name: /Search/ }).fill('fags');
    await sidebar.locator('article[data-result="message"] h3 button').first().click();
    await sidebar.getByRole('button', { name: 'Log this conversation' }).click();
    await sidebar
      .locator('.log-bar')
      .getByRole('status')
      .getByText(/Logged: this conversation \(Smoking/)
      .waitFor();

    // After copying a service, one click logs the signposting.
    const card = sidebar.locator('section.message-view article[data-result="service"]').first();
    const name = await card.locator('h4').textContent();
    await card.getByRole('button', { name: /^Copy link/ }).click();
    await sidebar.getByRole('button', { name: `Log signposting to ${name}` }).click();
    await sidebar.locator('.log-bar').getByRole('status').getByText(`Logged: signposting to ${name}. Today: 2.`).waitFor();
    const stored = JSON.parse(await everythingStored(sidebar))['mecc-sidebar/contacts'];
    expect(stored.map((r: { outcome?: string }) => r.outcome ?? null).sort()).toEqual([null, 'signposted']);
  });

  it('keeps the count across a browser restart with the same profile', async () => {
    browser = await launchWithExtension();
    const popup = await openPopup(browser);
    await popup.getByRole('button', { name: /^Log contact$/ }).click();
    await popup.getByRole('button', { name: /^Log contact$/ }).click();
    await expect.poll(() => todayCount(popup)).toBe('2');
    const profile = browser.userDataDir;
    await browser.close({ keepProfile: true });

    browser = await launchWithExtension({ userDataDir: profile });
    const again = await openPopup(browser);
    await expect.poll(() => todayCount(again)).toBe('2');
  });

  it('never stores anything from the page the member of staff is on', async () => {
    const patientName = 'Zebedee Quarrington';
    const nhsNumber = '943 476 5919';
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!doctype html><title>${patientName} ${nhsNumber} - clinic record</title><h1>${patientName}</h1><p>NHS number ${nhsNumber}</p>`,
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      browser = await launchWithExtension();
      const port = (server.address() as AddressInfo).port;
      const record = await browser.context.newPage();
      await record.goto(`http://127.0.0.1:${port}/patients/${encodeURIComponent(patientName)}/${nhsNumber.replace(/ /g, '')}`);
      await record.bringToFront();

      const popup = await openPopup(browser);
      await popup.getByRole('button', { name: /^Log contact$/ }).click();
      await popup.getByRole('button', { name: 'Log contact: Smoking and vaping' }).click();
      await expect.poll(() => todayCount(popup)).toBe('2');

      const everything = await everythingStored(popup);
      expect(everything).toContain('"via":"popup"');
      for (const secret of [
        patientName,
        'Zebedee',
        'Quarrington',
        nhsNumber,
        nhsNumber.replace(/ /g, ''),
        '127.0.0.1',
        'clinic record',
        'patients',
      ]) {
        expect(everything, secret).not.toContain(secret);
      }
    } finally {
      server.close();
    }
  });
});

// Uploads (timing, acknowledgement, retries) are tested with a real policy file in upload-timing.test.ts.

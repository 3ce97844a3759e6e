/**
 * The Firefox build: passes Mozilla's addons-linter (what AMO runs on upload) and
 * installs in Debian's Firefox ESR, where its sidebar page searches real content.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import linter from 'addons-linter';
import { GECKO_ID } from '../../wxt.config';
import { waitInPage } from './support/firefox';
import { loadRepoContent } from './support/repo-content';

const content = loadRepoContent();

const FIREFOX_BUILD = resolve('.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// Firefox gives each add-on a random internal UUID; pinning it lets the test open the sidebar page.
const INTERNAL_UUID = '6f1c1b8e-2a43-4d0e-9a55-2f9b8e1d7c01';

describe('Firefox build', () => {
  it('passes addons-linter with no errors', async () => {
    expect(existsSync(`${FIREFOX_BUILD}/manifest.json`), 'run `npx wxt build -b firefox` first').toBe(true);
    const result = await linter
      .createInstance({
        config: { _: [FIREFOX_BUILD], logLevel: 'fatal', stack: false, pretty: false, output: 'none', boring: true, selfHosted: false },
        runAsBinary: false,
      })
      .run();
    expect(result.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  });

  describe('in Firefox ESR', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access
        // (https://firefox-source-docs.mozilla.org/testing/geckodriver/Flags.html#allow-system-access).
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: INTERNAL_UUID }),
        },
      });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('installs and its sidebar finds a message', async () => {
      const id = await browser.installExtension(FIREFOX_BUILD);
      expect(id).toBe(GECKO_ID);
      const page = await browser.newPage();
      // The switch into the extension's process makes puppeteer report the frame as
      // detached although the page loads; so don't await the navigation, wait for the page.
      page.goto(`moz-extension://${INTERNAL_UUID}/sidepanel.html`).catch(() => {});
      await waitInPage(page, `location.protocol === 'moz-extension:' && !!document.querySelector('input[type="search"]')`);
      await page.focus('input[type="search"]');
      await page.keyboard.type('booze');
      await waitInPage(page, `!!document.querySelector('article[data-result="message"] h3')`);
      const firstId = await page.evaluate(() => (document.querySelector('article[data-result="message"]') as HTMLElement).dataset.id);
      expect(content.messages.find((m) => m.id === firstId)?.topic).toBe('alcohol');
    });

    // The built page keeps its code in a <template> that the first-frame script adds to the page
    // (scripts/lib/first-frame-html.ts): from the second open, after drawing the kept frame.
    it('opens again from its first frame, and the live page takes over and searches', async () => {
      const page = await browser.newPage();
      page.goto(`moz-extension://${INTERNAL_UUID}/sidepanel.html`).catch(() => {});
      await waitInPage(page, `location.protocol === 'moz-extension:' && !!document.querySelector('#app #search-input')`);
      expect(await page.evaluate(() => localStorage.getItem('mecc:first-frame:sidepanel') !== null)).toBe(true);
      expect(
        await page.evaluate(() => [document.querySelectorAll('#search-input').length, document.getElementById('first-frame')]),
      ).toEqual([1, null]);
      await page.focus('#app #search-input');
      await page.keyboard.type('fags');
      await waitInPage(page, `!!document.querySelector('#app article[data-result="message"] h3')`);
    });
  });
});

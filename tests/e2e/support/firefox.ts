/**
 * Debian's Firefox ESR with the Firefox build installed, through puppeteer-core's WebDriver
 * BiDi (`installExtension`, a temporary add-on with its fixed gecko id), and the extension's
 * pages opened as tabs.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
// Firefox gives each add-on a random internal UUID; pinning it gives the pages known addresses.
export const INTERNAL_UUID = '6f1c1b8e-2a43-4d0e-9a55-2f9b8e1d7c01';
export const extensionPageUrl = (path: string) => `moz-extension://${INTERNAL_UUID}/${path}`;

export async function launchFirefoxWithExtension(): Promise<Browser> {
  if (!existsSync(`${FIREFOX_BUILD}/manifest.json`))
    throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run \`npx wxt build -b firefox\` first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: INTERNAL_UUID }) },
  });
  try {
    const id = await browser.installExtension(FIREFOX_BUILD);
    if (id !== GECKO_ID) throw new Error(`installed as ${id}, expected the fixed gecko id ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/**
 * Polls `expression` (JavaScript source) in the page until it is true. Not puppeteer's
 * waitForFunction: that compiles its function with `Function()`, which the extension pages'
 * content-security policy (and about: pages) forbid in Firefox; a plain evaluate is allowed.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(expression).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
}

/** Opens one of the extension's pages in a new tab and waits until `ready` (a CSS selector) is on it. */
export async function openExtensionPage(browser: Browser, path: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  // The switch into the extension's process makes puppeteer report the frame as detached
  // although the page loads; so don't await the navigation, wait for the page.
  page.goto(extensionPageUrl(path)).catch(() => {});
  await waitInPage(page, `location.protocol === 'moz-extension:' && !!document.querySelector(${JSON.stringify(ready)})`);
  return page;
}

/**
 * The sidebar's text size and width in Firefox ESR, where the sidebar opens about 240 px
 * wide: 16 px text, buttons and phone numbers, and no sideways scroll at 240 and 320 px at
 * every text size, with and without the WCAG 1.4.12 text-spacing override.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, openExtensionPage, waitInPage } from './support/firefox';
import { sidewaysOverflow, smallestFontSizes, TEXT_SPACING_CSS } from './support/geometry';
import { expectReadableText } from './support/readable-text';
import { TEXT_SIZES } from '../../utils/settings/setting-definitions';

let browser: Browser;
/**
 * Runs `fn(arg)` in the page from source text: puppeteer's function form with arguments goes
 * through Function() in Firefox, which the extension page's CSP forbids.
 */
const run = <T>(page: Page, fn: (...args: never[]) => T, arg?: unknown): Promise<T> =>
  page.evaluate(`(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`) as Promise<T>;
beforeAll(async () => {
  browser = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** The sidebar page in a new tab. */
const openSidebar = (): Promise<Page> => openExtensionPage(browser, 'sidepanel.html', 'input[type=search]');

/** Saves the user settings from one sidebar page, then opens a fresh one at `width` and searches. */
async function sidebarAt(width: number, settings: Record<string, unknown>, query: string): Promise<Page> {
  const setup = await openSidebar();
  await setup.evaluate(`browser.storage.local.set({ 'settings.user': ${JSON.stringify(settings)} })`);
  await setup.close();
  const page = await openSidebar();
  await page.setViewport({ width, height: 900 });
  await page.focus('input[type="search"]');
  await page.keyboard.type(query);
  await waitInPage(page, "!!document.querySelector('article[data-result=service]')");
  return page;
}

describe('sidebar geometry (Firefox ESR)', () => {
  it('sets body text, buttons and phone numbers at 16 px or more', async () => {
    const page = await sidebarAt(380, { borough: 'sutton' }, 'housing');
    await expectReadableText((selectors) => run(page, smallestFontSizes, selectors));
    await page.close();
  });

  for (const width of [240, 320]) {
    it(`never scrolls sideways at ${width} px, at every text size, with and without the text-spacing override`, async () => {
      const failures: string[] = [];
      for (const textSize of TEXT_SIZES) {
        const page = await sidebarAt(width, { borough: 'sutton', textSize }, 'housing');
        expect(await page.evaluate('document.documentElement.style.fontSize')).toBe(`${textSize}%`);
        for (const spacing of [false, true]) {
          if (spacing) await page.addStyleTag({ content: TEXT_SPACING_CSS });
          const { overflow, culprit } = await run(page, sidewaysOverflow);
          if (overflow > 0) failures.push(`${textSize}%${spacing ? ' + spacing' : ''}: ${overflow} px (${culprit})`);
        }
        await page.close();
      }
      expect(failures).toEqual([]);
    });
  }
});

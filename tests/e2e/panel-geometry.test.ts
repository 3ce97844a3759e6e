/**
 * The sidebar's geometry in real Chromium, which axe cannot see (problems once found by hand: 12 px text, a
 * fixed bar over the last card's buttons, clipping at 240 px): text sizes, what covers a
 * button, sideways scroll at every text size and with the WCAG 1.4.12 spacing override,
 * where the borough's own service sits, and forced colours. The side panel's page is
 * opened as a tab at panel sizes; side-panel.test.ts measures the text in the real panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, sidebarReady, type ExtensionBrowser } from './support/chromium';
import { saveUserSettings } from './support/user-settings';
import { coveredButtons, sidewaysOverflow, smallestFontSizes, TEXT_SPACING_CSS } from './support/geometry';
import { expectReadableText } from './support/readable-text';
import { allViolations } from './support/axe';
import { loadRepoContent } from './support/repo-content';
import { routesFor } from '../../utils/content/local-coverage';
import { TEXT_SIZES } from '../../utils/settings/setting-definitions';

const content = loadRepoContent();
let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** The panel page at a panel's size, with the given user settings, after a search. */
async function panelAt(width: number, settings: Record<string, unknown>, query?: string): Promise<Page> {
  const page = await browser.openSidebar();
  await page.setViewportSize({ width, height: 900 });
  await saveUserSettings(page, settings);
  await page.reload();
  await sidebarReady(page);
  if (query) {
    await page.getByRole('searchbox', { name: /Search/ }).fill(query);
    await page.locator('article').first().waitFor();
  }
  return page;
}
const noneCovered = async (page: Page) => {
  const result = await page.evaluate(coveredButtons);
  expect(result.checked, 'no button was on screen to check').toBeGreaterThan(0);
  expect(result.covered).toEqual([]);
};

describe('sidebar geometry (Chromium)', () => {
  it('sets body text, buttons and phone numbers at 16 px or more (Chromium injects 75 % on body)', async () => {
    const page = await panelAt(380, { borough: 'sutton' }, 'housing');
    const smallestSizes = (selectors: string[]) => page.evaluate(smallestFontSizes, selectors);
    await expectReadableText(smallestSizes);
    await page.locator('article[data-result="message"] h3 button').first().click();
    await expectReadableText(smallestSizes, ['.aaa dd', '.say p', '.message-view .button']);
    await page.close();
  });

  it("puts the borough's own service for the need within the first 400 px of results (Lambeth, debt advice)", async () => {
    const local = routesFor(content, 'money', 'lambeth').local;
    expect(local.length, 'the content lists no Lambeth money service any more').toBeGreaterThan(0);
    const page = await panelAt(380, { borough: 'lambeth' }, 'debt advice');
    const item = page.locator(`.local-strip__item[data-id="${local[0]!.id}"]`);
    const top = (await item.boundingBox())!.y;
    const resultsStart = (await page.getByRole('searchbox', { name: /Search/ }).boundingBox())!.y;
    expect(top - resultsStart).toBeLessThanOrEqual(400);
    // Its full card is not folded away either.
    expect(await page.locator(`details article[data-id="${local[0]!.id}"]`).count()).toBe(0);
    await page.close();
  });

  it('fits at least three service cards on a 380 × 900 panel', async () => {
    const page = await panelAt(380, { borough: 'sutton' }, 'housing');
    const cards = page.locator('section[aria-labelledby="services-heading"] article[data-result="service"]');
    // The first frame of results holds a screenful of cards, shared by messages then services, and
    // the rest follows a frame later (use-first-screenful.ts): wait for the third service card.
    await cards
      .nth(2)
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    await cards.first().evaluate((card) => card.scrollIntoView({ block: 'start' }));
    const whole = await cards.evaluateAll(
      (els) => els.filter((e) => e.getBoundingClientRect().top >= -1 && e.getBoundingClientRect().bottom <= innerHeight).length,
    );
    expect(whole).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('leaves every visible button clickable after a copy, after a log, and with the slip started', async () => {
    const page = await panelAt(380, { borough: 'hackney' }, 'skint');
    const last = page.locator('article[data-result="service"]').last();
    await last.scrollIntoViewIfNeeded();
    await last.getByRole('button', { name: /^Copy details/ }).click();
    await last.getByRole('button', { name: /^Log signposting/ }).waitFor();
    await last.evaluate((card) => card.scrollIntoView({ block: 'end' }));
    await noneCovered(page);

    await last.getByRole('button', { name: /^Log signposting/ }).click();
    await last.getByText(/Logged: signposting/).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await noneCovered(page);

    await last.getByRole('button', { name: /^Add to slip/ }).click();
    await page.getByTestId('slip-chip').waitFor();
    await noneCovered(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await noneCovered(page);

    // A conversation logged from a message: the refinements sit under the button, over nothing.
    await page.getByRole('searchbox', { name: /Search/ }).fill('booze');
    await page.locator('article[data-result="message"] h3 button').first().click();
    await page.getByRole('button', { name: 'Log this conversation' }).click();
    await page.getByText(/Logged: this conversation/).waitFor();
    await noneCovered(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await noneCovered(page);
    await page.close();
  });

  for (const width of [240, 320]) {
    it(`never scrolls sideways at ${width} px, at every text size, with and without the text-spacing override`, async () => {
      const failures: string[] = [];
      for (const textSize of TEXT_SIZES) {
        const page = await panelAt(width, { borough: 'sutton', textSize }, 'housing');
        expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe(`${textSize}%`);
        for (const spacing of [false, true]) {
          if (spacing) await page.addStyleTag({ content: TEXT_SPACING_CSS });
          const views: Array<[string, () => Promise<unknown>]> = [
            ['results', async () => {}],
            ['message', () => page.locator('article[data-result="message"] h3 button').first().click()],
          ];
          for (const [view, go] of views) {
            await go();
            const { overflow, culprit } = await page.evaluate(sidewaysOverflow);
            if (overflow > 0) failures.push(`${textSize}%${spacing ? ' + spacing' : ''}, ${view}: ${overflow} px (${culprit})`);
          }
          await page.getByRole('button', { name: 'Back to results' }).click();
        }
        await page.close();
      }
      expect(failures).toEqual([]);
    });
  }

  it('keeps the text size chosen with A+ across opens', async () => {
    const page = await panelAt(380, { textSize: 100 });
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('115%');
    await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeCloseTo(18.4, 1);
    await page.close();
    const again = await browser.openSidebar();
    await expect.poll(() => again.evaluate(() => document.documentElement.style.fontSize)).toBe('115%');
    await again.close();
  });

  it('under forced colours: no axe violations, and focus is visible', async () => {
    const page = await panelAt(380, { borough: 'lambeth' }, 'debt advice');
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await allViolations(page)).toEqual([]);
    const copy = page.getByRole('button', { name: /^Copy details/ }).first();
    await copy.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await copy.evaluate((b) => {
      const s = getComputedStyle(b);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('under forced colours, the popup topic buttons keep the 2 px border every button has', async () => {
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ forcedColors: 'active' });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('.popup__topic').first().waitFor();
    const widths = await popup.locator('.popup__topic').evaluateAll((els) => els.map((el) => getComputedStyle(el).borderTopWidth));
    expect(new Set(widths)).toEqual(new Set(['2px']));
    expect(await allViolations(popup)).toEqual([]);
    await popup.close();
  });
});

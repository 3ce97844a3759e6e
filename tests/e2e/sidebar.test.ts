/**
 * What staff do in the sidebar, in a real Chromium with the built extension loaded.
 * The side panel's page is opened as a tab: same page, same code, easier to drive.
 * Expectations come from the repo's content files, so editing content never breaks
 * these tests for the wrong reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, sidebarReady, type ExtensionBrowser } from './support/chromium';
import { seriousViolations } from './support/axe';
import { loadRepoContent } from './support/repo-content';

const content = loadRepoContent();
const searchbox = (page: Page) => page.getByRole('searchbox', { name: /Search/ });
const messageResults = (page: Page) => page.locator('article[data-result="message"]');
const serviceResults = (page: Page) => page.locator('article[data-result="service"]');
const focusedId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? document.activeElement?.id);
/** Reads the clipboard from another tab, then returns focus to the sidebar page (keyboard tests go on). */
const clipboard = async (page: Page) => {
  const text = await browser.readClipboard();
  await page.bringToFront();
  return text;
};

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('sidebar', () => {
  it('opens with focus in the search box and finds a message from slang', async () => {
    const page = await browser.openSidebar();
    await expect.poll(() => focusedId(page)).toBe('search-input');
    await page.keyboard.type('booze');
    const first = messageResults(page).first();
    await first.waitFor();
    const firstId = await first.getAttribute('data-id');
    const topic = content.messages.find((m) => m.id === firstId)?.topic;
    expect(topic).toBe('alcohol');
    await page.close();
  });

  it('browses by topic when nothing is typed', async () => {
    const page = await browser.openSidebar();
    const topics = page.locator('button[data-topic]');
    await expect.poll(() => topics.count()).toBe(content.topics.length);
    const smoking = content.topics.find((t) => t.id === 'smoking')!;
    await page.locator('button[data-topic="smoking"]').click();
    await page.getByRole('heading', { name: smoking.title, level: 2 }).waitFor();
    const ids = await messageResults(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(content.messages.find((m) => m.id === id)?.topic).toBe('smoking');
    await page.close();
  });

  it('opens a message with what to say, Ask/Assist/Act, facts, sources and review date', async () => {
    const page = await browser.openSidebar();
    const message = content.messages.find((m) => m.facts.length > 0 && m.services.length > 0)!;
    await searchbox(page).fill(message.title);
    await page.locator(`article[data-id="${message.id}"] h3 button`).click();
    const view = page.locator('section.message-view');
    await view.getByRole('heading', { name: message.title, level: 2 }).waitFor();
    await expect.poll(() => view.textContent()).toContain(message.say);
    for (const part of ['Ask', 'Assist', 'Act']) await view.getByText(part, { exact: true }).waitFor();
    expect(await view.getByRole('link', { name: message.sources[0]!.title }).first().getAttribute('href')).toBe(message.sources[0]!.url);
    expect(await view.textContent()).toMatch(/Reviewed \d{1,2} \w+ \d{4}/);
    await view.getByRole('button', { name: 'Back to results' }).click();
    await messageResults(page).first().waitFor();
    await page.close();
  });

  it('copies a service link, confirms it visibly and for screen readers', async () => {
    const page = await browser.openSidebar();
    const service = content.services.find((s) => s.area === 'national' && s.phone)!;
    await searchbox(page).fill(service.name);
    const card = page.locator(`article[data-id="${service.id}"]`);
    await card.getByRole('button', { name: `Copy link to ${service.name}` }).click();
    await page.getByRole('status').getByText(`Link to ${service.name} copied`).waitFor();
    expect(await clipboard(page)).toBe(service.url);

    await card.getByRole('button', { name: `Copy details for ${service.name}` }).click();
    await expect.poll(() => clipboard(page)).toContain(service.phone!);
    expect(await clipboard(page)).toBe([service.name, service.phone, service.text, service.url].filter(Boolean).join(' — '));
    expect(await card.getByRole('link', { name: service.phone }).getAttribute('href')).toMatch(/^tel:\+?\d+$/);
    await page.close();
  });

  it('filters local services by borough, always keeps national ones, and remembers the borough', async () => {
    const local = content.services.find((s) => Array.isArray(s.area))!;
    const inside = (local.area as string[])[0]!;
    const outside = content.areas.find((a) => !(local.area as string[]).includes(a.id))!.id;
    const national = content.services.find((s) => s.area === 'national' && s.topics.some((t) => local.topics.includes(t)));

    const page = await browser.openSidebar();
    const borough = page.getByLabel('Borough');
    await borough.selectOption(outside);
    await searchbox(page).fill(local.name);
    await page.waitForTimeout(100);
    expect(await page.locator(`article[data-id="${local.id}"]`).count()).toBe(0);

    await borough.selectOption(inside);
    await page.locator(`article[data-id="${local.id}"]`).waitFor();

    if (national) {
      await searchbox(page).fill(national.name);
      await page.locator(`article[data-id="${national.id}"]`).waitFor();
    }
    await page.reload();
    await sidebarReady(page);
    expect(await page.getByLabel('Borough').inputValue()).toBe(inside);
    await page.close();
  });

  it('works end to end from the keyboard alone', async () => {
    const page = await browser.openSidebar();
    await expect.poll(() => focusedId(page)).toBe('search-input');
    await page.keyboard.type('fags');
    await messageResults(page).first().waitFor();
    const firstId = await messageResults(page).first().getAttribute('data-id');
    const secondId = await page.locator('[data-nav]').nth(1).getAttribute('data-id');

    await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe(firstId);
    await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe(secondId);
    await page.keyboard.press('ArrowUp');
    expect(await focusedId(page)).toBe(firstId);

    // Enter opens the message and moves focus to its heading; Esc goes back to the same result.
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('message-view-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedId(page)).toBe(firstId);

    // C copies the focused message's text.
    await page.keyboard.press('c');
    const message = content.messages.find((m) => m.id === firstId)!;
    await expect.poll(() => clipboard(page)).toBe(message.say);

    // Esc returns to the search box; Esc again clears it.
    await page.keyboard.press('Escape');
    expect(await focusedId(page)).toBe('search-input');
    await page.keyboard.press('Escape');
    expect(await searchbox(page).inputValue()).toBe('');

    // A service: Enter copies its link.
    const service = content.services.find((s) => s.area === 'national')!;
    await page.keyboard.type(service.name);
    await page.locator(`article[data-id="${service.id}"]`).waitFor();
    const services = await serviceResults(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    const navIds = await page.locator('[data-nav]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    for (let i = 0; i <= navIds.indexOf(service.id); i += 1) await page.keyboard.press('ArrowDown');
    expect(services).toContain(service.id);
    expect(await focusedId(page)).toBe(service.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(service.url);
    await page.close();
  });

  it('shows a visible focus indicator', async () => {
    const page = await browser.openSidebar();
    await page.keyboard.type('alcohol');
    await messageResults(page).first().waitFor();
    await page.keyboard.press('ArrowDown');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });

  describe('accessibility (axe-core)', () => {
    const views: Array<[string, (page: Page) => Promise<void>]> = [
      ['topic list', async () => {}],
      [
        'search results',
        async (page) => {
          await searchbox(page).fill('stop smoking');
          await serviceResults(page).first().waitFor();
        },
      ],
      [
        'message view',
        async (page) => {
          await searchbox(page).fill('alcohol');
          await messageResults(page).first().locator('h3 button').click();
          await page.locator('section.message-view').waitFor();
        },
      ],
      [
        'no results',
        async (page) => {
          await searchbox(page).fill('qqqqzzzz');
          await page.getByText(/Nothing found/).waitFor();
        },
      ],
    ];
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, setUp] of views) {
        it(`has no serious or critical violations: ${name}, ${scheme} mode`, async () => {
          const page = await browser.openSidebar();
          await page.emulateMedia({ colorScheme: scheme });
          await setUp(page);
          expect(await seriousViolations(page)).toEqual([]);
          await page.close();
        });
      }
    }
  });
});

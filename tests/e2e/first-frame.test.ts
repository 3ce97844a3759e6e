/**
 * The first frame in a real Chromium (utils/pages/first-frame-*.ts, scripts/lib/first-frame-html.ts):
 * from the second open, the side panel and the popup show what they last first drew before their
 * code has run, and the live page takes over without losing a click or a letter typed.
 *
 * "Before the code has run" is observed from an init script at DOMContentLoaded: the built page
 * keeps its code inert until the frame is painted, so at that moment only the frame can be there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FirstFrame, FrameNode } from '../../utils/pages/first-frame-format';
import { launchWithExtension, sidebarReady, type ExtensionBrowser } from './support/chromium';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const url = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

/** Opens a page with `atParse` run at DOMContentLoaded; what it returns is kept as `window.__atParse`. */
async function openWith(path: string, atParse: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => { window.__atParse = (${atParse})(); });`);
  await page.goto(url(path));
  return page;
}

const SEEN_AT_PARSE = `() => ({
  frame: document.getElementById('first-frame') !== null,
  topics: [...document.querySelectorAll('#first-frame [data-topic]')].map((b) => b.dataset.topic),
  app: document.getElementById('app').childElementCount,
  logButton: document.querySelector('#first-frame button.popup__log') !== null,
})`;

interface Seen {
  frame: boolean;
  topics: string[];
  app: number;
  logButton: boolean;
}
const seen = (page: Page) => page.evaluate('window.__atParse') as Promise<Seen>;

/** The text of the count element in a kept frame (data-testid="today-count"). */
function countIn(frame: FirstFrame): string | undefined {
  const find = (nodes: FrameNode[]): string | undefined => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if (n.a.some(([k, v]) => k === 'data-testid' && v === 'today-count')) return n.c.join('');
      const inner = find(n.c);
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  return find(frame.nodes);
}

/** An open that draws the page and closes it, so the next open has a frame (a press on a frame keeps none). */
async function keepFrame(path: string, live: string) {
  const page = await browser.context.newPage();
  await page.goto(url(path));
  await page.locator(live).waitFor();
  // Kept when the page is idle after drawing.
  await page.waitForTimeout(300);
  await page.close();
}

describe('the first frame', () => {
  it('draws itself on the first open, then shows the topic list before the code runs on the next', async () => {
    const first = await openWith('sidepanel.html', SEEN_AT_PARSE);
    await sidebarReady(first);
    expect(await seen(first)).toMatchObject({ frame: false, app: 0 });
    const topics = await first.locator('#app [data-topic]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.topic));
    await first.close();

    const next = await openWith('sidepanel.html', SEEN_AT_PARSE);
    expect(await seen(next)).toEqual({ frame: true, topics, app: 0, logButton: false });
    await sidebarReady(next);
    // The live page replaced it: one search box, one topic list, no frame.
    expect(await next.locator('#first-frame').count()).toBe(0);
    expect(await next.locator('#search-input').count()).toBe(1);
    expect(await next.locator('[data-topic]').count()).toBe(topics.length);
    await next.close();
  });

  it('opens the topic pressed on the frame once the live page is drawn', async () => {
    await keepFrame('sidepanel.html', '#app #search-input:focus');
    // The last topic: not the one a page would show first by chance.
    const page = await openWith(
      'sidepanel.html',
      `() => { const b = [...document.querySelectorAll('#first-frame [data-topic]')].pop(); b.click(); return b.querySelector('.topic__title').textContent; }`,
    );
    const pressed = (await page.evaluate('window.__atParse')) as string;
    expect(pressed).toBeTruthy();
    await expect.poll(() => page.locator('#app .topic-bar h2').textContent()).toBe(pressed);
    await page.close();
  });

  it('searches what was typed into the frame', async () => {
    await keepFrame('sidepanel.html', '#app #search-input:focus');
    const page = await openWith(
      'sidepanel.html',
      `() => { const box = document.querySelector('#first-frame input[type=search]'); box.value = 'booze'; return box.value; }`,
    );
    await page.locator('#app article[data-result="message"]').first().waitFor();
    expect(await page.locator('#app #search-input').inputValue()).toBe('booze');
    await page.close();
  });

  it('shows the popup\'s "Log contact" before its code runs, and logs a press on it once', async () => {
    const first = await openWith('popup.html', SEEN_AT_PARSE);
    await first.locator('#app button.popup__log').waitFor();
    expect(await seen(first)).toMatchObject({ frame: false, logButton: false });
    await first.waitForTimeout(300);
    await first.close();

    const page = await openWith(
      'popup.html',
      `() => { const b = document.querySelector('#first-frame button.popup__log'); b.click(); b.click(); return b !== null; }`,
    );
    expect(await page.evaluate('window.__atParse')).toBe(true);
    // Pressed twice on the frame, logged once: on the live popup a second press finds it busy.
    await expect.poll(() => page.locator('#app .popup__status').textContent()).toContain('Contact logged');
    await page.waitForTimeout(300);
    expect(await page.getByTestId('today-count').textContent()).toBe('1');
    // What the popup keeps for its next open is its first view: no count, no confirmation.
    await page.reload();
    await page.locator('#app button.popup__log').waitFor();
    await page.waitForTimeout(300);
    const kept = (await page.evaluate(`localStorage.getItem('mecc:first-frame:popup')`)) as string;
    expect(countIn(JSON.parse(kept) as FirstFrame)).toBe('…');
    expect(kept).not.toContain('Contact logged');
    await page.close();
  });
});

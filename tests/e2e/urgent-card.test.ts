/**
 * The urgent floor in the real Chromium side panel, opened as staff open it (the toolbar
 * button, then the popup's "Open the sidebar"): for every safety-critical query of both
 * public ranking sets (ranking-set.json, blind-set.json), the first thing on the results
 * page is the urgent card, with its crisis message next; for a sample of everyday queries,
 * it is not there. One panel, one query after another, as a shift would type them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BLIND_CASES, RANKING_CASES, THIRD_CASES } from '../search-ranking/evaluate-ranking';
import { seriousViolations } from './support/axe';
import { attachToView, browserSession, CDP_ENDPOINT_ARG, clickToolbarButton, type AttachedView } from './support/browser-ui';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { loadRepoContent } from './support/repo-content';

let browser: ExtensionBrowser;
let panel: AttachedView;

beforeAll(async () => {
  browser = await launchWithExtension({ args: [CDP_ENDPOINT_ARG] });
  const session = await browserSession(browser);
  await clickToolbarButton(browser, session);
  const popup = await attachToView(browser, session, 'popup.html');
  await popup.page.getByRole('button', { name: 'Open the sidebar' }).click();
  panel = await attachToView(browser, session, 'sidepanel.html');
  await popup.detach();
});
afterAll(async () => {
  await panel?.detach();
  await browser?.close();
});

/** What leads the results for a query: the first card's class, and the id of the card after it. */
async function leading(page: Page, query: string) {
  await page.getByRole('searchbox', { name: /Search/ }).fill(query);
  return page.evaluate(async () => {
    // Preact redraws after the input event: two frames later the results are this query's.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const cards = [...document.querySelectorAll<HTMLElement>('main article')];
    return { first: cards[0]?.className ?? '', second: cards[1]?.dataset.id ?? '' };
  });
}

const urgentQueries = [...RANKING_CASES, ...BLIND_CASES, ...THIRD_CASES].filter((c) => c.urgent).map((c) => c.query);
const everyday = [...RANKING_CASES, ...BLIND_CASES, ...THIRD_CASES].filter((c) => !c.urgent && !c.honestEmpty).map((c) => c.query);

describe('the urgent card in the real side panel', () => {
  it('comes first, with a crisis message below it, for every safety-critical query of both sets', async () => {
    const page = panel.page;
    const missed: string[] = [];
    for (const query of urgentQueries) {
      // Polled: the results follow the input within a frame or two.
      await expect
        .poll(async () => (await leading(page, query)).first, { message: query, timeout: 5000 })
        .toBe('urgent-card')
        .catch(() => missed.push(query));
    }
    expect(urgentQueries.length).toBeGreaterThanOrEqual(50);
    expect(missed).toEqual([]);
    const last = await leading(page, 'suicidal');
    expect(last.second).toBe('wellbeing-crisis-suicidal');
    expect(await page.locator('.urgent-card').getByRole('link', { name: '116 123' }).getAttribute('href')).toBe('tel:116123');
  }, 240_000);

  it('passes axe with the urgent card on screen', async () => {
    await leading(panel.page, 'chest pain');
    expect(await seriousViolations(panel.page)).toEqual([]);
  }, 60_000);

  it("names the borough's children's services front door second, for a child at risk, with Southwark chosen", async () => {
    const page = panel.page;
    const mash = loadRepoContent().services.find((s) => s.id === 'southwark-childrens-mash')!;
    await page.getByLabel('Borough').selectOption('southwark');
    await leading(page, 'child protection');
    const steps = page.locator('.urgent-card .urgent-card__step');
    await expect.poll(() => steps.nth(1).textContent()).toContain(mash.name);
    expect(await steps.nth(0).getByRole('link').first().getAttribute('href')).toBe('tel:999');
    expect(await steps.nth(1).getByRole('link', { name: mash.phone! }).getAttribute('href')).toBe(`tel:${mash.phone!.replace(/\s/g, '')}`);
    await page.getByLabel('Borough').selectOption('');
    await leading(page, 'child protection');
    await expect.poll(() => steps.nth(1).textContent()).not.toContain(mash.name);
  }, 60_000);

  it('is not there for everyday wording (so the check above can fail)', async () => {
    const page = panel.page;
    const sample = everyday.filter((_, i) => i % 10 === 0);
    const raised: string[] = [];
    for (const query of sample) if ((await leading(page, query)).first === 'urgent-card') raised.push(query);
    expect(sample.length).toBeGreaterThanOrEqual(40);
    expect(raised).toEqual([]);
  }, 120_000);
});

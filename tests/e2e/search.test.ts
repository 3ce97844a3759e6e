/**
 * Search as staff meet it, in a real Chromium with the built extension (issue 10): a
 * service typed by name comes first as the best match, far weaker results are folded
 * under "Other results" and out of the arrow keys' way until opened, a borough in the
 * query filters services to it, and nothing found says what was searched. Expectations
 * come from the repo's content files, so editing content never breaks these for the
 * wrong reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { seriousViolations } from './support/axe';
import { loadRepoContent } from './support/repo-content';

const content = loadRepoContent();
const searchbox = (page: Page) => page.getByRole('searchbox', { name: /Search/ });
const shownIds = (page: Page) =>
  page.locator('main article[data-result]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('search', () => {
  it('shows a service typed by name first, as the best match above the messages', async () => {
    const page = await browser.openSidebar();
    const service =
      content.services.find((s) => s.area === 'london' && s.name === 'Good Thinking') ?? content.services.find((s) => s.area === 'london')!;
    await searchbox(page).fill(service.name);
    await page.getByRole('heading', { name: 'Best match', level: 2 }).waitFor();
    expect((await shownIds(page))[0]).toBe(service.id);
    await page.close();
  });

  it('folds far weaker results under "Other results", out of the arrow keys’ way until opened', async () => {
    const page = await browser.openSidebar();
    // A service's name and a word that matches other things only in part.
    await searchbox(page).fill('nhs 111');
    const summary = page.locator('summary', { hasText: 'Other results' });
    await summary.waitFor();
    const folded = page.locator('details.other-results article');
    expect(await folded.count()).toBeGreaterThan(0);
    expect(await folded.first().isVisible()).toBe(false);

    // Arrow keys go from the last shown result to the summary, not into the folded ones.
    const visibleCount = (await shownIds(page)).length - (await folded.count());
    await searchbox(page).focus();
    for (let i = 0; i <= visibleCount; i++) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await folded.first().waitFor({ state: 'visible' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('filters services to a borough named in the query', async () => {
    const local = content.services.find((s) => Array.isArray(s.area) && s.area.length === 1 && s.topics[0] === 'housing')!;
    const area = content.areas.find((a) => a.id === (local.area as string[])[0])!;
    const page = await browser.openSidebar();
    await searchbox(page).fill(`${area.name} housing`);
    await page.getByText(`Services for ${area.name}, named in your search`).waitFor();
    const services = await page
      .locator('main article[data-result="service"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    for (const id of services) {
      const s = content.services.find((x) => x.id === id)!;
      expect(!Array.isArray(s.area) || s.area.includes(area.id), `${id} is for ${area.name}`).toBe(true);
    }
    await page.close();
  });

  it('says what was searched when nothing is found, and offers every topic', async () => {
    const page = await browser.openSidebar();
    await searchbox(page).fill('qqqqzzzz');
    await page.getByText('Nothing found for “qqqqzzzz”').waitFor();
    expect(await page.locator('button[data-topic]').count()).toBe(content.topics.length);
    await page.close();
  });
});

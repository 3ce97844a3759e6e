/**
 * Local signposting as a receptionist meets it, in a real Chromium: the borough's own
 * services beside a topic and a message, a plain "none listed yet" with the national
 * route where the borough has none, the 2026 topics, and staff resources kept apart.
 * Every expectation is derived from the repo's content, so content edits don't break it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { seriousViolations } from './support/axe';
import { loadRepoContent } from './support/repo-content';
import { coverageOf, routesFor, SIGNPOSTING_NEEDS } from '../../utils/content/local-coverage';

const content = loadRepoContent();
const coverage = coverageOf(content);
/** A borough and need with a local service, and one with none (the fallback cell). */
const localCell = coverage.flatMap((r) =>
  SIGNPOSTING_NEEDS.filter((n) => r.cells[n].kind === 'local').map((n) => ({ area: r.area, need: n })),
)[0]!;
const fallbackCell = coverage.flatMap((r) =>
  SIGNPOSTING_NEEDS.filter((n) => r.cells[n].kind === 'fallback').map((n) => ({ area: r.area, need: n })),
)[0]!;
const topicTitle = (id: string) => content.topics.find((t) => t.id === id)!.title;
/** A local service with no public web page (phone or email only), and a borough and need it serves. */
const linkless = content.services.find(
  (s): s is typeof s & { area: string[] } =>
    Array.isArray(s.area) && !s.url && s.topics.some((t) => (SIGNPOSTING_NEEDS as readonly string[]).includes(t)),
);

let browser: ExtensionBrowser;
let page: Page;
beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.openSidebar();
});
afterAll(async () => {
  await browser?.close();
});

async function openTopic(borough: string, topic: string) {
  await page.getByRole('searchbox', { name: /Search/ }).fill('');
  const allTopics = page.getByRole('button', { name: 'All topics' });
  if (await allTopics.isVisible()) await allTopics.click();
  await page.getByLabel('Borough').selectOption(borough);
  await page.locator(`button[data-topic="${topic}"]`).click();
}

describe('local signposting', () => {
  it('says plainly when a borough has no local service for a need, and shows the national route', async () => {
    expect(fallbackCell, 'the content has a fallback cell to test').toBeDefined();
    await openTopic(fallbackCell.area.id, fallbackCell.need);
    const notice = page.getByTestId('no-local-service');
    await expect
      .poll(() => notice.textContent())
      .toContain(`No local ${topicTitle(fallbackCell.need).toLowerCase()} service is listed for ${fallbackCell.area.name} yet`);
    // The route is on screen, either in the notice's list or in the topic's results.
    const route = routesFor(content, fallbackCell.need, fallbackCell.area.id).fallback[0]!;
    await page.locator(`article[data-id="${route.id}"]`).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a service with no public web page with its phone or email, no link to copy, and when it was confirmed', async () => {
    expect(linkless, 'the content has a local service without a link').toBeDefined();
    const need = linkless!.topics.find((t) => (SIGNPOSTING_NEEDS as readonly string[]).includes(t))!;
    await openTopic(linkless!.area[0]!, need);
    const card = page.locator(`article[data-id="${linkless!.id}"]`).first();
    await card.waitFor();
    await expect.poll(() => card.locator('.card__no-link').textContent()).toContain('No public web page');
    expect(await card.getByRole('button', { name: /^Copy link/ }).count()).toBe(0);
    expect(await card.locator('a[href^="tel:"], a[href^="mailto:"]').count()).toBeGreaterThan(0);
    expect(await card.locator('.card__confirmed').textContent()).toMatch(/^Confirmed [A-Z][a-z]{2} \d{4}$/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows a borough's own service for a need beside the topic, and never the notice", async () => {
    await openTopic(localCell.area.id, localCell.need);
    const local = routesFor(content, localCell.need, localCell.area.id).local[0]!;
    await page.locator(`article[data-id="${local.id}"]`).first().waitFor();
    expect(await page.getByTestId('no-local-service').count()).toBe(0);
  });

  it('puts the local service inside a message of that topic, under "In <borough>"', async () => {
    await openTopic(localCell.area.id, localCell.need);
    await page.locator('article[data-result="message"] h3 button').first().click();
    try {
      // Every local service of the topic shows in the message, unless the message itself lists it.
      const local = routesFor(content, localCell.need, localCell.area.id).local;
      await page.locator('.message-view').waitFor();
      await expect
        .poll(() =>
          page.locator('.message-view article[data-result="service"]').evaluateAll((a) => a.map((e) => (e as HTMLElement).dataset.id)),
        )
        .toEqual(expect.arrayContaining(local.map((s) => s.id)));
      expect((await page.getByRole('heading', { name: `In ${localCell.area.name}` }).count()) + 0).toBeLessThanOrEqual(1);
    } finally {
      await page.keyboard.press('Escape');
    }
  });

  it('finds the 2026 topics by what staff type', async () => {
    const allTopics = page.getByRole('button', { name: 'All topics' });
    if (await allTopics.isVisible()) await allTopics.click();
    for (const [query, topic] of [
      ['domestic abuse', 'domestic-abuse'],
      ['food bank', 'food-insecurity'],
      ['betting', 'gambling'],
      ['blood pressure', 'blood-pressure'],
      ['carer', 'carers'],
      ['lump', 'cancer-signs'],
    ] as const) {
      await page.getByRole('searchbox', { name: /Search/ }).fill(query);
      const first = page.locator('article[data-result="message"]').first();
      await first.waitFor({ timeout: 5_000 });
      const id = await first.getAttribute('data-id');
      expect(content.messages.find((m) => m.id === id)?.topic, query).toBe(topic);
    }
  });

  it('keeps staff resources in their own "For staff" section, not among services', async () => {
    const resource = content.resources[0]!;
    await openTopic(localCell.area.id, resource.topics[0]!);
    const section = page.locator('section.staff-resources');
    await section.getByRole('heading', { name: 'For staff' }).waitFor();
    expect(await section.getByRole('link', { name: new RegExp(resource.title.replace(/[()]/g, '.')) }).count()).toBe(1);
    expect(await page.locator(`article[data-id="${resource.id}"]`).count()).toBe(0);
  });
});

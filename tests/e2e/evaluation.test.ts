/**
 * The evaluation page in a real Chromium with the built extension: records seeded
 * straight into the extension's IndexedDB, totals and the table read back, the
 * contacts CSV downloaded and parsed, accessibility checked, and "clear all".
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, unpackedExtensionId, type ExtensionBrowser } from './support/chromium';
import { canWritePolicy, removePolicyFile, writeExtensionPolicy } from './support/policy';
import { seriousViolations } from './support/axe';
import { loadRepoContent } from './support/repo-content';
import type { ContactRecord } from '../../utils/contacts/contact-record';
import { addDays, weekStart } from '../../utils/contacts/week';
import { localDate } from '../../utils/contacts/new-contact';
import { saveUserSettings } from './support/user-settings';

const content = loadRepoContent();
const topic = (id: string) => content.topics.find((t) => t.id === id)!;
const service = content.services[0]!;
const today = localDate();
const earlier = addDays(today, -21);

const RECORDS: ContactRecord[] = [
  { id: 'e2e-1', date: today, topics: ['smoking'], services: [service.id], via: 'popup', contentVersion: 'built-in' },
  {
    id: 'e2e-2',
    date: today,
    hour: 9,
    topics: ['alcohol', 'smoking'],
    services: [],
    outcome: 'information',
    via: 'shortcut',
    contentVersion: 'built-in',
  },
  { id: 'e2e-3', date: earlier, topics: ['smoking'], services: [], via: 'sidebar', contentVersion: 'feed:3' },
];

let browser: ExtensionBrowser;
let page: Page;
const url = () => `chrome-extension://${browser.extensionId}/evaluation.html`;
const total = (id: string) => page.locator(`[data-total="${id}"] .totals__number`).textContent();

/** The organisation's code and name are IT-only settings (review M1): a real policy file, removed afterwards. */
const POLICY_FILE = 'mecc-sidebar-evaluation-test.json';

beforeAll(async () => {
  if (canWritePolicy) {
    writeExtensionPolicy(POLICY_FILE, unpackedExtensionId(CHROME_BUILD), {
      organisationCode: 'RV301',
      organisationName: 'Riverside Community Health, London',
    });
  }
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(url());
  // The page's own code has now created the schema; add records beside it, as logging would.
  await page.getByRole('heading', { name: 'No contacts logged yet' }).waitFor();
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('mecc-sidebar');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('contacts', 'readwrite');
    for (const r of records) tx.objectStore('contacts').put(r);
    await new Promise((done, fail) => ((tx.oncomplete = done), (tx.onerror = () => fail(tx.error))));
    db.close();
  }, RECORDS);
  // Organisation (policy) and team (the user's own setting) are added at export time.
  await saveUserSettings(page, { team: '=Outreach' });
  await page.reload();
  await page.getByRole('heading', { name: 'Totals' }).waitFor();
});
afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    removePolicyFile(POLICY_FILE);
  }
});

describe('evaluation page', () => {
  it('is titled and shows this week, this month and all totals', async () => {
    expect(await page.title()).toBe('MECC Sidebar — evaluation');
    expect(await total('week')).toBe('2');
    expect(await total('month')).toBe(earlier.slice(0, 7) === today.slice(0, 7) ? '3' : '2');
    expect(await total('all')).toBe('3');
    expect(await page.locator('.organisation').textContent()).toContain('Riverside Community Health, London (RV301)');
  });

  it('shows the chart with a text summary and the same figures in a table', async () => {
    // The page's own chart (the board report has a table of published weekly totals instead).
    const section = page.locator('section[aria-labelledby="chart-heading"]');
    expect(await section.getByRole('img').getAttribute('aria-label')).toMatch(/3 contacts in all/);
    await section.getByText('Show the data as a table').click();
    const table = section.getByRole('table', { name: /Contacts per week by topic/ });
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Week beginning', 'Contacts', 'Signposted', topic('smoking').title, topic('alcohol').title]);
    const row = (date: string) => table.locator(`tr[data-week="${weekStart(date)}"] > *`).allTextContents();
    expect((await row(today)).slice(1)).toEqual(['2', '1', '2', '1']);
    expect((await row(earlier)).slice(1)).toEqual(['1', '0', '1', '0']);
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect(await page.locator('section[aria-labelledby="services-heading"] .top-services__item').first().textContent()).toContain(
      service.name,
    );
  });

  it('downloads the contacts as CSV with organisation columns and neutralised formulas', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download contacts (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`mecc-contacts-${today}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    const org = `RV301,"Riverside Community Health, London",'=Outreach`;
    // listContacts() gives oldest first.
    expect(lines).toEqual([
      'id,date,hour,topics,services,level,outcome,said_will_contact,handover,logged_via,content_version,organisation_code,organisation_name,team',
      `e2e-3,${earlier},,smoking,,,,,,sidebar,feed:3,${org}`,
      ...[
        `e2e-1,${today},,smoking,${service.id},,,,,popup,built-in,${org}`,
        `e2e-2,${today},9,"alcohol;smoking",,,information,,,shortcut,built-in,${org}`,
      ].sort(),
    ]);
  });

  it('downloads the weekly summary', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download weekly summary (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`mecc-weekly-summary-${today}.csv`);
    const lines = readFileSync((await download.path())!, 'utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      `week_start,contacts,signposted,${content.topics.map((t) => t.id).join(',')},organisation_code,organisation_name,team`,
    );
    expect(lines).toHaveLength(1 + 4);
    expect(lines[1]!.startsWith(`${weekStart(earlier)},1,0,`)).toBe(true);
    expect(lines[4]!.startsWith(`${weekStart(today)},2,1,`)).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical accessibility violations (${scheme} mode)`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Clear all contacts' }).click();
      await page.getByRole('button', { name: 'Yes, delete all 3 contacts' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  it('clears all contacts only after confirming, and they stay cleared', async () => {
    await page.getByRole('button', { name: 'Clear all contacts' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('clear-all-question');
    await page.getByRole('button', { name: 'Yes, delete all 3 contacts' }).click();
    await page.getByRole('status').getByText('All 3 contacts were deleted from this browser.').waitFor();
    await page.getByRole('heading', { name: 'No contacts logged yet' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'No contacts logged yet' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

/**
 * Evaluation evidence in a real Chromium (issue 12, "Done when"): refinements after a
 * log are stored (popup and sidebar); the quarterly and publishable CSVs are right for
 * a seeded log; the board report prints to PDF (page.pdf()) and its text is what the
 * page says; two exports from two browser profiles combine with each contact once.
 * Organisation and team come from a real policy file, always removed afterwards.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { CHROME_BUILD, launchWithExtension, unpackedExtensionId, type ExtensionBrowser } from './support/chromium';
import { canWritePolicy, POLICY_SKIP_REASON, removePolicyFile, writeExtensionPolicy } from './support/policy';
import { putValues, readStore } from './support/extension-db';
import { seriousViolations } from './support/axe';
import type { ContactRecord } from '../../utils/contacts/contact-record';
import { localDate } from '../../utils/contacts/new-contact';
import { periodOf } from '../../utils/evaluation/period';
import { addDays } from '../../utils/contacts/week';

const POLICY_FILE = 'mecc-sidebar-evaluation-evidence-test.json';
const today = localDate();
// The quarter before this one: a whole quarter in the past, whatever day the test runs.
const past = periodOf(addDays(periodOf(today, 'quarter').start, -1), 'quarter');
const current = periodOf(today, 'quarter');

let browser: ExtensionBrowser | undefined;
const extensionPage = async (b: ExtensionBrowser, path: string, ready: RegExp | string) => {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/${path}`);
  await page.getByRole('heading', { name: ready }).first().waitFor();
  return page;
};
async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe.skipIf(!canWritePolicy)(`evaluation evidence in Chromium${canWritePolicy ? '' : ` (skipped: ${POLICY_SKIP_REASON})`}`, () => {
  beforeAll(() => {
    writeExtensionPolicy(POLICY_FILE, unpackedExtensionId(CHROME_BUILD), {
      organisationCode: 'RV301',
      organisationName: 'Riverside Community Health',
      team: 'Outreach',
    });
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterAll(() => removePolicyFile(POLICY_FILE));

  it('stores the refinements tapped after a log, in the popup and the sidebar', async () => {
    browser = await launchWithExtension();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('button', { name: /^Log contact$/ }).click();
    await popup.getByText('Contact logged. Today: 1.').waitFor();
    // Logged at once, as very brief; then one tap each.
    expect((await readStore<ContactRecord>(popup, 'contacts'))[0]).toMatchObject({ level: 'very-brief', via: 'popup' });
    await popup.getByRole('button', { name: 'Brief', exact: true }).click();
    await popup.getByText('Saved: brief conversation.').waitFor();
    await popup.getByRole('button', { name: 'Referral accepted' }).click();
    await popup.getByText('Saved: referral accepted.').waitFor();
    await popup.getByRole('button', { name: 'Said they would contact the service' }).click();
    await popup.getByText('Saved: said they would contact the service.').waitFor();
    expect(await popup.getByRole('button', { name: 'Brief', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(popup)).toEqual([]);
    const [fromPopup] = await readStore<ContactRecord>(popup, 'contacts');
    expect(fromPopup).toMatchObject({ level: 'brief', outcome: 'referral-accepted', intention: true, via: 'popup' });

    const sidebar = await browser.openSidebar();
    await sidebar.getByRole('searchbox', { name: /Search/ }).fill('fags');
    await sidebar.locator('article[data-result="message"] h3 button').first().click();
    await sidebar.getByRole('button', { name: 'Log this conversation' }).click();
    await sidebar
      .locator('.log-bar')
      .getByText(/Logged: this conversation/)
      .waitFor();
    await sidebar.locator('.log-bar').getByRole('button', { name: 'Extended' }).click();
    await sidebar.locator('.log-bar').getByRole('button', { name: 'Referral offered' }).click();
    await sidebar.locator('.log-bar').getByText('Saved: referral offered.').waitFor();
    expect(await seriousViolations(sidebar)).toEqual([]);
    const stored = await readStore<ContactRecord>(sidebar, 'contacts');
    expect(stored.find((r) => r.via === 'sidebar')).toMatchObject({ level: 'extended', outcome: 'referral-offered', topics: ['smoking'] });
    expect(stored.find((r) => r.via === 'sidebar')!.intention).toBeUndefined();
  });

  describe('with a seeded log', () => {
    const seeded: ContactRecord[] = [];
    const add = (count: number, date: string, extra: Partial<ContactRecord>) => {
      for (let i = 0; i < count; i += 1) {
        seeded.push({
          id: `seed-${seeded.length + 1}`,
          date,
          topics: [],
          services: [],
          level: 'very-brief',
          via: 'popup',
          contentVersion: 'built-in',
          ...extra,
        });
      }
    };
    add(9, addDays(past.start, 3), { topics: ['smoking'], outcome: 'information' });
    add(3, addDays(past.start, 20), { topics: ['smoking'], level: 'brief', outcome: 'referral-accepted' });
    add(12, addDays(past.start, 40), { topics: ['alcohol'], services: ['drinkline'], outcome: 'signposted', contentVersion: 'feed:7' });
    add(1, addDays(past.start, 41), { topics: ['physical-activity'], level: 'extended', outcome: 'referral-offered', intention: true });
    add(2, addDays(past.start, 60), {});
    add(2, today, { topics: ['smoking'] });
    let page: Page;
    let seededBrowser: ExtensionBrowser | undefined;

    beforeAll(async () => {
      seededBrowser = await launchWithExtension();
      page = await extensionPage(seededBrowser, 'evaluation.html', 'No contacts logged yet');
      await putValues(page, { contacts: seeded });
      await page.reload();
      await page.getByRole('heading', { name: 'Totals' }).waitFor();
    });
    afterAll(async () => {
      await seededBrowser?.close();
    });

    it('downloads the quarterly summary and its publishable variant, correct for the log', async () => {
      const org = 'RV301,Riverside Community Health,Outreach';
      const quarterly = await downloadText(page, 'Download summary by quarter (CSV)');
      expect(quarterly.name).toBe(`mecc-summary-by-quarter-${today}.csv`);
      const q = (p: typeof past) => `${p.label},${p.start},${p.end}`;
      expect(lines(quarterly.text)).toEqual([
        'period,period_start,period_end,topic,level,outcome,contacts,organisation_code,organisation_name,team',
        `${q(past)},(all),(all),(all),27,${org}`,
        `${q(past)},smoking,very-brief,information,9,${org}`,
        `${q(past)},smoking,brief,referral-accepted,3,${org}`,
        `${q(past)},alcohol,very-brief,signposted,12,${org}`,
        `${q(past)},physical-activity,extended,referral-offered,1,${org}`,
        `${q(past)},(none),very-brief,not-recorded,2,${org}`,
        `${q(current)},(all),(all),(all),2,${org}`,
        `${q(current)},smoking,very-brief,not-recorded,2,${org}`,
      ]);
      const publishable = await downloadText(page, 'Download publishable summary by quarter (CSV)');
      expect(publishable.name).toBe(`mecc-summary-by-quarter-publishable-${today}.csv`);
      expect(lines(publishable.text).map((l) => l.split(',')[6])).toEqual(['contacts', '25', '10', '*', '10', '*', '*', '*', '*']);
      const dictionary = await downloadText(page, 'Download the data dictionary (CSV)');
      expect(dictionary.name).toBe('mecc-data-dictionary.csv');
      expect(dictionary.text).toContain('numerators only');
    });

    it('prints the board report for a quarter to PDF, on one page, with the figures the page shows', async () => {
      await page.getByLabel('Period', { exact: true }).nth(1).selectOption(`quarter:${past.start}`);
      await page.locator('.board-report').getByText(`${past.label}:`).waitFor();
      const pdfText = async () => {
        const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })));
        const { totalPages, text } = await extractText(pdf, { mergePages: true });
        return { totalPages, text: text.replace(/\s+/g, ' ') };
      };
      const plain = await pdfText();
      expect(plain.totalPages).toBe(1);
      for (const expected of [
        'Making Every Contact Count: board report',
        `${past.label}`,
        'Organisation: Riverside Community Health (RV301)',
        'Team: Outreach',
        'Content version in use: built-in',
        // Published figures (T3-BOARD-SMALL): 27 → 25, 12 → 10, 4 and 3 → *, rates from those.
        'Conversations logged 25',
        'Signposted 10 (40%)',
        'Referral offered * (–)',
        'Referral accepted * (–)',
        'Topics by level',
        'Most signposted services',
      ]) {
        expect(plain.text, expected).toContain(expected);
      }
      // The rest of the page is not printed, and the model is off by default.
      expect(plain.text).not.toContain('Combine exports from other browsers');
      expect(plain.text).not.toContain('Clear all contacts');
      expect(plain.text).not.toContain('Modelled impact');

      await page.getByLabel(/Include "modelled impact"/).check();
      const modelled = await pdfText();
      expect(modelled.text).toContain('Modelled impact: a model, not a measurement');
      expect(modelled.text).toMatch(/Smoking and vaping \(10 conversations\): 0\.1 to 0\.3 people/);
      expect(modelled.text).toMatch(/Alcohol \(10 conversations\): £27 to £270/);
      expect(modelled.text).toContain('Assumption:');
      expect(modelled.text).toContain('Source:');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it('combines the exports of two browser profiles, each contact once', async () => {
    const logIn = async (b: ExtensionBrowser, topics: string[]) => {
      const popup = await b.context.newPage();
      await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
      for (const [i, t] of topics.entries()) {
        await popup.getByRole('button', { name: `Log contact: ${t}` }).click();
        await popup.getByText(new RegExp(`Today: ${i + 1}\\.`)).waitFor();
      }
      const evaluation = await extensionPage(b, 'evaluation.html', 'Totals');
      return downloadText(evaluation, 'Download contacts (CSV)');
    };
    browser = await launchWithExtension();
    const fromA = await logIn(browser, ['Alcohol', 'Smoking and vaping']);
    await browser.close();
    browser = await launchWithExtension();
    const fromB = await logIn(browser, ['Alcohol', 'Alcohol', 'Money and debt worries']);
    const dir = join(tmpdir(), `mecc-combine-${process.pid}`);
    const fileA = `${dir}-a.csv`;
    const fileB = `${dir}-b.csv`;
    const notOurs = `${dir}-patients.csv`;
    writeFileSync(fileA, fromA.text);
    writeFileSync(fileB, fromB.text);
    writeFileSync(notOurs, 'name,nhs_number\r\nZebedee Quarrington,9434765919\r\n');

    const page = await extensionPage(browser, 'evaluation.html', 'Totals');
    expect(await page.locator('[data-total="all"] .totals__number').textContent()).toBe('3');
    // Profile B's own export too: its three contacts must not count twice.
    await page.getByLabel('Choose contacts CSV files').setInputFiles([fileA, fileB, notOurs]);
    await page.getByTestId('combined-summary').waitFor();
    expect(await page.locator('[data-total="all"] .totals__number').textContent()).toBe('5');
    expect(await page.getByTestId('combined-summary').textContent()).toMatch(
      /3 from this browser and 2 more from .*\(3 duplicates counted once\)/,
    );
    expect(await page.locator('.evaluation__import-status').textContent()).toMatch(/patients\.csv is not a MECC Sidebar contacts export/);
    const combined = await downloadText(page, 'Download contacts (CSV)');
    const ids = lines(combined.text)
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(new Set(ids).size).toBe(5);
    expect(ids).toHaveLength(5);
    // Read, never stored: the log itself is still profile B's three.
    expect(await readStore(page, 'contacts')).toHaveLength(3);
    expect(combined.text).not.toContain('Zebedee');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

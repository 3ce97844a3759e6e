/**
 * Issue 20's "Done when", in a real Chromium: `npm run receiver` on a fresh folder (PGlite, no
 * database server), the extension pointed at it by a managed-policy file, uploads; the
 * evaluation lead signs in to the receiver's dashboard and sees those records, rounded for
 * publication; a viewer limited to another organisation cannot open them. axe-core checks each
 * page, and a screenshot is kept in test-results/ for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, unpackedExtensionId, type ExtensionBrowser } from './support/chromium';
import { canWritePolicy, POLICY_SKIP_REASON, removePolicyFile, writeExtensionPolicy } from './support/policy';
import { fireAlarm, putValues, readStore } from './support/extension-db';
import { seriousViolations } from './support/axe';
import { extensionUrl } from './support/browser-ui';
import { localDate } from '../../utils/contacts/new-contact';
import type { ContactRecord } from '../../utils/contacts/contact-record';
import { sha256 } from '../../receiver/access';
import { startReceiver, type ReceiverProcess } from '../../receiver/receiver-process';

const POLICY_FILE = 'mecc-sidebar-receiver-dashboard-test.json';
const LEAD_TOKEN = 'london-lead-test-token';
const OTHER_TOKEN = 'other-trust-test-token';

describe.skipIf(!canWritePolicy)(
  `the receiver and its dashboard in Chromium${canWritePolicy ? '' : ` (skipped: ${POLICY_SKIP_REASON})`}`,
  () => {
    let dir: string;
    let receiver: ReceiverProcess;
    let browser: ExtensionBrowser | undefined;
    let popup: Page;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'mecc-receiver-e2e-'));
      writeFileSync(
        join(dir, 'receiver.config.json'),
        JSON.stringify({
          viewers: [
            { name: 'London MECC evaluation lead', tokenSha256: sha256(LEAD_TOKEN), organisations: '*' },
            { name: 'Other Trust evaluation lead', tokenSha256: sha256(OTHER_TOKEN), organisations: ['OTH'] },
          ],
          organisations: { RV3: { borough: 'camden' } },
        }),
      );
      receiver = await startReceiver({
        RECEIVER_DATA: join(dir, 'data'),
        RECEIVER_CONFIG: join(dir, 'receiver.config.json'),
        DATABASE_URL: '',
      });
      writeExtensionPolicy(POLICY_FILE, unpackedExtensionId(CHROME_BUILD), {
        uploadEndpoint: `${receiver.base}/mecc/upload`,
        // Send at the next timer run, not at this browser's random time in the night (spread uploads).
        uploadWindowHours: 0,
        organisationCode: 'RV3',
        organisationName: 'Riverside Community Health',
      });
      browser = await launchWithExtension();
      // Any extension page reaches the extension's database and alarms; the popup also shows the policy is read.
      popup = await browser.context.newPage();
      await popup.goto(extensionUrl(browser, 'popup.html'));
      await popup.getByRole('button', { name: /^Log contact$/ }).waitFor();
    });
    afterAll(async () => {
      const closed = await Promise.allSettled([browser?.close(), receiver?.stop()]);
      removePolicyFile(POLICY_FILE);
      rmSync(dir, { recursive: true, force: true });
      for (const c of closed) if (c.status === 'rejected') throw c.reason;
    });

    it('the extension uploads to the receiver, and the dashboard shows the records, rounded for publication', async () => {
      // Yesterday's contacts, as if logged then (the extension sends a day once it is over).
      const yesterday = localDate(new Date(Date.now() - 86_400_000));
      const records: ContactRecord[] = Array.from({ length: 23 }, (_, i) => ({
        id: `e2e-${i}`,
        date: yesterday,
        topics: i < 12 ? ['smoking'] : ['alcohol'],
        services: i < 3 ? ['nhs-quit-smoking'] : [],
        level: 'very-brief',
        outcome: i < 3 ? 'signposted' : 'information',
        via: 'popup',
        contentVersion: 'built-in',
      }));
      await putValues(popup, { contacts: records, outbox: records.map((r) => ({ id: r.id, batchId: null })) });
      await fireAlarm(popup, 'outbox-flush');
      // Emptied only on the receiver's documented acknowledgement.
      await expect.poll(async () => (await readStore(popup, 'outbox')).length, { timeout: 30_000 }).toBe(0);
      expect(await readStore(popup, 'outbox-batches')).toEqual([]);

      const page = await browser!.context.newPage();
      await page.setViewportSize({ width: 1100, height: 1400 });
      await page.goto(`${receiver.base}/dashboard`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('Dashboard token').fill('not-a-token');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').getByText('That token is not known here').waitFor();
      await page.getByLabel('Dashboard token').fill(LEAD_TOKEN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Signed in as London MECC evaluation lead.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Camden' }).waitFor();
      await page.getByRole('link', { name: 'London: every organisation' }).click();

      await page.getByRole('heading', { name: 'London', level: 1 }).waitFor();
      const quarters = page.getByRole('table', { name: 'Contacts and signposted contacts by quarter' });
      // 23 contacts → 25; 3 signposted → "*".
      await expect
        .poll(() =>
          quarters
            .getByRole('row', { name: /^Contacts/ })
            .locator('td')
            .last()
            .textContent(),
        )
        .toBe('25');
      expect(
        await quarters
          .getByRole('row', { name: /^Signposted/ })
          .locator('td')
          .last()
          .textContent(),
      ).toBe('*');
      const topics = page.getByRole('table', { name: /Contacts by topic/ });
      expect(
        await topics
          .getByRole('row', { name: /Smoking and vaping/ })
          .locator('td')
          .last()
          .textContent(),
      ).toBe('10');
      expect(
        await topics
          .getByRole('row', { name: /^Alcohol/ })
          .locator('td')
          .last()
          .textContent(),
      ).toBe('10');
      const outcomes = page.getByRole('table', { name: /Contacts by outcome/ });
      expect(
        await outcomes
          .getByRole('row', { name: /^Information/ })
          .locator('td')
          .last()
          .textContent(),
      ).toBe('20');
      const services = page.getByRole('table', { name: /named each service/ });
      expect(await services.getByRole('row').nth(1).locator('td').last().textContent()).toBe('*');
      expect(await seriousViolations(page)).toEqual([]);
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/receiver-dashboard-london.png', fullPage: true });

      // The organisation's publishable summary, as a download.
      await page.goto(`${receiver.base}/dashboard/organisation/RV3`);
      await page.getByRole('heading', { name: 'Riverside Community Health (RV3)' }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Summary by quarter, topic, level and outcome' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^mecc-summary-by-quarter-publishable-organisation-RV3-\d{4}-\d{2}-\d{2}\.csv$/);
    });

    it('a viewer limited to another organisation cannot see this one', async () => {
      const page = await browser!.context.newPage();
      await page.goto(`${receiver.base}/dashboard`);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('Dashboard token').fill(OTHER_TOKEN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Signed in as Other Trust evaluation lead.').waitFor();
      expect(await page.getByRole('link', { name: /Riverside|London|Camden/ }).count()).toBe(0);
      const res = await page.goto(`${receiver.base}/dashboard/organisation/RV3`);
      expect(res?.status()).toBe(403);
      await page.getByRole('heading', { name: 'Not open to you' }).waitFor();
      expect((await page.request.get(`${receiver.base}/dashboard/london/summary.csv`)).status()).toBe(403);
    });
  },
);

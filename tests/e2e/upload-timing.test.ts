/**
 * Upload timing in a real Chromium (security review H2, with M3 and L6): a real
 * managed-policy file sets the upload endpoint (an IT-only setting) to a receiver on
 * 127.0.0.1 that sends CORS headers on its upload path only. Logging uploads nothing;
 * the alarm sends only records whose date or hour has passed, never one that was
 * undone; a 200 that is not the documented acknowledgement keeps the batch, and the
 * retry is the same bytes under the same key. The same policy hides two of the one-tap
 * refinements (issue 12). The policy file is always removed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, unpackedExtensionId, type ExtensionBrowser } from './support/chromium';
import { canWritePolicy, POLICY_SKIP_REASON, removePolicyFile, writePolicyFile } from './support/policy';
import { fireAlarm, putValues, readStore } from './support/extension-db';
import { localDate } from '../../utils/contacts/new-contact';
import type { ContactRecord } from '../../utils/contacts/contact-record';

const POLICY_FILE = 'mecc-sidebar-upload-timing-test.json';
const UPLOAD_PATH = '/mecc/upload';

interface Received {
  key: string;
  text: string;
  ids: string[];
}

describe.skipIf(!canWritePolicy)(`upload timing in Chromium${canWritePolicy ? '' : ` (skipped: ${POLICY_SKIP_REASON})`}`, () => {
  let receiver: Server;
  let browser: ExtensionBrowser | undefined;
  let popup: Page;
  const received: Received[] = [];
  const otherPaths: string[] = [];
  // First answer: a 200 page that is not the acknowledgement (a captive portal, say).
  let portalFirst = true;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (req.url !== UPLOAD_PATH) {
          otherPaths.push(`${req.method} ${req.url}`);
          return res.writeHead(404).end();
        }
        // CORS on the upload path only, as the reference receiver (receiver/upload.ts) does.
        const cors = { 'access-control-allow-origin': '*' };
        if (req.method === 'OPTIONS') {
          return res
            .writeHead(204, {
              ...cors,
              'access-control-allow-methods': 'POST',
              'access-control-allow-headers': 'content-type, idempotency-key',
            })
            .end();
        }
        const batch = JSON.parse(body);
        received.push({ key: String(req.headers['idempotency-key']), text: body, ids: batch.records.map((r: ContactRecord) => r.id) });
        if (portalFirst) {
          portalFirst = false;
          return res.writeHead(200, { ...cors, 'content-type': 'text/html' }).end('<!doctype html><title>Sign in to the Wi-Fi</title>');
        }
        res
          .writeHead(200, { ...cors, 'content-type': 'application/json' })
          .end(JSON.stringify({ batchId: batch.batchId, stored: batch.records.length }));
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}${UPLOAD_PATH}`;
    writePolicyFile(POLICY_FILE, {
      '3rdparty': {
        extensions: {
          [unpackedExtensionId(CHROME_BUILD)]: {
            uploadEndpoint: endpoint,
            // Send at the first timer run after the hour, not at a random time later (spread uploads).
            uploadWindowHours: 0,
            organisationCode: 'RV3',
            dateGranularity: 'hour',
            hiddenRefinements: ['intention', 'extended'],
          },
        },
      },
    });
    browser = await launchWithExtension();
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('button', { name: /^Log contact$/ }).waitFor();
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      removePolicyFile(POLICY_FILE);
      receiver?.close();
    }
  });

  it('H2: a log uploads nothing; the alarm sends only past dates and hours, never an undone contact; M3/L6: a non-acknowledgement keeps the batch and the retry is the same bytes', async () => {
    // Logged now: one kept, one undone at once.
    await popup.getByRole('button', { name: /^Log contact$/ }).click();
    await popup.getByRole('status').getByText('Contact logged. Today: 1.').waitFor();
    // The same policy hides two refinements (issue 12): the rest are offered.
    await popup.getByRole('button', { name: 'Brief', exact: true }).waitFor();
    expect(await popup.getByRole('button', { name: 'Extended' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Said they would contact the service' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Referral accepted' }).count()).toBe(1);
    await popup.getByRole('button', { name: /^Log contact$/ }).click();
    await popup.getByRole('status').getByText('Contact logged. Today: 2.').waitFor();
    await popup.getByRole('button', { name: /^Undo/ }).click();
    await popup.getByRole('status').getByText('Undone. Today: 1.').waitFor();
    const [kept] = await readStore<ContactRecord>(popup, 'contacts');
    // Policy asked for hours, so the record has one (and the policy is in force).
    expect(kept!.hour).toBe(new Date().getHours());
    expect(await readStore(popup, 'outbox')).toHaveLength(1);
    await new Promise((done) => setTimeout(done, 3000));
    expect(received).toEqual([]);

    // Records from earlier, as if logged then: yesterday (no hour) and two hours ago.
    const yesterday = new Date(Date.now() - 86_400_000);
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    const earlier: ContactRecord[] = [
      ...[1, 2, 3].map((i) => ({
        id: `yesterday-${i}`,
        date: localDate(yesterday),
        topics: ['smoking'],
        services: [],
        via: 'popup' as const,
        contentVersion: 'built-in',
      })),
      {
        id: 'two-hours-ago',
        date: localDate(twoHoursAgo),
        hour: twoHoursAgo.getHours(),
        topics: ['alcohol'],
        services: [],
        via: 'sidebar',
        contentVersion: 'built-in',
      },
    ];
    await putValues(popup, { contacts: earlier, outbox: earlier.map((r) => ({ id: r.id, batchId: null })) });

    await fireAlarm(popup, 'outbox-flush');
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
    expect([...received[0]!.ids].sort()).toEqual(earlier.map((r) => r.id).sort());
    // Not acknowledged: the batch waits, with its reason.
    await expect
      .poll(async () => (await readStore<{ lastError: string | null }>(popup, 'outbox-batches'))[0]?.lastError ?? null)
      .toMatch(/without the JSON acknowledgement/);

    // Bring the retry forward and fire the alarm again.
    const batches = await readStore<{ nextAttemptAt: string }>(popup, 'outbox-batches');
    await putValues(popup, { 'outbox-batches': batches.map((b) => ({ ...b, nextAttemptAt: new Date(0).toISOString() })) });
    await fireAlarm(popup, 'outbox-flush');
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
    expect(received[1]!.key).toBe(received[0]!.key);
    expect(received[1]!.text).toBe(received[0]!.text);
    // Acknowledged: only the contact logged in this (unfinished) hour still waits.
    await expect
      .poll(async () => (await readStore<{ id: string }>(popup, 'outbox')).map((e) => e.id), { timeout: 10_000 })
      .toEqual([kept!.id]);
    expect(await readStore(popup, 'outbox-batches')).toEqual([]);
    expect(received.flatMap((r) => r.ids)).not.toContain(kept!.id);
    expect(otherPaths).toEqual([]);
  });
});

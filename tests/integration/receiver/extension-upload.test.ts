// @vitest-environment node
/**
 * `npm run receiver` on a fresh folder (PGlite, no database server) takes the extension's
 * own upload: the outbox is emptied only because the receiver's acknowledgement is the
 * documented one, and the records are in its database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact } from '../../../utils/contacts/new-contact';
import { flushOutbox } from '../../../utils/contacts/outbox';
import { addContact } from '../../../utils/db/contacts-store';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { outboxCounts } from '../../../utils/db/outbox-store';
import { resolveContactSettings } from '../../../utils/settings/contact-settings';
import { openDatabase } from '../../../receiver/database';
import { startReceiver, type ReceiverProcess } from '../../../receiver/receiver-process';

let dir: string;
let receiver: ReceiverProcess;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mecc-receiver-'));
  receiver = await startReceiver({ RECEIVER_DATA: join(dir, 'data'), DATABASE_URL: '' });
});
afterAll(async () => {
  await receiver?.stop();
  rmSync(dir, { recursive: true, force: true });
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('npm run receiver, with no database server', () => {
  it('I9: the docs say uploads are unauthenticated, and give the run and policy lines', () => {
    const doc = readFileSync('docs/evaluation.md', 'utf8');
    expect(doc).toMatch(/Uploads are \*\*not\s+authenticated\*\*/);
    expect(doc).toContain('npm run receiver ');
    expect(doc).toContain('"uploadEndpoint": "http://127.0.0.1:8080/mecc/upload"');
  });

  it('says which policy line points the extension at it', () => {
    expect(receiver.output()).toContain(`"uploadEndpoint": "${receiver.base}/mecc/upload"`);
    expect(receiver.output()).toMatch(/PGlite in .*data/);
  });

  it("acknowledges the extension's upload, stores each record once, and a retry adds nothing", async () => {
    const ctx = { now: new Date(2026, 10, 20, 12), granularity: 'day' as const, contentVersion: 'built-in' };
    for (let i = 0; i < 3; i += 1) await addContact(newContact({ via: 'popup', topics: ['alcohol'] }, ctx), true);
    const settings = resolveContactSettings({
      uploadEndpoint: `${receiver.base}/mecc/upload`,
      uploadWindowHours: 0,
      organisationCode: 'RV3',
    });
    let body = '';
    let key = '';
    const recordingFetch: typeof fetch = (input, init) => {
      body = String(init?.body);
      key = String((init?.headers as Record<string, string>)['Idempotency-Key']);
      return fetch(input, init);
    };
    expect(await flushOutbox(settings, { now: () => new Date(2026, 10, 22), fetch: recordingFetch })).toMatchObject({ sent: 3, failed: 0 });
    expect(await outboxCounts()).toEqual({ records: 0, batches: 0 });

    const again = await fetch(`${receiver.base}/mecc/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body,
    });
    expect(await again.json()).toEqual({ batchId: key, stored: 3 });

    // PGlite allows one process per folder: stop the receiver, then count what it stored.
    await receiver.stop();
    const db = openDatabase({ dataDir: join(dir, 'data') });
    const [row] = await db.query<{ n: number; orgs: string[] }>(
      'SELECT count(*)::int AS n, array_agg(DISTINCT organisation_code) AS orgs FROM records',
    );
    await db.close();
    expect(row).toEqual({ n: 3, orgs: ['RV3'] });
  });
});

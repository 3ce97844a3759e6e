// @vitest-environment node
/**
 * The sample receiver in docs/evaluation.md, run as written: the extension's upload is
 * acknowledged by it, a retry is stored once, and it offers CORS on its upload path
 * only (security review I9). Keeps the documented contract and the code in step.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact } from '../../../utils/contacts/new-contact';
import { flushOutbox, UPLOAD_SCHEMA } from '../../../utils/contacts/outbox';
import { addContact } from '../../../utils/db/contacts-store';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { outboxCounts } from '../../../utils/db/outbox-store';
import { resolveContactSettings } from '../../../utils/settings/contact-settings';

function sampleReceiverSource(): string {
  const doc = readFileSync('docs/evaluation.md', 'utf8');
  const section = doc.slice(doc.indexOf('### A minimal receiver'));
  const match = /```js\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('docs/evaluation.md has no sample receiver code block');
  return match[1]!;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

let dir: string;
let child: ChildProcess;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mecc-receiver-'));
  writeFileSync(join(dir, 'receiver.mjs'), sampleReceiverSource());
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['receiver.mjs'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), BATCH_DIR: join(dir, 'batches') },
    stdio: 'inherit',
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(`${base}/`);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error('the sample receiver did not start');
});
afterAll(async () => {
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe("docs/evaluation.md's sample receiver", () => {
  it('checks the schema the extension sends', () => {
    expect(sampleReceiverSource()).toContain(`const SCHEMA = '${UPLOAD_SCHEMA}';`);
  });

  it('acknowledges an upload in the documented form, and stores it once', async () => {
    const ctx = { now: new Date(2026, 10, 20, 12), granularity: 'day' as const, contentVersion: 'built-in' };
    for (let i = 0; i < 3; i += 1) await addContact(newContact({ via: 'popup', topics: ['alcohol'] }, ctx), true);
    const settings = resolveContactSettings({ uploadEndpoint: `${base}/mecc/upload`, organisationCode: 'RV3' });
    expect(await flushOutbox(settings, { now: () => new Date(2026, 10, 22) })).toMatchObject({ sent: 3, failed: 0 });
    expect(await outboxCounts()).toEqual({ records: 0, batches: 0 });
    const files = readdirSync(join(dir, 'batches'));
    expect(files).toHaveLength(1);
    const stored = JSON.parse(readFileSync(join(dir, 'batches', files[0]!), 'utf8'));
    expect(stored.records).toHaveLength(3);

    // A retry of the same batch: acknowledged again, not stored twice.
    const again = await fetch(`${base}/mecc/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': stored.batchId },
      body: JSON.stringify(stored),
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ batchId: stored.batchId, stored: 3 });
    expect(readdirSync(join(dir, 'batches'))).toHaveLength(1);
  });

  it('I9: the docs say uploads are unauthenticated', () => {
    expect(readFileSync('docs/evaluation.md', 'utf8')).toMatch(/Uploads are \*\*not\s+authenticated\*\*/);
  });

  it('I9: sends CORS headers on its upload path only', async () => {
    const preflight = await fetch(`${base}/mecc/upload`, { method: 'OPTIONS' });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/i);
    for (const path of ['/', '/admin', '/mecc/upload/../other', '/batches/x.json']) {
      const res = await fetch(`${base}${path}`);
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
    }
  });
});

/** The upload outbox against a receiver that fails several times, then accepts (IT-only settings come from policy). */
import { afterEach, describe, expect, it } from 'vitest';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { outboxCounts } from '../../../utils/db/outbox-store';
import { logContact } from '../../../utils/contacts/log-contact';
import { newContact } from '../../../utils/contacts/new-contact';
import { addContact } from '../../../utils/db/contacts-store';
import { backoffMs, flushOutbox } from '../../../utils/contacts/outbox';
import { resolveContactSettings } from '../../../utils/settings/contact-settings';

const ENDPOINT = 'https://receiver.example/mecc';
const settings = resolveContactSettings({
  uploadEndpoint: ENDPOINT,
  uploadWindowHours: 0,
  organisationCode: 'RV3',
  organisationName: 'Riverside',
  team: 'District nurses',
});

afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

function receiver(failuresFirst: number) {
  const calls: Array<{ key: string | null; body: any }> = [];
  const stored = new Map<string, unknown>();
  let failures = failuresFirst;
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    const key = new Headers(init?.headers).get('idempotency-key');
    const body = JSON.parse(String(init?.body));
    calls.push({ key, body });
    if (failures > 0) {
      failures -= 1;
      return new Response('busy', { status: 503 });
    }
    stored.set(key!, body); // idempotent: a repeated key overwrites the same batch
    return Response.json({ batchId: body.batchId, stored: body.records.length });
  }) as typeof fetch;
  return { calls, stored, fetch: fetchImpl };
}

describe('flushOutbox', () => {
  it('does nothing without an endpoint', async () => {
    expect(await flushOutbox(resolveContactSettings({}))).toEqual({ sent: 0, failed: 0, waiting: 0, setAside: 0 });
  });

  it('delivers every record after failures, with the same idempotency key each time', async () => {
    await fakeBrowser.storage.managed.set({ uploadEndpoint: ENDPOINT, uploadWindowHours: 0 });
    for (let i = 0; i < 3; i += 1) await logContact({ via: 'popup', topics: ['smoking'] });
    const server = receiver(3);
    // The next day: only records whose date has passed are sent.
    let now = new Date(Date.now() + 86_400_000);
    const deps = { fetch: server.fetch, now: () => now };

    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await flushOutbox(settings, deps)).toMatchObject({ sent: 0, failed: 3 });
      // Before the back-off has passed, nothing is retried.
      expect(await flushOutbox(settings, deps)).toMatchObject({ sent: 0, failed: 0, waiting: 3 });
      now = new Date(now.getTime() + backoffMs(attempt));
    }
    expect(await flushOutbox(settings, deps)).toMatchObject({ sent: 3, failed: 0 });

    expect(server.calls).toHaveLength(4);
    const keys = new Set(server.calls.map((c) => c.key));
    expect(keys.size).toBe(1);
    expect(server.calls[0]!.body.batchId).toBe([...keys][0]);
    const delivered = [...server.stored.values()][0] as any;
    expect(delivered.records).toHaveLength(3);
    expect(delivered).toMatchObject({
      schema: 'mecc-contacts/2',
      organisation: { code: 'RV3', name: 'Riverside' },
      team: 'District nurses',
    });
    expect(await outboxCounts()).toEqual({ records: 0, batches: 0 });
  });

  it('keeps everything after weeks offline (and across a restart)', async () => {
    await fakeBrowser.storage.managed.set({ uploadEndpoint: ENDPOINT, uploadWindowHours: 0 });
    await logContact({ via: 'popup' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    let now = new Date(Date.now() + 86_400_000);
    for (let day = 0; day < 21; day += 1) {
      await flushOutbox(settings, { fetch: offline, now: () => now });
      now = new Date(now.getTime() + 86_400_000);
    }
    await closeMeccDb(); // as if the browser restarted
    expect(await outboxCounts()).toEqual({ records: 1, batches: 1 });
    const server = receiver(0);
    expect(await flushOutbox(settings, { fetch: server.fetch, now: () => now })).toMatchObject({ sent: 1 });
  });

  it('backs off exponentially to at most six hours', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(30)).toBe(6 * 60 * 60_000);
  });

  it('splits a large outbox into batches of at most 500', async () => {
    await fakeBrowser.storage.managed.set({ uploadEndpoint: ENDPOINT, uploadWindowHours: 0 });
    const ctx = { now: new Date(2026, 10, 20, 12), granularity: 'day' as const, contentVersion: 'built-in' };
    for (let i = 0; i < 1201; i += 1) await addContact(newContact({ via: 'popup' }, ctx), true);
    const server = receiver(0);
    expect(await flushOutbox(settings, { fetch: server.fetch, now: () => new Date(2026, 10, 22) })).toMatchObject({ sent: 1201 });
    expect(server.calls.map((c) => c.body.records.length).sort((a, b) => a - b)).toEqual([201, 500, 500]);
  });
});

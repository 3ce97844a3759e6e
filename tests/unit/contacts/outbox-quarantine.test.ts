/**
 * The security review's outbox findings: T3-POISON (one damaged record stopped every
 * upload, and the age cap then deleted the good ones unsent) and T3-I-MIGRATION
 * (a batch formed before migration 3 was re-sent with a new body under its old key).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import { newContact } from '../../../utils/contacts/new-contact';
import { flushOutbox } from '../../../utils/contacts/outbox';
import { applyRetention } from '../../../utils/contacts/retention';
import { addContact, listContacts, readContactLog } from '../../../utils/db/contacts-store';
import { closeMeccDb, DB_NAME, openMeccDb } from '../../../utils/db/open-db';
import { outboxCounts, setAsideRecords } from '../../../utils/db/outbox-store';
import { collectDiagnostics } from '../../../utils/settings/collect-diagnostics';
import { resolveContactSettings } from '../../../utils/settings/contact-settings';

const ENDPOINT = 'https://receiver.example/mecc';
const settings = resolveContactSettings({ uploadEndpoint: ENDPOINT, retentionDays: 30, uploadWindowHours: 0 });

function receiver() {
  const calls: Array<{ key: string | null; body: { batchId: string; records: Array<{ id: string }> } }> = [];
  const fetchImpl = vi.fn(async (_url: unknown, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body));
    calls.push({ key: new Headers(init?.headers).get('idempotency-key'), body });
    return Response.json({ batchId: body.batchId, stored: body.records.length });
  });
  return { calls, fetch: fetchImpl as unknown as typeof fetch };
}

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);
const good = (): ContactRecord =>
  newContact({ via: 'popup', topics: ['smoking'] }, { now: at(2026, 11, 2), granularity: 'day', contentVersion: 'built-in' });

/** Writes a record as IndexedDB corruption or a bad migration might leave it. */
async function putRaw(record: Record<string, unknown>, batchId: string | null = null) {
  const db = await openMeccDb();
  await db.put('contacts', record as unknown as ContactRecord);
  await db.put('outbox', { id: String(record.id), batchId });
}

beforeEach(async () => {
  await fakeBrowser.storage.managed.set({ uploadEndpoint: ENDPOINT });
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'MECC Sidebar', version: '0.1.0' });
});
afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('T3-POISON', () => {
  it('T3-POISON: a damaged record is set aside with a reason; the three good ones are still uploaded', async () => {
    const records = [good(), good(), good()];
    for (const r of records) await addContact(r, true);
    await putRaw({ ...good(), id: 'damaged-1', topics: null });
    const server = receiver();

    const result = await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 3) });

    expect(result).toMatchObject({ sent: 3, failed: 0, setAside: 1 });
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]!.body.records.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    const aside = await setAsideRecords();
    expect(aside).toEqual([
      {
        id: 'damaged-1',
        reason: expect.stringMatching(/^topics: /),
        since: at(2026, 11, 3).toISOString(),
        record: expect.objectContaining({ topics: null }),
      },
    ]);
    // Kept, and counted as waiting: it is in the outbox, never sent, never deleted by a flush.
    expect(await outboxCounts()).toEqual({ records: 1, batches: 0 });
    // A second flush does not try it again, or send anything twice.
    await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 4) });
    expect(server.calls).toHaveLength(1);
  });

  it('T3-POISON: the age cap deletes no good record unsent because of a damaged one, and keeps the damaged one, saying so', async () => {
    const records = [good(), good(), good()];
    for (const r of records) await addContact(r, true);
    await putRaw({ ...good(), id: 'damaged-1', topics: null });
    const server = receiver();
    await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 3) });

    // Retention (30 days) + 30 days of grace later.
    const expired = await applyRetention(settings, at(2027, 1, 15));
    expect(server.calls.flatMap((c) => c.body.records)).toHaveLength(3);
    expect(expired).toBe(3); // the three sent records, by ordinary retention: none of them unsent
    expect((await setAsideRecords()).map((r) => r.id)).toEqual(['damaged-1']);
    const info = await collectDiagnostics('test');
    const warnings = info.contacts.warnings.join('\n');
    expect(warnings).not.toMatch(/deleted unsent/);
    expect(warnings).toMatch(/1 contact waiting to upload is damaged and was set aside.*topics: /);
  });

  it('T3-POISON: the evaluation page lists only records it can draw; the damaged one is listed apart', async () => {
    await addContact(good(), true);
    await putRaw({ ...good(), id: 'damaged-2', services: 'not a list' });
    await putRaw({ id: 'damaged-3', date: '2026-11-02', topics: ['smoking'] });
    expect((await listContacts()).map((r) => r.id)).not.toContain('damaged-2');
    expect(await listContacts()).toHaveLength(1);
    await flushOutbox(settings, { fetch: receiver().fetch, now: () => at(2026, 11, 3) });
    expect((await setAsideRecords()).map((r) => r.id).sort()).toEqual(['damaged-2', 'damaged-3']);
    // The evaluation page's list of damaged records (shown and downloadable there) has them, with reasons.
    const { records, damaged } = await readContactLog();
    expect(records).toHaveLength(1);
    expect(damaged.map((d) => [d.id, d.reason])).toEqual([
      ['damaged-2', expect.stringMatching(/^services: /)],
      ['damaged-3', expect.stringMatching(/^services: /)],
    ]);
  });
});

describe('T3-POISON, across the receiver', () => {
  it('T3-POISON: a record dated before 2020 (a clock set wrong) is set aside, not sent to be refused with the whole batch for ever', async () => {
    await addContact(good(), true);
    await putRaw({ ...good(), id: 'clock-wrong', date: '2001-01-01' });
    const server = receiver();
    const result = await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 3) });
    expect(result).toMatchObject({ sent: 1, setAside: 1 });
    expect(server.calls.flatMap((c) => c.body.records.map((r) => r.id))).not.toContain('clock-wrong');
    expect(await setAsideRecords()).toEqual([
      expect.objectContaining({ id: 'clock-wrong', reason: expect.stringMatching(/^date: before 2020-01-01/) }),
    ]);
  });
});

describe('T3-I-MIGRATION', () => {
  it('T3-I-MIGRATION: a batch formed before bodies were stored is sent under a new key, never a new body under its old one', async () => {
    const records = [good(), good()];
    for (const r of records) await addContact(r, false);
    const db = await openMeccDb();
    for (const r of records) await db.put('outbox', { id: r.id, batchId: 'old-key' });
    await db.put('outbox-batches', {
      id: 'old-key',
      recordIds: records.map((r) => r.id),
      attempts: 2,
      nextAttemptAt: at(2026, 11, 3).toISOString(),
      lastError: 'busy',
    });
    const server = receiver();

    await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 4) });

    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]!.key).not.toBe('old-key');
    expect(server.calls[0]!.body.batchId).toBe(server.calls[0]!.key);
    expect(server.calls[0]!.body.records.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(await outboxCounts()).toEqual({ records: 0, batches: 0 });
  });
});

/**
 * Upload timing and the outbox's own rules (security review H2, L6, L7, L8): nothing
 * is sent on a log, only the alarm uploads, only records whose date (or hour) has
 * passed and whose undo window has closed, shuffled; a retry is the same bytes under
 * the same key; uploads time out; waiting records do not outlive retention.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContactDuties } from '../../../utils/contacts/contact-duties';
import { logContact, undoContact } from '../../../utils/contacts/log-contact';
import { newContact } from '../../../utils/contacts/new-contact';
import { flushOutbox } from '../../../utils/contacts/outbox';
import { applyRetention } from '../../../utils/contacts/retention';
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import { addContact, listContacts } from '../../../utils/db/contacts-store';
import { closeMeccDb, DB_NAME, openMeccDb } from '../../../utils/db/open-db';
import { outboxCounts } from '../../../utils/db/outbox-store';
import { collectDiagnostics } from '../../../utils/settings/collect-diagnostics';
import { resolveContactSettings } from '../../../utils/settings/contact-settings';

const ENDPOINT = 'https://receiver.example/mecc';
const settings = resolveContactSettings({ uploadEndpoint: ENDPOINT, uploadWindowHours: 0, organisationCode: 'RV3' });
const hourly = resolveContactSettings({ uploadEndpoint: ENDPOINT, uploadWindowHours: 0, dateGranularity: 'hour' });

interface Call {
  key: string | null;
  text: string;
  body: { batchId: string; records: ContactRecord[] };
}

/** A receiver that acknowledges the documented way: 200 with {"batchId", "stored"}. */
function receiver(options: { fail?: number } = {}) {
  const calls: Call[] = [];
  let failures = options.fail ?? 0;
  const fetchImpl = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const text = String(init?.body);
    const body = JSON.parse(text);
    calls.push({ key: new Headers(init?.headers).get('idempotency-key'), text, body });
    if (failures > 0) {
      failures -= 1;
      return new Response('busy', { status: 503 });
    }
    return Response.json({ batchId: body.batchId, stored: body.records.length }, { status: 200 });
  });
  return { calls, fetch: fetchImpl as unknown as typeof fetch, ids: () => calls.flatMap((c) => c.body.records.map((r) => r.id)) };
}

/** Lets IndexedDB work (fake-indexeddb runs on setImmediate, which fake timers leave alone). */
async function until(condition: () => boolean, turns = 1000): Promise<void> {
  for (let i = 0; i < turns && !condition(); i += 1) await new Promise((done) => setImmediate(done));
}

const at = (y: number, m: number, d: number, h = 12, min = 0, s = 0) => new Date(y, m - 1, d, h, min, s);
const record = (date: Date, extra: Partial<ContactRecord> = {}): ContactRecord => ({
  ...newContact({ via: 'popup', topics: ['smoking'] }, { now: date, granularity: 'day', contentVersion: 'built-in' }),
  ...extra,
});

beforeEach(async () => {
  // fakeBrowser does not implement these action methods (the badge and toolbar mode).
  Object.assign(fakeBrowser.action, {
    setPopup: vi.fn(async () => {}),
    setBadgeText: vi.fn(async () => {}),
    setTitle: vi.fn(async () => {}),
    setBadgeBackgroundColor: vi.fn(async () => {}),
  });
  await fakeBrowser.storage.managed.set({ uploadEndpoint: ENDPOINT, uploadWindowHours: 0 });
});
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('upload timing (H2)', () => {
  it('H2: logging a contact (toolbar, shortcut, popup or sidebar) triggers no upload', async () => {
    const server = receiver();
    vi.stubGlobal('fetch', server.fetch);
    // Yesterday's records are waiting too: a log must not be the moment they go either.
    await addContact(record(new Date(Date.now() - 2 * 86_400_000)), true);
    const duties = createContactDuties();
    await duties.logFrom('shortcut');
    await duties.afterChange(); // what the popup and the sidebar send after a log or an undo
    await duties.applySettings();
    await new Promise((done) => setTimeout(done, 50));
    expect(server.fetch).not.toHaveBeenCalled();
    // The alarm does upload.
    await duties.flush();
    expect(server.calls).toHaveLength(1);
  });

  it('H2: the alarm sends only records whose date has passed, after the undo window', async () => {
    const server = receiver();
    const old = record(at(2026, 11, 20));
    await addContact(old, true);
    const yesterday = await logContact({ via: 'popup' }, at(2026, 11, 21, 23, 59, 58));
    const today = await logContact({ via: 'popup' }, at(2026, 11, 22, 0, 0, 1));
    if (!yesterday.ok || !today.ok) throw new Error('log failed');

    // Two seconds after midnight: yesterday's last contact is still inside its undo window.
    expect(await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 22, 0, 0, 2) })).toMatchObject({ sent: 1 });
    expect(server.ids()).toEqual([old.id]);
    // Ten seconds after midnight it has closed; today's contact still waits for its date to pass.
    expect(await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 22, 0, 0, 10) })).toMatchObject({ sent: 1 });
    expect(server.ids()).toEqual([old.id, yesterday.record.id]);
    expect(await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 22, 23, 59) })).toMatchObject({ sent: 0 });
    expect(await outboxCounts()).toEqual({ records: 1, batches: 0 });
    expect(await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 23, 0, 5) })).toMatchObject({ sent: 1 });
    expect(server.ids()).toEqual([old.id, yesterday.record.id, today.record.id]);
  });

  it('H2: when policy asks for the hour, a record goes once its hour has passed', async () => {
    await fakeBrowser.storage.managed.set({ uploadEndpoint: ENDPOINT, uploadWindowHours: 0, dateGranularity: 'hour' });
    const server = receiver();
    const nine = await logContact({ via: 'popup' }, at(2026, 11, 22, 9, 15));
    const ten = await logContact({ via: 'popup' }, at(2026, 11, 22, 10, 5));
    if (!nine.ok || !ten.ok) throw new Error('log failed');
    expect(nine.record.hour).toBe(9);
    await flushOutbox(hourly, { fetch: server.fetch, now: () => at(2026, 11, 22, 9, 59) });
    expect(server.calls).toHaveLength(0);
    await flushOutbox(hourly, { fetch: server.fetch, now: () => at(2026, 11, 22, 10, 30) });
    expect(server.ids()).toEqual([nine.record.id]);
  });

  it('H2: a contact undone within the undo window never reaches the receiver', async () => {
    const server = receiver();
    vi.stubGlobal('fetch', server.fetch);
    const duties = createContactDuties();
    const logged = await logContact({ via: 'popup' });
    if (!logged.ok) throw new Error('log failed');
    await duties.afterChange();
    await duties.flush(); // an alarm that happens to fire during the undo window
    await undoContact(logged.record.id);
    await duties.afterChange();
    // The next day, the alarm again.
    expect(await flushOutbox(settings, { fetch: server.fetch, now: () => new Date(Date.now() + 2 * 86_400_000) })).toMatchObject({
      sent: 0,
    });
    expect(server.calls).toHaveLength(0);
  });

  it('H2: records are sent in shuffled order, not in the order they were logged', async () => {
    const server = receiver();
    const logged: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      const r = record(at(2026, 10, 1 + (i % 28), 12));
      logged.push(r.id);
      await addContact(r, true);
    }
    await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 22) });
    const sent = server.ids();
    expect([...sent].sort()).toEqual([...logged].sort());
    // Neither the order they were logged, nor by date, nor by id (the outbox's own key order).
    expect(sent).not.toEqual(logged);
    expect(sent).not.toEqual((await listContacts()).map((r) => r.id));
    expect(sent).not.toEqual([...logged].sort());
  });
});

describe('retries (L6)', () => {
  it('L6: a retry re-sends the same bytes under the same key, and counts what was sent', async () => {
    const server = receiver({ fail: 1 });
    const a = record(at(2026, 11, 20));
    const b = record(at(2026, 11, 20));
    await addContact(a, true);
    await addContact(b, true);
    let now = at(2026, 11, 21);
    expect(await flushOutbox(settings, { fetch: server.fetch, now: () => now })).toMatchObject({ sent: 0, failed: 2 });
    // A record of the batch goes from the browser before the retry (clear, retention…).
    await undoContact(a.id);
    now = at(2026, 11, 22);
    const result = await flushOutbox(settings, { fetch: server.fetch, now: () => now });
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.key).toBe(server.calls[0]!.key);
    expect(server.calls[1]!.text).toBe(server.calls[0]!.text);
    expect(result.sent).toBe(server.calls[1]!.body.records.length);
    expect(await outboxCounts()).toEqual({ records: 0, batches: 0 });
  });

  it('L6: an empty batch is never sent', async () => {
    const server = receiver();
    const gone = record(at(2026, 11, 20));
    await addContact(gone, true);
    // The record itself is gone but its outbox entry is left (a write from an older build).
    const db = await openMeccDb();
    await db.delete('contacts', gone.id);
    expect(await flushOutbox(settings, { fetch: server.fetch, now: () => at(2026, 11, 22) })).toMatchObject({ sent: 0, failed: 0 });
    expect(server.calls).toHaveLength(0);
    expect(await outboxCounts()).toEqual({ records: 0, batches: 0 });
  });
});

describe('timeouts (L7)', () => {
  it('L7: an upload to a receiver that never answers fails after 30 s, and the next flush makes a new request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let requests = 0;
    const hanging = vi.fn((_url: string, init?: RequestInit) => {
      requests += 1;
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    });
    vi.stubGlobal('fetch', hanging);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await addContact(record(new Date(Date.now() - 3 * 86_400_000)), true);
    const duties = createContactDuties();
    let settled = false;
    const first = duties.flush().then(() => (settled = true));
    await until(() => requests === 1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(requests).toBe(1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    await until(() => settled);
    expect(settled).toBe(true);
    await first;
    const db = await openMeccDb();
    const [batch] = await db.getAll('outbox-batches');
    expect(batch?.lastError).toMatch(/did not answer within 30 seconds/);
    // Bring the retry forward; the next alarm makes a new request instead of joining the old one.
    await db.put('outbox-batches', { ...batch!, nextAttemptAt: new Date(0).toISOString() });
    const second = duties.flush();
    await until(() => requests === 2);
    await vi.advanceTimersByTimeAsync(31_000);
    await until(() => false, 50);
    await second;
    expect(requests).toBe(2);
  });
});

describe('retention of waiting records (L8)', () => {
  it('L8: a waiting record past the outbox age cap is deleted, with a diagnostics warning', async () => {
    await fakeBrowser.storage.managed.set({ uploadEndpoint: ENDPOINT, uploadWindowHours: 0, retentionDays: 1 });
    const ancient = record(at(2020, 1, 1));
    const recent = record(at(2029, 12, 15));
    await addContact(ancient, true);
    await addContact(recent, true);
    const oneDay = resolveContactSettings({ uploadEndpoint: ENDPOINT, uploadWindowHours: 0, retentionDays: 1 });
    await applyRetention(oneDay, at(2030, 1, 1));
    expect((await listContacts()).map((r) => r.id)).toEqual([recent.id]);
    expect(await outboxCounts()).toEqual({ records: 1, batches: 0 });
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'MECC Sidebar', version: '0.1.0' });
    const info = await collectDiagnostics('test');
    expect(info.contacts.warnings.join('\n')).toMatch(/1 contact waiting to upload was deleted unsent/);
    // The recent one (inside retention + 30 days) is still waiting, and said to be.
    expect(info.contacts.warnings.join('\n')).toMatch(/older than the retention period/);
  });

  it('L8: a record in a batch past the cap takes the batch with it; the others are re-queued under a new key', async () => {
    const server = receiver({ fail: 1 });
    const ancient = record(at(2020, 1, 1));
    const fresh = record(at(2030, 1, 5));
    await addContact(ancient, true);
    await addContact(fresh, true);
    const oneDay = resolveContactSettings({ uploadEndpoint: ENDPOINT, uploadWindowHours: 0, retentionDays: 1 });
    await flushOutbox(oneDay, { fetch: server.fetch, now: () => at(2030, 1, 6) });
    await applyRetention(oneDay, at(2030, 1, 6));
    await flushOutbox(oneDay, { fetch: server.fetch, now: () => at(2030, 1, 7) });
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.key).not.toBe(server.calls[0]!.key);
    expect(server.calls[1]!.body.records.map((r) => r.id)).toEqual([fresh.id]);
  });

  it('L8: unsetting the upload endpoint clears the outbox at the next alarm', async () => {
    await logContact({ via: 'popup' });
    expect(await outboxCounts()).toEqual({ records: 1, batches: 0 });
    await fakeBrowser.storage.managed.set({ uploadEndpoint: '' });
    await createContactDuties().flush();
    expect(await outboxCounts()).toEqual({ records: 0, batches: 0 });
    expect(await listContacts()).toHaveLength(1);
  });
});

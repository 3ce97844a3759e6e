import { afterEach, describe, expect, it, vi } from 'vitest';
import * as contactsStore from '../../../utils/db/contacts-store';
import { closeMeccDb, DB_NAME, openMeccDb } from '../../../utils/db/open-db';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listContacts, countContacts } from '../../../utils/db/contacts-store';
import { logContact, todayCount, undoContact } from '../../../utils/contacts/log-contact';
import { applyRetention } from '../../../utils/contacts/retention';
import { resolveContactSettings } from '../../../utils/settings/contact-settings';

afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('logContact', () => {
  it('stores a record, counts today, and undo removes it', async () => {
    const first = await logContact({ via: 'popup', topics: ['alcohol'] });
    expect(first.ok && first.todayCount).toBe(1);
    const second = await logContact({ via: 'shortcut' });
    expect(second.ok && second.todayCount).toBe(2);
    expect(await undoContact(first.ok ? first.record.id : '')).toBe(1);
    expect((await listContacts()).map((r) => r.via)).toEqual(['shortcut']);
  });

  it('is safe when many windows log at the same moment', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => logContact({ via: 'popup' })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await countContacts()).toBe(50);
    expect(await todayCount()).toBe(50);
  });

  it('logs nothing when the organisation turned logging off', async () => {
    await fakeBrowser.storage.managed.set({ loggingEnabled: false });
    const result = await logContact({ via: 'popup' });
    expect(result).toEqual({ ok: false, reason: 'Contact logging is turned off by your organisation.' });
    expect(await countContacts()).toBe(0);
  });

  it('queues a record for upload only when an endpoint is set', async () => {
    await logContact({ via: 'popup' });
    const db = await openMeccDb();
    expect(await db.count('outbox')).toBe(0);
    await fakeBrowser.storage.managed.set({ uploadEndpoint: 'https://receiver.example/mecc' });
    await logContact({ via: 'popup' });
    expect(await db.count('outbox')).toBe(1);
  });

  it('says so, and keeps what was there, when the disk is full', async () => {
    await logContact({ via: 'popup' });
    vi.spyOn(contactsStore, 'addContact').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    const result = await logContact({ via: 'popup' });
    expect(result).toEqual({ ok: false, reason: 'The contact could not be saved (QuotaExceededError). Try again.' });
    expect(await countContacts()).toBe(1);
    vi.restoreAllMocks();
  });

  it('adds the hour only when configured', async () => {
    await fakeBrowser.storage.managed.set({ dateGranularity: 'hour' });
    const result = await logContact({ via: 'popup' }, new Date(2026, 10, 22, 9, 15));
    expect(result.ok && result.record.hour).toBe(9);
  });
});

describe('retention', () => {
  it('deletes records past the retention period but keeps unsent ones (for up to 30 days more)', async () => {
    await logContact({ via: 'popup' }, new Date(2025, 10, 1, 12));
    await fakeBrowser.storage.managed.set({ uploadEndpoint: 'https://receiver.example/mecc' });
    const unsent = await logContact({ via: 'popup' }, new Date(2025, 10, 2, 12));
    await logContact({ via: 'popup' }, new Date(2026, 10, 20, 12));

    const deleted = await applyRetention(resolveContactSettings({ retentionDays: 365 }), new Date(2026, 10, 22, 12));
    expect(deleted).toBe(1);
    const left = (await listContacts()).map((r) => r.date);
    expect(left).toEqual(['2025-11-02', '2026-11-20']);
    expect(unsent.ok).toBe(true);
  });
});

describe('contact settings', () => {
  it('falls back to defaults for malformed values and refuses a non-https endpoint', () => {
    const s = resolveContactSettings({
      loggingEnabled: 'yes' as never,
      dateGranularity: 'minute' as never,
      retentionDays: -4,
      uploadEndpoint: 'http://receiver.example/',
      team: '  ',
    });
    expect(s).toMatchObject({ loggingEnabled: true, dateGranularity: 'day', retentionDays: 730, uploadEndpoint: null, team: null });
  });
});

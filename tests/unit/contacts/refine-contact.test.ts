/** One-tap refinements after the one click, and the handover API other features call. */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logContact } from '../../../utils/contacts/log-contact';
import { refineContact } from '../../../utils/contacts/refine-contact';
import { listContacts } from '../../../utils/db/contacts-store';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';

afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

const noon = new Date(2026, 10, 22, 12);

async function logged() {
  const result = await logContact({ via: 'toolbar' }, noon);
  if (!result.ok) throw new Error(result.reason);
  return result.record;
}

describe('refinements', () => {
  it('one click logs at once as a very brief intervention, with no outcome', async () => {
    const record = await logged();
    expect(record).toMatchObject({ level: 'very-brief', via: 'toolbar' });
    expect(record.outcome).toBeUndefined();
    expect(record.intention).toBeUndefined();
  });

  it('stores the level, the outcome and the intention, each a tap', async () => {
    const { id } = await logged();
    await refineContact(id, { level: 'brief' }, noon);
    await refineContact(id, { outcome: 'referral-offered' }, noon);
    await refineContact(id, { outcome: 'referral-accepted' }, noon);
    const result = await refineContact(id, { intention: true }, noon);
    expect(result.ok && result.record).toMatchObject({ level: 'brief', outcome: 'referral-accepted', intention: true });
    expect((await listContacts())[0]).toMatchObject({ level: 'brief', outcome: 'referral-accepted', intention: true });
    // A second tap takes it back.
    await refineContact(id, { intention: false, outcome: null }, noon);
    const [after] = await listContacts();
    expect(after!.intention).toBeUndefined();
    expect(after!.outcome).toBeUndefined();
  });

  it('refuses words that are not in the lists (nothing typed gets in), and keeps the record as it was', async () => {
    const { id } = await logged();
    for (const bad of [
      { level: 'ten minutes' },
      { outcome: 'referred' },
      { outcome: 'Mrs Smith referred' },
      { handover: 'sms to 07700 900123' },
    ]) {
      const result = await refineContact(id, bad as never, noon);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
    }
    expect((await listContacts())[0]).toMatchObject({ level: 'very-brief' });
    expect(JSON.stringify(await listContacts())).not.toMatch(/Smith|07700|ten minutes/);
  });

  it('refuses once the day is over (the record may have been uploaded)', async () => {
    const { id } = await logged();
    const result = await refineContact(id, { level: 'extended' }, new Date(2026, 10, 23, 9));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/can no longer be changed/) });
    expect((await listContacts())[0]!.level).toBe('very-brief');
  });

  it('with hours recorded, refuses once the hour is over', async () => {
    await fakeBrowser.storage.managed.set({ dateGranularity: 'hour' });
    const { id } = await logged();
    expect((await refineContact(id, { level: 'brief' }, new Date(2026, 10, 22, 12, 59))).ok).toBe(true);
    expect((await refineContact(id, { level: 'extended' }, new Date(2026, 10, 22, 13, 1))).ok).toBe(false);
  });

  it('says so for a contact that is not there', async () => {
    expect(await refineContact('no-such-id', { level: 'brief' }, noon)).toEqual({
      ok: false,
      reason: 'That contact is no longer in this browser.',
    });
  });
});

describe('handover', () => {
  it('adds each method once, in a fixed order, and never the recipient', async () => {
    const { id } = await logged();
    await refineContact(id, { handover: 'sms-text-copied' }, noon);
    await refineContact(id, { handover: 'link-copied' }, noon);
    await refineContact(id, { handover: 'sms-text-copied' }, noon);
    expect((await listContacts())[0]!.handover).toEqual(['link-copied', 'sms-text-copied']);
  });

  it('is recorded at log time when the log follows the handover', async () => {
    const result = await logContact({ via: 'sidebar', services: ['quit-line'], outcome: 'signposted', handover: 'qr-shown' }, noon);
    expect(result.ok && result.record).toMatchObject({ handover: ['qr-shown'], outcome: 'signposted', level: 'very-brief' });
  });
});

import { describe, expect, it } from 'vitest';
import { localDate, newContact } from '../../../utils/contacts/new-contact';

const now = new Date(2026, 10, 22, 14, 37, 12); // local time: 22 Nov 2026, 14:37:12
const ctx = { now, granularity: 'day' as const, contentVersion: 'feed:12' };

describe('newContact', () => {
  it('holds exactly the fields the privacy contract allows', () => {
    const record = newContact({ via: 'popup', topics: ['smoking'], services: ['stop-smoking-london'], outcome: 'signposted' }, ctx);
    expect(Object.keys(record).sort()).toEqual(['contentVersion', 'date', 'id', 'level', 'outcome', 'services', 'topics', 'via']);
    const refined = newContact(
      { via: 'sidebar', level: 'extended', outcome: 'referral-accepted', intention: true, handover: ['sms-text-copied', 'qr-shown'] },
      ctx,
    );
    expect(Object.keys(refined).sort()).toEqual([
      'contentVersion',
      'date',
      'handover',
      'id',
      'intention',
      'level',
      'outcome',
      'services',
      'topics',
      'via',
    ]);
    expect(refined).toMatchObject({
      level: 'extended',
      outcome: 'referral-accepted',
      intention: true,
      handover: ['qr-shown', 'sms-text-copied'],
    });
    expect(record).toMatchObject({
      date: '2026-11-22',
      topics: ['smoking'],
      services: ['stop-smoking-london'],
      outcome: 'signposted',
      via: 'popup',
      contentVersion: 'feed:12',
    });
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the date only, never the time, unless the organisation asks for the hour', () => {
    const { id: _dayId, ...day } = newContact({ via: 'toolbar' }, ctx);
    expect(day).toEqual({ date: '2026-11-22', topics: [], services: [], level: 'very-brief', via: 'toolbar', contentVersion: 'feed:12' });
    const { id: _hourId, ...hour } = newContact({ via: 'toolbar' }, { ...ctx, granularity: 'hour' });
    expect(hour).toEqual({
      date: '2026-11-22',
      hour: 14,
      topics: [],
      services: [],
      level: 'very-brief',
      via: 'toolbar',
      contentVersion: 'feed:12',
    });
  });

  it('gives every record a different random id', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newContact({ via: 'popup' }, ctx).id));
    expect(ids.size).toBe(200);
  });

  it('drops anything that is not an id, so no typed text can ride along', () => {
    const record = newContact(
      { via: 'sidebar', topics: ['smoking', 'Jane Smith 943 476 5919', 'smoking'], services: ['<script>', 'samaritans'] },
      ctx,
    );
    expect(record.topics).toEqual(['smoking']);
    expect(record.services).toEqual(['samaritans']);
  });

  it('refuses an unknown outcome, level or handover and an odd content version', () => {
    const record = newContact(
      { via: 'popup', outcome: 'cured' as never, level: 'an hour' as never, handover: ['emailed jane@example.org' as never] },
      { ...ctx, contentVersion: 'https://intranet/patient/123' },
    );
    expect(record.outcome).toBeUndefined();
    expect(record.level).toBe('very-brief');
    expect(record.handover).toBeUndefined();
    // The legacy migrated outcome is never set by a new log.
    expect(newContact({ via: 'popup', outcome: 'referral-offered-or-accepted' }, ctx).outcome).toBeUndefined();
    expect(record.contentVersion).toBe('unknown');
  });

  it('uses the local calendar date', () => {
    expect(localDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import {
  allWeeks,
  contactsPerWeek,
  isSignposted,
  periodTotals,
  topServices,
  topicIdsIn,
  topicTotals,
  weeklyRows,
} from '../../../utils/evaluation/aggregate';

let n = 0;
const contact = (date: string, topics: string[] = [], services: string[] = [], extra: Partial<ContactRecord> = {}): ContactRecord => ({
  id: `id-${(n += 1)}`,
  date,
  topics,
  services,
  via: 'toolbar',
  contentVersion: 'built-in',
  ...extra,
});

// Sunday 22 November 2026: the week began Monday 16 November.
const TODAY = '2026-11-22';

describe('periodTotals', () => {
  const records = [
    contact('2026-11-16', ['smoking'], ['nhs-quit-smoking']), // this week, this month
    contact('2026-11-22', ['alcohol']), // today
    contact('2026-11-15', ['alcohol'], [], { outcome: 'signposted' }), // last Sunday: month, not week
    contact('2026-11-01'), // month
    contact('2026-10-31', [], ['drinkline']), // last month
  ];

  it('counts this ISO week (from Monday) and this calendar month', () => {
    const t = periodTotals(records, TODAY);
    expect(t.weekStart).toBe('2026-11-16');
    expect(t.monthStart).toBe('2026-11-01');
    expect(t.thisWeek).toEqual({ contacts: 2, signposted: 1 });
    expect(t.thisMonth).toEqual({ contacts: 4, signposted: 2 });
    expect(t.all).toEqual({ contacts: 5, signposted: 3 });
  });

  it('treats a Monday as the start of a new week', () => {
    expect(periodTotals(records, '2026-11-23').thisWeek.contacts).toBe(0);
  });
});

describe('signposting', () => {
  it('counts a service or a "signposted" outcome as signposting', () => {
    expect(isSignposted(contact(TODAY, [], ['a']))).toBe(true);
    expect(isSignposted(contact(TODAY, [], [], { outcome: 'signposted' }))).toBe(true);
    expect(isSignposted(contact(TODAY, [], [], { outcome: 'information' }))).toBe(false);
  });
});

describe('contacts per week by topic', () => {
  it('zero-fills the last 12 weeks, oldest first', () => {
    const rows = contactsPerWeek([contact('2026-11-18', ['smoking']), contact('2026-09-02', ['alcohol'])], TODAY);
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.weekStart)).toEqual([
      '2026-08-31',
      '2026-09-07',
      '2026-09-14',
      '2026-09-21',
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ]);
    expect(rows.map((r) => r.contacts)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(rows[1]!.byTopic.size).toBe(0);
    expect(rows[0]!.byTopic.get('alcohol')).toBe(1);
  });

  it('leaves out records older than the window and malformed dates', () => {
    const rows = contactsPerWeek([contact('2026-01-01'), contact('not-a-date')], TODAY, 4);
    expect(rows.map((r) => r.contacts)).toEqual([0, 0, 0, 0]);
  });

  it('counts a contact under each of its topics once, and those without a topic apart', () => {
    const [row] = weeklyRows(
      [
        contact('2026-11-16', ['smoking', 'alcohol']),
        contact('2026-11-17', ['smoking', 'smoking']),
        contact('2026-11-18', [], ['drinkline']),
      ],
      ['2026-11-16'],
    );
    expect(row!.contacts).toBe(3);
    expect(row!.signposted).toBe(1);
    expect(Object.fromEntries(row!.byTopic)).toEqual({ smoking: 2, alcohol: 1 });
    expect(row!.noTopic).toBe(1);
  });

  it('treats topic ids as data, even "__proto__"', () => {
    const rows = weeklyRows([contact('2026-11-16', ['__proto__'])], ['2026-11-16']);
    expect(rows[0]!.byTopic.get('__proto__')).toBe(1);
  });

  it('runs the full history from the first record to this week', () => {
    const rows = allWeeks([contact('2026-11-03'), contact('2026-10-20')], TODAY);
    expect(rows.map((r) => [r.weekStart, r.contacts])).toEqual([
      ['2026-10-19', 1],
      ['2026-10-26', 0],
      ['2026-11-02', 1],
      ['2026-11-09', 0],
      ['2026-11-16', 0],
    ]);
    expect(allWeeks([], TODAY)).toEqual([]);
  });

  it('lists topics in content order, then unknown ones', () => {
    const rows = weeklyRows(
      [contact('2026-11-16', ['zeta', 'alcohol']), contact('2026-11-17', ['smoking']), contact('2026-11-17', ['retired'])],
      ['2026-11-16'],
    );
    expect(topicIdsIn(rows, ['smoking', 'alcohol', 'falls'])).toEqual(['smoking', 'alcohol', 'retired', 'zeta']);
    expect(topicTotals(rows).get('smoking')).toBe(1);
  });
});

describe('topServices', () => {
  it('ranks services by contacts, ties by id, at most ten', () => {
    const records = [
      ...Array.from({ length: 3 }, () => contact(TODAY, [], ['b'])),
      ...Array.from({ length: 3 }, () => contact(TODAY, [], ['a', 'a'])),
      contact(TODAY, [], ['c', 'b']),
      ...Array.from({ length: 12 }, (_, i) => contact(TODAY, [], [`s${String(i).padStart(2, '0')}`])),
    ];
    const top = topServices(records);
    expect(top).toHaveLength(10);
    expect(top.slice(0, 4)).toEqual([
      { id: 'b', count: 4 },
      { id: 'a', count: 3 },
      { id: 'c', count: 1 },
      { id: 's00', count: 1 },
    ]);
    expect(topServices(records, 2)).toHaveLength(2);
  });
});

/** Importing contacts exports from other browsers: our own files only, each contact once. */
import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import { contactsCsv } from '../../../utils/evaluation/export-csv';
import { combineRecords, parseContactsExport } from '../../../utils/evaluation/import-csv';

const rec = (id: string, extra: Partial<ContactRecord> = {}): ContactRecord => ({
  id,
  date: '2026-11-20',
  topics: ['smoking'],
  services: ['quit-line'],
  level: 'brief',
  via: 'popup',
  contentVersion: 'feed:3',
  ...extra,
});

describe('parseContactsExport', () => {
  it('reads back exactly what was exported (format 2, with BOM and organisation columns)', () => {
    const records = [
      rec('a', { outcome: 'referral-accepted', intention: true, handover: ['link-copied', 'qr-shown'], hour: 9 }),
      rec('b', { topics: [], services: [] }),
    ];
    const text = '\uFEFF' + contactsCsv(records, { code: 'RV3', name: 'Riverside, London', team: '=Outreach' });
    const origin = { code: 'RV3', name: 'Riverside, London', team: '=Outreach' };
    expect(parseContactsExport('a.csv', text, { today: '2026-12-07' })).toEqual({
      ok: true,
      records,
      format: 2,
      skipped: [],
      origins: new Map([
        ['a', origin],
        ['b', origin],
      ]),
    });
  });

  it('reads an export from before levels (format 1), keeping "referred" as offered-or-accepted', () => {
    const v1 =
      'id,date,hour,topics,services,outcome,logged_via,content_version\r\nold-1,2026-06-02,,smoking,quit-line,referred,popup,feed:4\r\n';
    expect(parseContactsExport('old.csv', v1, { today: '2026-12-07' })).toEqual({
      ok: true,
      format: 1,
      skipped: [],
      origins: new Map([['old-1', { code: null, name: null, team: null }]]),
      records: [
        {
          id: 'old-1',
          date: '2026-06-02',
          topics: ['smoking'],
          services: ['quit-line'],
          outcome: 'referral-offered-or-accepted',
          via: 'popup',
          contentVersion: 'feed:4',
        },
      ],
    });
  });

  it.each([
    [
      'a weekly summary',
      'week_start,contacts,signposted,smoking\r\n2026-11-16,3,1,2\r\n',
      /not a MECC Sidebar contacts export.*first line/,
    ],
    ['a spreadsheet of names', 'name,nhs_number\r\nJane Smith,9434765919\r\n', /not a MECC Sidebar contacts export/],
    ['an empty file', '', /not a MECC Sidebar contacts export/],
    [
      'a broken quote',
      'id,date,hour,topics,services,level,outcome,said_will_contact,handover,logged_via,content_version\r\n"a,2026',
      /not a well-formed CSV/,
    ],
    [
      'a bad date',
      'id,date,hour,topics,services,level,outcome,said_will_contact,handover,logged_via,content_version\r\nx,22/11/2026,,,,,,,,popup,built-in\r\n',
      /line 2: "22\/11\/2026" is not a date/,
    ],
    [
      'free text in a topic',
      'id,date,hour,topics,services,level,outcome,said_will_contact,handover,logged_via,content_version\r\nx,2026-11-22,,Jane Smith,,,,,,popup,built-in\r\n',
      /line 2: a topic or service is not an id/,
    ],
    [
      'a missing column',
      'id,date,hour,topics,services,level,outcome,said_will_contact,handover,logged_via,content_version\r\nx,2026-11-22,,,,\r\n',
      /line 2: it has 6 columns/,
    ],
  ])('refuses %s with a clear message, importing nothing', (_what, text, message) => {
    const result = parseContactsExport('file.csv', text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(message);
    expect(!result.ok && result.reason).not.toMatch(/Jane|9434765919/);
  });
});

describe('combineRecords', () => {
  it('counts each contact once, by record id, and says how many duplicates it skipped', () => {
    const own = [rec('a'), rec('b')];
    const fromA = [rec('a'), rec('c')];
    const fromB = [rec('c'), rec('d'), rec('d')];
    const combined = combineRecords(own, [fromA, fromB]);
    expect(combined.records.map((r) => r.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(combined.duplicates).toBe(3);
  });
});

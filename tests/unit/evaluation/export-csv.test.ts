import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import { contactsCsv, csvCell, weeklySummaryCsv } from '../../../utils/evaluation/export-csv';
import { contactsExportFile, exportFileName, exportOrganisation, weeklySummaryExportFile } from '../../../utils/evaluation/export-files';
import { resolveContactSettings } from '../../../utils/settings/contact-settings';

/** A strict RFC 4180 reader, to prove what a spreadsheet will see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        cell += c;
        i += 1;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else {
      cell += c;
      i += 1;
    }
  }
  if (cell || row.length) throw new Error('last line has no CRLF');
  return rows;
}

const record = (over: Partial<ContactRecord> = {}): ContactRecord => ({
  id: 'a1b2c3',
  date: '2026-11-20',
  topics: ['smoking'],
  services: ['nhs-quit-smoking'],
  via: 'sidebar',
  contentVersion: 'feed:42',
  ...over,
});
const NO_ORG = { code: null, name: null, team: null };

describe('csvCell', () => {
  it('quotes commas, quotes, semicolons and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(7)).toBe('7');
  });

  it('neutralises cells a spreadsheet would run as a formula (OWASP)', () => {
    for (const evil of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1+1']) {
      expect(parseCsv(`${csvCell(evil)}\r\n`)[0]![0]).toBe(`'${evil}`);
    }
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('contactsCsv', () => {
  it('writes the header and one row per record with CRLF endings', () => {
    const csv = contactsCsv([
      record(),
      record({ id: 'x', hour: 0, topics: ['alcohol', 'drugs'], services: [], outcome: 'information', via: 'shortcut' }),
      record({ id: 'y', level: 'extended', outcome: 'referral-accepted', intention: true, handover: ['link-copied', 'sms-text-copied'] }),
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(parseCsv(csv)).toEqual([
      ['id', 'date', 'hour', 'topics', 'services', 'level', 'outcome', 'said_will_contact', 'handover', 'logged_via', 'content_version'],
      ['a1b2c3', '2026-11-20', '', 'smoking', 'nhs-quit-smoking', '', '', '', '', 'sidebar', 'feed:42'],
      ['x', '2026-11-20', '0', 'alcohol;drugs', '', '', 'information', '', '', 'shortcut', 'feed:42'],
      [
        'y',
        '2026-11-20',
        '',
        'smoking',
        'nhs-quit-smoking',
        'extended',
        'referral-accepted',
        'yes',
        'link-copied;sms-text-copied',
        'sidebar',
        'feed:42',
      ],
    ]);
  });

  it('adds organisation and team columns only when configured, the same on every row', () => {
    expect(parseCsv(contactsCsv([record()], NO_ORG))[0]).not.toContain('team');
    const both = parseCsv(contactsCsv([record(), record()], { code: 'RV3', name: 'Riverside Health, "London"', team: '-Outreach' }));
    expect(both[0]!.slice(-3)).toEqual(['organisation_code', 'organisation_name', 'team']);
    expect(both[1]!.slice(-3)).toEqual(['RV3', 'Riverside Health, "London"', "'-Outreach"]);
    expect(both[2]!.slice(-3)).toEqual(both[1]!.slice(-3));
    const teamOnly = parseCsv(contactsCsv([record()], { code: null, name: null, team: 'Ward 4' }));
    expect(teamOnly[0]!.slice(-2)).toEqual(['content_version', 'team']);
    const orgOnly = parseCsv(contactsCsv([record()], { code: 'RV3', name: null, team: null }));
    expect(orgOnly[0]!.slice(-2)).toEqual(['organisation_code', 'organisation_name']);
    expect(orgOnly[1]!.slice(-2)).toEqual(['RV3', '']);
  });

  it('neutralises hostile values that reached a record (e.g. from a tampered feed)', () => {
    const rows = parseCsv(contactsCsv([record({ topics: ['=cmd|x'], services: ['@x', 'b'], contentVersion: '+1' })]));
    expect(rows[1]!.slice(3, 5)).toEqual(["'=cmd|x", "'@x;b"]);
    expect(rows[1]![10]).toBe("'+1");
  });

  it('exports 100,000 records as 100,001 lines', () => {
    const records = Array.from({ length: 100_000 }, (_, i) =>
      record({ id: `id-${i}`, date: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`, hour: i % 24 }),
    );
    const csv = contactsCsv(records, { code: 'X1', name: 'Trust', team: 'Team, A' });
    const lines = csv.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(100_001);
    expect(lines[100_000]).toBe('id-99999,2026-04-15,15,smoking,nhs-quit-smoking,,,,,sidebar,feed:42,X1,Trust,"Team, A"');
  });
});

describe('weeklySummaryCsv', () => {
  const records = [
    record({ date: '2026-11-03', topics: ['alcohol'], services: [] }),
    record({ date: '2026-11-18', topics: ['smoking', 'alcohol'] }),
    record({ date: '2026-11-19', topics: ['retired-topic'], services: [] }),
  ];

  it('has a zero-filled row per week, a column per topic in content order, retired topics after', () => {
    const rows = parseCsv(weeklySummaryCsv(records, { today: '2026-11-22', topicIds: ['smoking', 'alcohol', 'falls'] }));
    expect(rows).toEqual([
      ['week_start', 'contacts', 'signposted', 'smoking', 'alcohol', 'falls', 'retired-topic'],
      ['2026-11-02', '1', '0', '0', '1', '0', '0'],
      ['2026-11-09', '0', '0', '0', '0', '0', '0'],
      ['2026-11-16', '2', '1', '1', '1', '0', '1'],
    ]);
  });

  it('runs to the current week and adds organisation columns only when configured', () => {
    const rows = parseCsv(
      weeklySummaryCsv(records.slice(0, 1), {
        today: '2026-11-22',
        topicIds: ['alcohol'],
        organisation: { code: 'RV3', name: 'Riverside Health', team: null },
      }),
    );
    expect(rows[0]).toEqual(['week_start', 'contacts', 'signposted', 'alcohol', 'organisation_code', 'organisation_name']);
    expect(rows.map((r) => r[0])).toEqual(['week_start', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(rows[3]).toEqual(['2026-11-16', '0', '0', '0', 'RV3', 'Riverside Health']);
  });

  it('is just the header when nothing was logged', () => {
    expect(weeklySummaryCsv([], { today: '2026-11-22', topicIds: ['smoking'] })).toBe('week_start,contacts,signposted,smoking\r\n');
  });
});

describe('export files', () => {
  it('names files by date and adds a BOM for Excel', () => {
    expect(exportFileName('contacts', '2026-11-22')).toBe('mecc-contacts-2026-11-22.csv');
    const org = exportOrganisation(resolveContactSettings({ organisationCode: 'RV3', team: 'Ward 4' }));
    expect(org).toEqual({ code: 'RV3', name: null, team: 'Ward 4' });
    const raw = contactsExportFile([record()], org, '2026-11-22');
    expect(raw.filename).toBe('mecc-contacts-2026-11-22.csv');
    expect(raw.mimeType).toMatch(/^text\/csv/);
    expect(raw.text.startsWith('\uFEFFid,date,')).toBe(true);
    const summary = weeklySummaryExportFile([record()], ['smoking'], org, '2026-11-22');
    expect(summary.filename).toBe('mecc-weekly-summary-2026-11-22.csv');
    expect(summary.text.split('\r\n')[0]).toBe('\uFEFFweek_start,contacts,signposted,smoking,organisation_code,organisation_name,team');
  });
});

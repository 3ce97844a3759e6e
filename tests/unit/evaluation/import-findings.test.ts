/**
 * The security review's evaluation findings on importing and re-exporting contacts:
 * T3-IMPORT-DATES (an absurd date broke the period downloads and slowed the page),
 * T3-IMPORT-REEXPORT (an id starting with "-" could not be imported again once exported),
 * T3-IMPORT-ORG (combined exports stamped this browser's organisation on other teams' rows).
 */
import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import { contactsCsv, weeklySummaryCsv } from '../../../utils/evaluation/export-csv';
import { combinedOrganisation, combineRecords, parseContactsExport } from '../../../utils/evaluation/import-csv';
import { summaryCsv } from '../../../utils/evaluation/summary-csv';
import { summaryRows } from '../../../utils/evaluation/summary';

const TODAY = '2026-12-07';
const rec = (id: string, date = '2026-11-20', extra: Partial<ContactRecord> = {}): ContactRecord => ({
  id,
  date,
  topics: ['smoking'],
  services: [],
  level: 'brief',
  via: 'popup',
  contentVersion: 'built-in',
  ...extra,
});

describe('T3-IMPORT-DATES', () => {
  it.each([
    ['9999-12-31', 'far in the future'],
    ['1000-01-01', 'before the programme'],
    ['2019-12-31', 'the day before 2020'],
    ['2026-12-09', 'two days after today'],
  ])('T3-IMPORT-DATES: a row dated %s (%s) is left out with its line number; the rest of the file is kept', (date) => {
    const text = contactsCsv([rec('good-1'), rec('bad-1', date), rec('good-2', '2026-12-08')]);
    const result = parseContactsExport('other.csv', text, { today: TODAY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records.map((r) => r.id)).toEqual(['good-1', 'good-2']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatch(new RegExp(`other\\.csv, line 3: the date ${date} is outside 2020-01-01 to 2026-12-08`));
  });

  it('T3-IMPORT-DATES: a file whose every row is out of range imports nothing and says why', () => {
    const result = parseContactsExport('old.csv', contactsCsv([rec('a', '1000-01-01'), rec('b', '1999-05-05')]), { today: TODAY });
    expect(result.ok && result.records).toEqual([]);
    expect(result.ok && result.skipped).toHaveLength(2);
  });

  it.each(['quarter', 'month', 'week'] as const)(
    'T3-IMPORT-DATES: a record dated 9999-12-31 in the log does not break the summary by %s',
    (kind) => {
      const records = [rec('a', '2026-11-20'), rec('b', '9999-12-31')];
      expect(() => summaryCsv(records, { kind, today: TODAY })).not.toThrow();
      const rows = summaryRows(records, { kind, today: TODAY });
      // Zero-filled only up to today: the absurd record's period is there, but not 8,000 years of empty ones.
      const totals = rows.filter((r) => r.topic === '(all)');
      expect(totals.length).toBeLessThan(30);
      expect(totals.reduce((sum, r) => sum + r.contacts, 0)).toBe(2);
    },
  );

  it('T3-IMPORT-DATES: a record dated 1000-01-01 does not zero-fill from the year 1000', () => {
    const records = [rec('a', '1000-01-01'), rec('b', '2026-11-20')];
    const rows = summaryRows(records, { kind: 'month', today: TODAY });
    expect(rows.filter((r) => r.topic === '(all)').length).toBeLessThan(100);
    expect(() => weeklySummaryCsv(records, { today: TODAY, topicIds: ['smoking'] })).not.toThrow();
    expect(weeklySummaryCsv(records, { today: TODAY, topicIds: ['smoking'] }).split('\r\n').length).toBeLessThan(400);
  });

  it('T3-IMPORT-DATES: a period label for the year 10000 or 999 is written with four digits or more, never unpadded', () => {
    const rows = summaryRows([rec('a', '0999-06-01')], { kind: 'quarter', today: TODAY });
    expect(rows[0]!.period.start).toBe('0999-04-01');
    expect(rows[0]!.period.label).toBe('0999/00 Q1');
  });
});

describe('T3-IMPORT-REEXPORT', () => {
  it.each(['-x1', '-', '--9'])('T3-IMPORT-REEXPORT: an imported id "%s" survives export and a second import', (id) => {
    const first = parseContactsExport('a.csv', contactsCsv([rec(id)]), { today: TODAY });
    expect(first.ok && first.records.map((r) => r.id)).toEqual([id]);
    const again = contactsCsv(first.ok ? first.records : []);
    // The formula guard is still written for spreadsheets…
    expect(again).toContain(`'${id},`);
    // …and read back as the id it guards.
    const second = parseContactsExport('combined.csv', again, { today: TODAY });
    expect(second).toMatchObject({ ok: true, records: [{ id }] });
  });

  it('T3-IMPORT-REEXPORT: a quote before an ordinary id is still refused (only the guard is undone)', () => {
    const text = contactsCsv([rec('abc')]).replace('\r\nabc,', "\r\n'abc,");
    expect(parseContactsExport('a.csv', text, { today: TODAY })).toMatchObject({ ok: false });
  });
});

describe('T3-IMPORT-ORG', () => {
  const ours = { code: 'RV3', name: 'Camden and Islington', team: 'Health visitors' };
  const theirs = { code: 'RAL', name: 'Royal Free', team: 'Sexual health clinic' };
  const combine = (files: string[]) => {
    const parsed = files.map((text, i) => parseContactsExport(`f${i}.csv`, text, { today: TODAY }));
    const ok = parsed.map((p) => (p.ok ? p : null)!);
    return combineRecords(
      [rec('own-1')],
      ok.map((p) => p.records),
      ok.map((p) => p.origins),
    );
  };
  const rowOf = (csv: string, id: string) => csv.split('\r\n').find((l) => l.startsWith(`${id},`))!;

  it("T3-IMPORT-ORG: the combined contacts export keeps each imported row's own organisation and team", () => {
    const combined = combine([contactsCsv([rec('theirs-1')], theirs)]);
    const csv = contactsCsv(combined.records, ours, combined.origins);
    expect(csv.split('\r\n')[0]).toMatch(/,organisation_code,organisation_name,team$/);
    expect(rowOf(csv, 'own-1')).toMatch(/,RV3,Camden and Islington,Health visitors$/);
    expect(rowOf(csv, 'theirs-1')).toMatch(/,RAL,Royal Free,Sexual health clinic$/);
  });

  it('T3-IMPORT-ORG: rows from a file without organisation columns get empty ones, not this browser’s', () => {
    const combined = combine([contactsCsv([rec('unlabelled-1')])]);
    const csv = contactsCsv(combined.records, ours, combined.origins);
    expect(rowOf(csv, 'unlabelled-1')).toMatch(/,built-in,,,$/);
  });

  it('T3-IMPORT-ORG: a combined export imported again still has each row’s organisation', () => {
    const first = combine([contactsCsv([rec('theirs-1')], theirs)]);
    const again = parseContactsExport('combined.csv', contactsCsv(first.records, ours, first.origins), { today: TODAY });
    expect(again.ok && again.origins.get('theirs-1')).toEqual(theirs);
    expect(again.ok && again.origins.get('own-1')).toEqual(ours);
  });

  it('T3-IMPORT-ORG: summaries of combined records name every organisation and team in them, not only this browser’s', () => {
    const combined = combine([contactsCsv([rec('theirs-1')], theirs)]);
    expect(combinedOrganisation(ours, combined.origins)).toEqual({
      code: 'RV3 + RAL',
      name: 'Camden and Islington + Royal Free',
      team: 'Health visitors + Sexual health clinic',
    });
    // Nothing imported, or only our own organisation's files: just ours.
    expect(combinedOrganisation(ours, new Map([['x', ours]]))).toEqual(ours);
  });
});

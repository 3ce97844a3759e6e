/** Summaries by quarter, month and week × topic × level × outcome, and the publishable rule. */
import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import { periodOf, periodsBetween } from '../../../utils/evaluation/period';
import { publishableCount, summaryRows } from '../../../utils/evaluation/summary';
import { summaryCsv } from '../../../utils/evaluation/summary-csv';
import { dataDictionaryCsv, DATA_DICTIONARY, NUMERATORS_ONLY } from '../../../utils/evaluation/data-dictionary';
import { CONTACT_COLUMNS } from '../../../utils/evaluation/export-csv';
import { SUMMARY_BY_PERIOD_COLUMNS } from '../../../utils/evaluation/summary-csv';

let n = 0;
const r = (date: string, extra: Partial<ContactRecord> = {}): ContactRecord => ({
  id: `r${(n += 1)}`,
  date,
  topics: ['smoking'],
  services: [],
  level: 'very-brief',
  via: 'popup',
  contentVersion: 'built-in',
  ...extra,
});

describe('publishableCount (NHS Digital: 1–7 → *, others to the nearest 5)', () => {
  it.each([
    [0, '0'],
    [1, '*'],
    [5, '*'],
    [7, '*'],
    [8, '10'],
    [9, '10'],
    [10, '10'],
    [12, '10'],
    [13, '15'],
    [17, '15'],
    [18, '20'],
    [22, '20'],
    [23, '25'],
    [1002, '1000'],
    [1003, '1005'],
  ])('%i → %s', (count, shown) => {
    expect(publishableCount(count)).toBe(shown);
  });

  it('refuses what is not a count', () => {
    expect(() => publishableCount(-1)).toThrow(RangeError);
    expect(() => publishableCount(2.5)).toThrow(RangeError);
  });
});

describe('periods', () => {
  it('uses NHS financial-year quarters (Q1 = April to June)', () => {
    expect(periodOf('2026-04-01', 'quarter')).toMatchObject({ label: '2026/27 Q1', start: '2026-04-01', end: '2026-06-30' });
    expect(periodOf('2026-12-31', 'quarter')).toMatchObject({ label: '2026/27 Q3', start: '2026-10-01', end: '2026-12-31' });
    expect(periodOf('2027-01-01', 'quarter')).toMatchObject({ label: '2026/27 Q4', start: '2027-01-01', end: '2027-03-31' });
    expect(periodOf('2027-03-31', 'quarter').label).toBe('2026/27 Q4');
    expect(periodOf('2099-07-15', 'quarter').label).toBe('2099/00 Q2');
    expect(periodOf('2028-02-29', 'month')).toMatchObject({ label: '2028-02', start: '2028-02-01', end: '2028-02-29' });
    expect(periodOf('2027-01-01', 'week')).toMatchObject({ label: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
  });

  it('lists every period between two dates', () => {
    expect(periodsBetween('2026-03-15', '2026-10-01', 'quarter').map((p) => p.label)).toEqual([
      '2025/26 Q4',
      '2026/27 Q1',
      '2026/27 Q2',
      '2026/27 Q3',
    ]);
  });
});

describe('summaryRows', () => {
  const records = [
    r('2026-04-02'),
    r('2026-04-03', { topics: ['smoking', 'alcohol'], level: 'brief', outcome: 'referral-offered' }),
    r('2026-05-20', { topics: [], outcome: 'signposted' }),
    r('2026-07-01', { level: undefined, outcome: 'referral-offered-or-accepted' }),
  ];

  it('counts by quarter × topic × level × outcome, with an (all) row per quarter counting each contact once', () => {
    const rows = summaryRows(records, { kind: 'quarter', today: '2026-11-22', topicIds: ['smoking', 'alcohol'] });
    expect(rows.map((x) => [x.period.label, x.topic, x.level, x.outcome, x.contacts])).toEqual([
      ['2026/27 Q1', '(all)', '(all)', '(all)', 3],
      ['2026/27 Q1', 'smoking', 'very-brief', 'not-recorded', 1],
      ['2026/27 Q1', 'smoking', 'brief', 'referral-offered', 1],
      ['2026/27 Q1', 'alcohol', 'brief', 'referral-offered', 1],
      ['2026/27 Q1', '(none)', 'very-brief', 'signposted', 1],
      ['2026/27 Q2', '(all)', '(all)', '(all)', 1],
      ['2026/27 Q2', 'smoking', 'not-recorded', 'referral-offered-or-accepted', 1],
      // Zero-filled to today's quarter: a quiet quarter is a real 0, not a gap.
      ['2026/27 Q3', '(all)', '(all)', '(all)', 0],
    ]);
  });

  it('by month and by week, and within a chosen range', () => {
    expect(
      summaryRows(records, { kind: 'month', today: '2026-05-31' })
        .filter((x) => x.topic === '(all)')
        .map((x) => [x.period.label, x.contacts]),
    ).toEqual([
      ['2026-04', 2],
      ['2026-05', 1],
      ['2026-06', 0],
      ['2026-07', 1],
    ]);
    const week = summaryRows(records, { kind: 'week', today: '2026-04-05', from: '2026-04-01', to: '2026-04-05' });
    expect(week.map((x) => [x.period.label, x.topic, x.contacts])).toEqual([
      ['2026-W14', '(all)', 2],
      // No content order given: topic ids alphabetically.
      ['2026-W14', 'alcohol', 1],
      ['2026-W14', 'smoking', 1],
      ['2026-W14', 'smoking', 1],
    ]);
  });

  it('no records, no rows', () => {
    expect(summaryRows([], { kind: 'quarter', today: '2026-11-22' })).toEqual([]);
  });
});

describe('summaryCsv', () => {
  const many = [
    ...Array.from({ length: 13 }, () => r('2026-10-05')),
    ...Array.from({ length: 3 }, () => r('2026-10-06', { topics: ['alcohol'] })),
  ];

  it('writes exact counts, and the publishable variant suppresses and rounds every count', () => {
    const exact = summaryCsv(many, {
      kind: 'quarter',
      today: '2026-11-22',
      topicIds: ['smoking', 'alcohol'],
      organisation: { code: 'RV3', name: null, team: null },
    });
    expect(exact.split('\r\n')).toEqual([
      [...SUMMARY_BY_PERIOD_COLUMNS, 'organisation_code', 'organisation_name'].join(','),
      '2026/27 Q3,2026-10-01,2026-12-31,(all),(all),(all),16,RV3,',
      '2026/27 Q3,2026-10-01,2026-12-31,smoking,very-brief,not-recorded,13,RV3,',
      '2026/27 Q3,2026-10-01,2026-12-31,alcohol,very-brief,not-recorded,3,RV3,',
      '',
    ]);
    const published = summaryCsv(many, { kind: 'quarter', today: '2026-11-22', topicIds: ['smoking', 'alcohol'], publishable: true });
    expect(
      published
        .split('\r\n')
        .slice(1, 4)
        .map((l) => l.split(',').pop()),
    ).toEqual(['15', '15', '*']);
  });
});

describe('data dictionary', () => {
  it('names every column of every download', () => {
    const named = new Set(DATA_DICTIONARY.flatMap((e) => e.column.split(' / ')));
    for (const c of [...CONTACT_COLUMNS, ...SUMMARY_BY_PERIOD_COLUMNS]) {
      const alias = c === 'topics' || c === 'topic' ? 'topics' : c;
      expect(
        [...named].some((x) => x === alias || x === c),
        c,
      ).toBe(true);
    }
  });

  it('says plainly that the extension supplies numerators only', () => {
    expect(NUMERATORS_ONLY).toMatch(/numerators only/);
    expect(dataDictionaryCsv()).toContain('numerators only');
    expect(dataDictionaryCsv().split('\r\n')[0]).toBe('file,column,values,meaning,mecc_evaluation_guide,cquin,nice');
  });
});

describe('docs/evaluation.md', () => {
  it('prints the data dictionary exactly as the download has it, and says numerators only', async () => {
    const { readFileSync } = await import('node:fs');
    const { dataDictionaryMarkdown } = await import('../../../utils/evaluation/data-dictionary');
    const doc = readFileSync('docs/evaluation.md', 'utf8');
    // Compared cell by cell: Prettier pads Markdown tables, which changes no cell.
    const cells = (md: string) =>
      md
        .split('\n')
        .filter((l) => l.trim().startsWith('|'))
        .map((l) =>
          l
            .split('|')
            .map((c) => (/^\s*:?-+:?\s*$/.test(c) ? '---' : c.trim()))
            .join('|'),
        )
        .join('\n');
    expect(cells(doc)).toContain(cells(dataDictionaryMarkdown()));
    expect(doc).toMatch(/\*\*The extension supplies numerators only\.\*\*/);
  });
});

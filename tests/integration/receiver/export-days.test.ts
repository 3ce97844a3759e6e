// @vitest-environment node
/**
 * The day-partitioned export (receiver/export-days.ts): one file per day under date=YYYY-MM-DD/,
 * every stored record exactly once, readable back by the extension's own contacts import, with
 * the organisation on each row as its batch sent it; a bad command line is refused clearly.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContactsExport } from '../../../utils/evaluation/import-csv';
import { uploadRecord } from '../../../utils/contacts/upload-format';
import { EXPORT_COLUMNS, exportDays } from '../../../receiver/export-days';
import { storeBatch } from '../../../receiver/store-batch';
import { ENGINES, type TestDatabase } from './test-databases';
import { sampleRecords } from './sample-records';

describe.each(ENGINES)('the day-partitioned export on $engine', ({ open, skip }) => {
  let t: TestDatabase;
  let out: string;
  const records = sampleRecords(300, 3, 'ex').map(uploadRecord);

  beforeAll(async () => {
    if (skip) return;
    t = await open();
    out = mkdtempSync(join(tmpdir(), 'mecc-export-'));
    const send = (slice: typeof records, organisation: { code: string; name: string } | null, team: string | null) =>
      storeBatch(t.db, { schema: 'mecc-contacts/2', batchId: randomUUID(), organisation, team, records: slice }, randomUUID());
    await send(records.slice(0, 200), { code: 'RV3', name: 'Riverside, "Community" Health' }, 'Outreach');
    await send(records.slice(200), null, null);
  });
  afterAll(async () => {
    if (skip) return;
    await t.drop();
    rmSync(out, { recursive: true, force: true });
  });

  it.skipIf(skip)('writes every record once, one file per day, readable by the extension', async () => {
    const result = await exportDays(t.db, out);
    const days = readdirSync(out).sort();
    expect(days.every((d) => /^date=\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(days).toEqual([...new Set(records.map((r) => `date=${r.date}`))].sort());
    expect(result).toEqual({ days: days.length, records: records.length });
    const read = days.flatMap((day) => {
      const text = readFileSync(join(out, day, 'part.csv'), 'utf8');
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text.split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
      const parsed = parseContactsExport(day, text);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.records.every((r) => `date=${r.date}` === day)).toBe(true);
      return parsed.records;
    });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(read.map(uploadRecord).sort(byId)).toEqual([...records].sort(byId));
  });

  it.skipIf(skip)('keeps each row its own organisation and team, quoted as RFC 4180', async () => {
    const day = records[0]!.date;
    const text = readFileSync(join(out, `date=${day}`, 'part.csv'), 'utf8');
    const row = text.split('\r\n').find((l) => l.startsWith(`${records[0]!.id},`));
    expect(row).toMatch(/,RV3,"Riverside, ""Community"" Health",Outreach$/);
    const orphan = records[250]!;
    const own = readFileSync(join(out, `date=${orphan.date}`, 'part.csv'), 'utf8')
      .split('\r\n')
      .find((l) => l.startsWith(`${orphan.id},`));
    expect(own).toMatch(/,,,$/);
  });

  it.skipIf(skip)('exports only the days asked for', async () => {
    const only = mkdtempSync(join(tmpdir(), 'mecc-export-'));
    const day = records[0]!.date;
    const result = await exportDays(t.db, only, { from: day, to: day });
    expect(readdirSync(only)).toEqual([`date=${day}`]);
    expect(result.records).toBe(records.filter((r) => r.date === day).length);
    rmSync(only, { recursive: true, force: true });
  });
});

it('the command refuses a malformed date before touching anything', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'receiver/export-main.ts', '--from', '22/11/2026'], { encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('Not a date (YYYY-MM-DD): 22/11/2026');
});

/** Reading the files a service lead adds on the evaluation page: each file on its own, every problem named. */
import { describe, expect, it, vi } from 'vitest';
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import { contactsCsv, NO_ORGANISATION } from '../../../utils/evaluation/export-csv';
import { MAX_IMPORT_BYTES } from '../../../utils/evaluation/import-csv';
import { importMessage, readImportFiles, type ChosenFile } from '../../../utils/evaluation/read-import-files';

const TODAY = '2026-12-07';
const rec = (id: string, date = '2026-11-20'): ContactRecord => ({
  id,
  date,
  topics: ['smoking'],
  services: [],
  via: 'popup',
  contentVersion: 'built-in',
});
const file = (name: string, text: string, size = text.length): ChosenFile => ({ name, size, text: vi.fn(async () => text) });

describe('readImportFiles', () => {
  it('refuses a file over 50 MB by name without reading it, and still reads the next file', async () => {
    const big = file('huge.csv', '', MAX_IMPORT_BYTES + 1);
    const good = file('team.csv', contactsCsv([rec('a'), rec('b')], NO_ORGANISATION));
    const { added, problems } = await readImportFiles([big, good], TODAY);
    expect(big.text).not.toHaveBeenCalled();
    expect(problems).toEqual(['huge.csv is larger than 50 MB, so it is not one of our exports. Nothing was imported from it.']);
    expect(added.map((f) => [f.name, f.records.map((r) => r.id)])).toEqual([['team.csv', ['a', 'b']]]);
  });

  it('accepts a file of exactly 50 MB (the limit is "larger than")', async () => {
    const { added, problems } = await readImportFiles(
      [file('edge.csv', contactsCsv([rec('a')], NO_ORGANISATION), MAX_IMPORT_BYTES)],
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(added).toHaveLength(1);
  });

  it('names a file that is not our export, and imports nothing from it', async () => {
    const { added, problems } = await readImportFiles([file('patients.csv', 'name,nhs\nA,1\n')], TODAY);
    expect(added).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^patients\.csv is not a MECC Sidebar contacts export/);
  });

  it('lists 5 left-out rows one by one and counts the rest, keeping the good rows', async () => {
    const bad = Array.from({ length: 7 }, (_, i) => rec(`old-${i}`, `2019-01-0${i + 1}`));
    const { added, problems } = await readImportFiles([file('x.csv', contactsCsv([rec('good'), ...bad], NO_ORGANISATION))], TODAY);
    expect(added[0]!.records.map((r) => r.id)).toEqual(['good']);
    expect(problems.slice(0, 5).every((p) => /^x\.csv, line \d+: the date 2019-01-0\d is outside/.test(p))).toBe(true);
    expect(problems.slice(5)).toEqual(['x.csv: 2 more rows were left out for the same reason.']);
  });

  it('lists exactly 5 left-out rows without a "more rows" line', async () => {
    const bad = Array.from({ length: 5 }, (_, i) => rec(`old-${i}`, `2019-01-0${i + 1}`));
    const { problems } = await readImportFiles([file('x.csv', contactsCsv(bad, NO_ORGANISATION))], TODAY);
    expect(problems).toHaveLength(5);
  });
});

describe('importMessage', () => {
  const own = [rec('a'), rec('b')];
  const team = { name: 'team.csv', records: [rec('b'), rec('c')], origins: new Map() };

  it('says how many files were read and counts each contact once', () => {
    expect(importMessage(own, [team], [team], [])).toEqual({
      error: false,
      text: 'Imported 1 file: now 3 contacts, each counted once (1 duplicates skipped).',
    });
  });

  it('is an error when anything was refused, with the problems after the count', () => {
    expect(importMessage(own, [team], [team], ['x.csv: refused.'])).toEqual({
      error: true,
      text: 'Imported 1 file: now 3 contacts, each counted once (1 duplicates skipped). x.csv: refused.',
    });
  });

  it('gives only the problems when no file could be read', () => {
    expect(importMessage(own, [], [], ['p.csv is not ours.'])).toEqual({ error: true, text: 'p.csv is not ours.' });
  });
});

/**
 * The export for analytics estates (Foundry, Synapse, Databricks, SQL Server): one CSV file per
 * day of contacts, in Hive-style folders those tools read as a partitioned table
 * (`<out>/date=2026-11-22/part.csv`). The columns are the extension's contacts export
 * (docs/evaluation.md, "mecc-contacts-…csv"), with the organisation and team columns always
 * present (empty when the batch had none), UTF-8 without a byte-order mark (Spark and Synapse
 * read a BOM into the first column's name), CRLF, RFC 4180 quoting and the same
 * formula-neutralising. Each file is written whole to a temporary name and renamed, so a
 * reader never sees half a day, and exporting a day again replaces it.
 *
 *   npm run receiver:export -- --out export [--from 2026-11-01] [--to 2026-11-30]
 * (DATABASE_URL or RECEIVER_DATA as for the receiver; with PGlite, stop the receiver first.)
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTACT_COLUMNS, csvCell, LIST_SEPARATOR } from '../utils/evaluation/export-csv';
import type { Queryable } from './database';

export const EXPORT_COLUMNS = [...CONTACT_COLUMNS, 'organisation_code', 'organisation_name', 'team'] as const;

interface Row {
  id: string;
  date: string;
  hour: number | null;
  topics: string[];
  services: string[];
  level: string | null;
  outcome: string | null;
  intention: boolean;
  handover: string[];
  via: string;
  content_version: string;
  organisation_code: string | null;
  organisation_name: string | null;
  team: string | null;
}

const line = (r: Row) =>
  [
    r.id,
    r.date,
    r.hour,
    r.topics.join(LIST_SEPARATOR),
    r.services.join(LIST_SEPARATOR),
    r.level,
    r.outcome,
    r.intention ? 'yes' : '',
    r.handover.join(LIST_SEPARATOR),
    r.via,
    r.content_version,
    r.organisation_code,
    r.organisation_name,
    r.team,
  ]
    .map(csvCell)
    .join(',');

export interface ExportResult {
  days: number;
  records: number;
}

/** Writes one file per day with records in [from, to] (inclusive; all days when absent). */
export async function exportDays(db: Queryable, out: string, range: { from?: string; to?: string } = {}): Promise<ExportResult> {
  const days = await db.query<{ day: string }>(
    `SELECT DISTINCT to_char(date, 'YYYY-MM-DD') AS day FROM records
     WHERE ($1::date IS NULL OR date >= $1::date) AND ($2::date IS NULL OR date <= $2::date) ORDER BY 1`,
    [range.from ?? null, range.to ?? null],
  );
  let records = 0;
  for (const { day } of days) {
    // One day at a time: memory stays at one day's rows, however large the table.
    const rows = await db.query<Row>(
      `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, hour, topics, services, level, outcome, intention, handover, via,
              content_version, organisation_code, organisation_name, team
       FROM records WHERE date = $1::date ORDER BY organisation_code NULLS FIRST, id COLLATE "C"`,
      [day],
    );
    const folder = join(out, `date=${day}`);
    mkdirSync(folder, { recursive: true });
    const text = [EXPORT_COLUMNS.join(','), ...rows.map(line)].join('\r\n') + '\r\n';
    writeFileSync(join(folder, 'part.csv.tmp'), text);
    renameSync(join(folder, 'part.csv.tmp'), join(folder, 'part.csv'));
    records += rows.length;
  }
  return { days: days.length, records };
}

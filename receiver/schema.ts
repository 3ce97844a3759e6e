/**
 * The receiver's tables (docs/evaluation.md, "The reference receiver"):
 * - `batches`: one row per Idempotency-Key, with the SHA-256 of the body it came with and its
 *   record count, so a retry is acknowledged with the first count and a key re-used with
 *   another body is refused. No request time and no IP address: docs/privacy.md asks a
 *   receiver not to keep them beside the records;
 * - `records`: one row per contact record, declaratively partitioned by the month of its date.
 *   A partitioned table's unique key must include the partition column, so the key is
 *   (date, id): a record's date never changes after it is sent (the extension only lets a
 *   contact be refined until its day is over, and uploads it after that), so this stores each
 *   record once, however many batches carry it.
 * Partitions are made when a batch first brings a month (`ensureMonthPartitions`), so nothing
 * has to be created ahead by hand, and old months can be detached or dropped whole.
 */
import type { Database, Queryable } from './database';

/** Serialises schema changes between receiver processes sharing one database. */
const SCHEMA_LOCK = 7_340_021;

const STATEMENTS = [
  `CREATE TABLE IF NOT EXISTS batches (
  idempotency_key   text PRIMARY KEY,
  body_sha256       text NOT NULL,
  record_count      integer NOT NULL CHECK (record_count > 0),
  organisation_code text,
  organisation_name text,
  team              text
)`,
  // Only when present: ALTER TABLE locks the table, which a restarting process must not do to busy peers.
  // (An early version kept each batch's arrival time; docs/privacy.md asks a receiver not to.)
  `DO $$ BEGIN
     IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'batches' AND column_name = 'received_at') THEN
       ALTER TABLE batches DROP COLUMN received_at;
     END IF;
   END $$`,
  `
CREATE TABLE IF NOT EXISTS records (
  id                text NOT NULL,
  date              date NOT NULL,
  hour              smallint CHECK (hour BETWEEN 0 AND 23),
  topics            text[] NOT NULL,
  services          text[] NOT NULL,
  level             text,
  outcome           text,
  intention         boolean NOT NULL DEFAULT false,
  handover          text[] NOT NULL DEFAULT '{}',
  via               text NOT NULL,
  content_version   text NOT NULL,
  organisation_code text,
  organisation_name text,
  team              text,
  batch_key         text NOT NULL,
  PRIMARY KEY (date, id)
) PARTITION BY RANGE (date)`,
  // Only when missing: even CREATE INDEX IF NOT EXISTS locks the table against inserts first.
  `DO $$ BEGIN
     IF to_regclass('records_organisation') IS NULL THEN
       CREATE INDEX records_organisation ON records (organisation_code, date);
     END IF;
   END $$`,
];

export async function migrate(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    for (const statement of STATEMENTS) await tx.query(statement);
  });
}

/** "2026-11-22" → "2026-11". */
export const monthOf = (date: string) => date.slice(0, 7);

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Months this process knows have a partition, per database. */
const known = new WeakMap<Database, Set<string>>();

async function createPartition(tx: Queryable, month: string): Promise<void> {
  // Month strings are validated dates (YYYY-MM), so building the name and bounds is safe.
  if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`not a month: ${month}`);
  const name = `records_${month.replace('-', '_')}`;
  await tx.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF records FOR VALUES FROM ('${month}-01') TO ('${nextMonth(month)}-01')`);
}

/** Makes sure each month has its partition; another process may be making the same one. */
export async function ensureMonthPartitions(db: Database, months: Iterable<string>): Promise<void> {
  const seen = known.get(db) ?? new Set<string>();
  known.set(db, seen);
  const missing = [...new Set(months)].filter((m) => !seen.has(m));
  if (missing.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    for (const month of missing) await createPartition(tx, month);
  });
  for (const month of missing) seen.add(month);
}

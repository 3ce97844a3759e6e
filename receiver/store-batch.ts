/**
 * Storing one batch, all or nothing, in one transaction: the key and every record, keyed so a
 * record already stored by another batch is not stored again. The caller acknowledges only
 * after this returns, that is after the commit.
 */
import type { UploadBatch } from '../utils/contacts/upload-format';
import type { Database } from './database';
import { ensureMonthPartitions, monthOf } from './schema';

export type StoreOutcome =
  /** Newly stored: `count` records in the batch, `added` of them new to the database. */
  | { kind: 'stored'; count: number; added: number }
  /** The same key and the same body again: already stored, acknowledge with the first count. */
  | { kind: 'repeat'; count: number }
  /** The key was used before with a different body: refused, nothing stored. */
  | { kind: 'conflict' };

/**
 * Claiming the key and inserting the records is one statement, so one round trip and one
 * implicit transaction: the records go in only when this statement claimed the key, and both
 * commit together or not at all. A second process given the same key waits on the key's row
 * until the first commits, then claims nothing.
 */
const STORE = `
WITH claimed AS (
  INSERT INTO batches (idempotency_key, body_sha256, record_count, organisation_code, organisation_name, team)
  VALUES ($2, $3, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING 1
), added AS (
  INSERT INTO records (id, date, hour, topics, services, level, outcome, intention, handover, via, content_version,
                       organisation_code, organisation_name, team, batch_key)
  SELECT e->>'id', (e->>'date')::date, (e->>'hour')::smallint,
         ARRAY(SELECT jsonb_array_elements_text(e->'topics')),
         ARRAY(SELECT jsonb_array_elements_text(e->'services')),
         e->>'level', e->>'outcome', coalesce((e->>'intention')::boolean, false),
         ARRAY(SELECT jsonb_array_elements_text(coalesce(e->'handover', '[]'::jsonb))),
         e->>'via', e->>'contentVersion', $5, $6, $7, $2
  FROM jsonb_array_elements($1::jsonb) AS e
  WHERE EXISTS (SELECT 1 FROM claimed)
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT (SELECT count(*) FROM claimed)::int AS claimed, (SELECT count(*) FROM added)::int AS added`;

export async function storeBatch(db: Database, batch: UploadBatch, bodySha256: string): Promise<StoreOutcome> {
  await ensureMonthPartitions(
    db,
    batch.records.map((r) => monthOf(r.date)),
  );
  const org = [batch.organisation?.code ?? null, batch.organisation?.name ?? null, batch.team];
  const [result] = await db.query<{ claimed: number; added: number }>(STORE, [
    JSON.stringify(batch.records),
    batch.batchId,
    bodySha256,
    batch.records.length,
    ...org,
  ]);
  if (result?.claimed === 1) return { kind: 'stored', count: batch.records.length, added: result.added };
  const [first] = await db.query<{ body_sha256: string; record_count: number }>(
    'SELECT body_sha256, record_count FROM batches WHERE idempotency_key = $1',
    [batch.batchId],
  );
  if (first && first.body_sha256 === bodySha256) return { kind: 'repeat', count: first.record_count };
  return { kind: 'conflict' };
}

/**
 * Storing one batch, all or nothing, in one transaction: the key first (so two processes
 * given the same key at once queue on its row), then every record, keyed so a record already
 * stored by another batch is not stored again. The caller acknowledges only after this returns.
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

const INSERT_RECORDS = `
WITH added AS (
  INSERT INTO records (id, date, hour, topics, services, level, outcome, intention, handover, via, content_version,
                       organisation_code, organisation_name, team, batch_key)
  SELECT e->>'id', (e->>'date')::date, (e->>'hour')::smallint,
         ARRAY(SELECT jsonb_array_elements_text(e->'topics')),
         ARRAY(SELECT jsonb_array_elements_text(e->'services')),
         e->>'level', e->>'outcome', coalesce((e->>'intention')::boolean, false),
         ARRAY(SELECT jsonb_array_elements_text(coalesce(e->'handover', '[]'::jsonb))),
         e->>'via', e->>'contentVersion', $2, $3, $4, $5
  FROM jsonb_array_elements($1::jsonb) AS e
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT count(*)::int AS added FROM added`;

export async function storeBatch(db: Database, batch: UploadBatch, bodySha256: string): Promise<StoreOutcome> {
  await ensureMonthPartitions(
    db,
    batch.records.map((r) => monthOf(r.date)),
  );
  const org = [batch.organisation?.code ?? null, batch.organisation?.name ?? null, batch.team];
  return db.transaction(async (tx): Promise<StoreOutcome> => {
    const claimed = await tx.query(
      `INSERT INTO batches (idempotency_key, body_sha256, record_count, organisation_code, organisation_name, team)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING RETURNING 1`,
      [batch.batchId, bodySha256, batch.records.length, ...org],
    );
    if (claimed.length === 0) {
      const [first] = await tx.query<{ body_sha256: string; record_count: number }>(
        'SELECT body_sha256, record_count FROM batches WHERE idempotency_key = $1',
        [batch.batchId],
      );
      if (first && first.body_sha256 === bodySha256) return { kind: 'repeat', count: first.record_count };
      return { kind: 'conflict' };
    }
    const [row] = await tx.query<{ added: number }>(INSERT_RECORDS, [JSON.stringify(batch.records), ...org, batch.batchId]);
    return { kind: 'stored', count: batch.records.length, added: row?.added ?? 0 };
  });
}

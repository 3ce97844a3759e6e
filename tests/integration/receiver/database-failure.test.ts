// @vitest-environment node
/**
 * T3-RECV-CRASH against a real server and a real receiver process: the database refuses every
 * connection (its connection limit set to 0, its sessions ended) while the receiver runs. Each
 * upload is answered 503 with Retry-After, /health says the database is not answering, the
 * process stays up, and once the database is back the same batch is stored, once.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type ReceiverProcess } from '../../../receiver/receiver-process';
import { freshPostgres, postgresAvailable, type TestDatabase } from './test-databases';

describe.skipIf(!postgresAvailable)('a receiver process whose PostgreSQL goes away', () => {
  let t: TestDatabase;
  let receiver: ReceiverProcess;
  const name = () => new URL(t.url!).pathname.slice(1);

  beforeAll(async () => {
    t = await freshPostgres();
    receiver = await startReceiver({ DATABASE_URL: t.url!, DB_POOL_SIZE: '2' });
  });
  afterAll(async () => {
    await receiver?.stop();
    await t?.drop();
  });

  /** As the database's owner, on a maintenance connection to another database. */
  async function asOwner(sql: string) {
    const url = new URL(t.url!);
    url.pathname = '/mecc_receiver';
    const client = new pg.Client({ connectionString: url.href });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  const batch = (key: string) =>
    JSON.stringify({
      schema: 'mecc-contacts/2',
      batchId: key,
      organisation: null,
      team: null,
      records: [{ id: `down-${key}`, date: '2026-11-02', topics: [], services: [], via: 'popup', contentVersion: 'built-in' }],
    });
  const post = (key: string) =>
    fetch(`${receiver.base}/mecc/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: batch(key),
    });

  it('answers 503 while the database is gone, stays up, and stores the retry once it is back', async () => {
    const before = randomUUID();
    expect((await post(before)).status).toBe(200);

    await asOwner(`ALTER DATABASE ${name()} CONNECTION LIMIT 0`);
    await asOwner(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name()}' AND pid <> pg_backend_pid()`);
    const key = randomUUID();
    for (let i = 0; i < 3; i += 1) {
      const res = await post(key);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('60');
    }
    expect((await fetch(`${receiver.base}/health`)).status).toBe(503);
    expect(receiver.child.exitCode).toBeNull();
    expect(receiver.output()).toMatch(/could not store/);

    await asOwner(`ALTER DATABASE ${name()} CONNECTION LIMIT -1`);
    const retried = await post(key);
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({ batchId: key, stored: 1 });
    const [row] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM records WHERE id = 'down-${key}'`);
    expect(row!.n).toBe(1);
  });
});

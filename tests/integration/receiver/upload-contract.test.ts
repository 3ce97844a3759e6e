// @vitest-environment node
/**
 * The reference receiver (receiver/) holds the documented upload contract
 * (docs/evaluation.md, "What the receiver must do") on both engines, including each fault
 * the security review found in the old sample receiver: a failed write (T3-RECV-CRASH),
 * no size cap (T3-RECV-SIZE), any field stored (T3-RECV-VALIDATE), a re-used key
 * acknowledged with the wrong count (T3-RECV-ACK).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiver } from '../../../receiver/server';
import { ENGINES, type TestDatabase } from './test-databases';

const record = (id: string, date = '2026-11-02', extra: Record<string, unknown> = {}) => ({
  id,
  date,
  topics: ['smoking'],
  services: ['nhs-quit-smoking'],
  via: 'popup',
  contentVersion: 'built-in',
  ...extra,
});
const batchOf = (records: object[], key = randomUUID()) => ({
  schema: 'mecc-contacts/2',
  batchId: key,
  organisation: { code: 'RV3', name: 'Riverside Community Health' },
  team: null,
  records,
});

describe.each(ENGINES)('the receiver on $engine', ({ open, skip }) => {
  let t: TestDatabase;
  let server: Server;
  let url: string;
  const logged: string[] = [];

  beforeAll(async () => {
    if (skip) return;
    t = await open();
    server = createReceiver({
      db: t.db,
      maxBodyBytes: 256 * 1024,
      now: () => new Date('2026-12-07T12:00:00Z'),
      log: (l) => logged.push(l),
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mecc/upload`;
  });
  afterAll(async () => {
    if (skip) return;
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await t.drop();
  });

  const post = (body: unknown, key?: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key === undefined ? { 'idempotency-key': (body as { batchId: string }).batchId } : key ? { 'idempotency-key': key } : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const count = async (sql = 'SELECT count(*)::int AS n FROM records') => (await t.db.query<{ n: number }>(sql))[0]!.n;

  it.skipIf(skip)('acknowledges a batch in the documented form once it is stored', async () => {
    const batch = batchOf([record('a1'), record('a2', '2026-10-31')]);
    const res = await post(batch);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({ batchId: batch.batchId, stored: 2 });
    const rows = await t.db.query<{ id: string; organisation_code: string; topics: string[] }>(
      "SELECT id, organisation_code, topics FROM records WHERE id IN ('a1', 'a2') ORDER BY id",
    );
    expect(rows).toEqual([
      { id: 'a1', organisation_code: 'RV3', topics: ['smoking'] },
      { id: 'a2', organisation_code: 'RV3', topics: ['smoking'] },
    ]);
  });

  it.skipIf(skip)('keeps no arrival time and no address beside the records (docs/privacy.md)', async () => {
    const columns = await t.db.query<{ table_name: string; column_name: string; data_type: string }>(
      "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name IN ('batches', 'records') ORDER BY 1, 2",
    );
    expect(columns.filter((c) => /time|inet/.test(c.data_type) || /_at$|ip|address/.test(c.column_name))).toEqual([]);
    expect(columns.filter((c) => c.table_name === 'batches').map((c) => c.column_name)).toEqual([
      'body_sha256',
      'idempotency_key',
      'organisation_code',
      'organisation_name',
      'record_count',
      'team',
    ]);
  });

  it.skipIf(skip)('stores records in monthly partitions, made when a month first arrives', async () => {
    await post(batchOf([record('p1', '2025-03-09')]));
    const parts = await t.db.query<{ name: string }>(
      "SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'records'::regclass ORDER BY 1",
    );
    expect(parts.map((p) => p.name)).toEqual(expect.arrayContaining(['records_2025_03', 'records_2026_10', 'records_2026_11']));
    expect(await count("SELECT count(*)::int AS n FROM records_2025_03 WHERE id = 'p1'")).toBe(1);
  });

  it.skipIf(skip)('T3-RECV-ACK: a repeated key with the same body is the same batch, acknowledged with its first count', async () => {
    const batch = batchOf([record('r1'), record('r2'), record('r3')]);
    const before = await count();
    expect(await (await post(batch)).json()).toEqual({ batchId: batch.batchId, stored: 3 });
    const again = await post(batch);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ batchId: batch.batchId, stored: 3 });
    expect(await count()).toBe(before + 3);
  });

  it.skipIf(skip)('T3-RECV-ACK: a key re-used with another body is refused (409) and stores nothing', async () => {
    const batch = batchOf([record('k1'), record('k2')]);
    await post(batch);
    const before = await count();
    const res = await post({ ...batch, records: [record('k3')] });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatch(/already used for a different batch/);
    expect(await count()).toBe(before);
    expect(await count("SELECT count(*)::int AS n FROM records WHERE id = 'k3'")).toBe(0);
  });

  it.skipIf(skip)('a record sent again in another batch is stored once', async () => {
    await post(batchOf([record('d1'), record('d2')]));
    const res = await post(batchOf([record('d2'), record('d3')]));
    expect(await res.json()).toMatchObject({ stored: 2 });
    expect(await count("SELECT count(*)::int AS n FROM records WHERE id LIKE 'd_'")).toBe(3);
  });

  it.skipIf(skip)('T3-RECV-VALIDATE: a record with a field the format does not list is refused, and nothing is stored', async () => {
    const before = await count();
    const res = await post(batchOf([record('v1'), record('v2', '2026-11-02', { patient: 'John Smith', nhsNumber: '943 476 5919' })]));
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error).toMatch(/not a valid mecc-contacts\/2 batch/);
    expect(body.details.join(' ')).toMatch(/records\.1.*patient/);
    expect(await count()).toBe(before);
  });

  it.skipIf(skip)('refuses free text and formulas where only ids go', async () => {
    const res = await post(batchOf([record('f1', '2026-11-02', { topics: ['=HYPERLINK("x")'] })]));
    expect(res.status).toBe(422);
    expect((await res.json()).details[0]).toMatch(/^records\.0\.topics\.0/);
  });

  it.skipIf(skip)('refuses impossible and future dates, naming the record', async () => {
    for (const date of ['2026-02-31', '9999-12-31', '1000-01-01', '2019-12-31', '2026-12-09']) {
      const res = await post(batchOf([record('x1'), record('x2', date)]));
      expect(res.status, date).toBe(422);
      expect((await res.json()).details, date).toEqual([expect.stringMatching(new RegExp(`^records\\.1\\.date: ${date}`))]);
    }
    expect(await count("SELECT count(*)::int AS n FROM records WHERE id = 'x1'")).toBe(0);
  });

  it.skipIf(skip)('T3-RECV-SIZE: refuses a body over the cap (413) without storing it', async () => {
    const big = batchOf(Array.from({ length: 450 }, (_, i) => record(`big-${i}`, '2026-11-02', { topics: Array(60).fill('smoking') })));
    const res = await post(big);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/larger than 262144 bytes/);
    expect(await count("SELECT count(*)::int AS n FROM records WHERE id LIKE 'big-%'")).toBe(0);
  });

  it.skipIf(skip)('refuses more than 500 records (413), with the count in the error', async () => {
    const res = await post(batchOf(Array.from({ length: 501 }, (_, i) => ({ id: `${i}` }))));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe('too many records: 501 (at most 500 a batch)');
  });

  it.skipIf(skip)('clear errors for a bad key, a bad content type, not JSON, a mismatched id and format 1', async () => {
    const batch = batchOf([record('e1')]);
    const cases: [Promise<Response>, number, RegExp][] = [
      [post(batch, ''), 400, /Idempotency-Key header is missing/],
      [post(batch, '../../etc/passwd'), 400, /not a UUID/],
      [post(batch, undefined, { 'content-type': 'text/plain' }), 415, /application\/json/],
      [post('{"schema":', batch.batchId), 400, /not JSON/],
      [post(batch, randomUUID()), 422, /batchId differs/],
      [post({ ...batch, schema: 'mecc-contacts/1' }), 422, /mecc-contacts\/1 is not accepted/],
    ];
    for (const [pending, status, message] of cases) {
      const res = await pending;
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect((await res.json()).error).toMatch(message);
    }
    expect(await count("SELECT count(*)::int AS n FROM records WHERE id = 'e1'")).toBe(0);
  });

  it.skipIf(skip)('answers the preflight, CORS on the upload path only, and never redirects', async () => {
    const preflight = await fetch(url, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key');
    const get = await fetch(url);
    expect(get.status).toBe(405);
    const base = url.replace('/mecc/upload', '');
    for (const path of ['/', '/health', '/mecc/upload/', '/mecc/upload/../other', '/admin']) {
      const res = await fetch(`${base}${path}`, { redirect: 'manual' });
      expect([200, 404], path).toContain(res.status);
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
      expect(res.headers.get('location'), path).toBeNull();
    }
  });

  it.skipIf(skip)('T3-RECV-CRASH: a failed write is a 503 with Retry-After, nothing half-stored, and the next try works', async () => {
    await t.db.query(
      `CREATE FUNCTION fail_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`,
    );
    await t.db.query('CREATE TRIGGER fail_write BEFORE INSERT ON records FOR EACH ROW EXECUTE FUNCTION fail_write()');
    const batch = batchOf([record('w1'), record('w2')]);
    const failed = await post(batch);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('60');
    expect((await failed.json()).error).toMatch(/could not be stored just now/);
    expect(logged.join('\n')).toMatch(/could not store .*disk full \(test\)/);
    // Rolled back: not even the key was kept, so the retry is stored, not taken for a repeat.
    expect(await count(`SELECT count(*)::int AS n FROM batches WHERE idempotency_key = '${batch.batchId}'`)).toBe(0);
    await t.db.query('DROP TRIGGER fail_write ON records');
    const retried = await post(batch);
    expect(retried.status).toBe(200);
    expect(await count("SELECT count(*)::int AS n FROM records WHERE id LIKE 'w_'")).toBe(2);
  });
});

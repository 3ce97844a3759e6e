/**
 * The receiver's tests run on both engines it supports: PGlite always (in memory), and a
 * real PostgreSQL server when one is reachable. `npm test` starts Debian's postgresql and
 * sets RECEIVER_TEST_DATABASE_URL (scripts/lib/bootstrap.mjs); without it the local test
 * role is tried, and when nothing answers the PostgreSQL cases are skipped, and say so.
 * Each opened database is a fresh one, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../../receiver/database';
import { migrate } from '../../../receiver/schema';

export const LOCAL_TEST_URL = 'postgres://mecc:mecc@127.0.0.1:5432/mecc_receiver';
const adminUrl = process.env.RECEIVER_TEST_DATABASE_URL ?? LOCAL_TEST_URL;

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const postgresAvailable = await reachable(adminUrl);
if (!postgresAvailable && process.env.RECEIVER_TEST_DATABASE_URL) {
  throw new Error(`RECEIVER_TEST_DATABASE_URL is set but PostgreSQL does not answer at it`);
}
if (!postgresAvailable) console.warn(`PostgreSQL not reachable at ${LOCAL_TEST_URL}: its receiver tests are skipped`);

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  db: Database;
  /** The server URL of this database (PostgreSQL only), for spawned receiver processes. */
  url?: string;
  drop(): Promise<void>;
}

/** A fresh, empty PostgreSQL database with the receiver's tables. */
export async function freshPostgres(): Promise<TestDatabase> {
  const name = `mecc_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openDatabase({ url: url.href, poolSize: 4 });
  await migrate(db);
  return {
    db,
    url: url.href,
    async drop() {
      await db.close();
      await admin((c) => c.query(`DROP DATABASE ${name} WITH (FORCE)`));
    },
  };
}

export async function freshPglite(): Promise<TestDatabase> {
  const db = openDatabase({ dataDir: 'memory://' });
  await migrate(db);
  return { db, drop: () => db.close() };
}

/** The engines to run a suite on: `describe.each(ENGINES)`. */
export const ENGINES: { engine: string; open: () => Promise<TestDatabase>; skip: boolean }[] = [
  { engine: 'PGlite', open: freshPglite, skip: false },
  { engine: 'PostgreSQL', open: freshPostgres, skip: !postgresAvailable },
];

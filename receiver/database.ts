/**
 * One small seam over the two PostgreSQL engines the receiver runs on:
 * - PGlite (PostgreSQL compiled to WebAssembly, in-process, data in a local folder): the
 *   default, so `npm run receiver` works on a machine with no database server;
 * - a real PostgreSQL server through `pg`, when DATABASE_URL is set (production, the load test).
 * The rest of the receiver sees only `query` and `transaction`, and writes plain SQL that both run.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** "pglite" or "postgresql", for the start-up line and the health answer. */
  readonly engine: 'pglite' | 'postgresql';
}

export interface DatabaseOptions {
  /** postgres://… : a real server. Without it, PGlite in `dataDir`. */
  url?: string;
  /** PGlite's folder; "memory://" keeps it in memory (tests). */
  dataDir?: string;
  /** Connections per process (real server only). */
  poolSize?: number;
}

function openPglite(dataDir: string): Database {
  const db = new PGlite(dataDir);
  return {
    engine: 'pglite',
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    // PGlite has one connection and queues transactions on it, so they never interleave.
    transaction: (work) =>
      db.transaction((tx) => work({ query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows })),
    close: () => db.close(),
  };
}

function openServer(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection (server restarted) must not take the process down:
  // the pool drops it and the next query opens a new one.
  pool.on('error', () => undefined);
  return {
    engine: 'postgresql',
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({ query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[] });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        // A client whose rollback failed is in an unknown state: destroy it rather than reuse it.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

export function openDatabase(options: DatabaseOptions): Database {
  if (options.url) return openServer(options.url, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? '.receiver-data');
}

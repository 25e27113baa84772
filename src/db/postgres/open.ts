import pg from 'pg';
import type { Migration } from '../sqlite/migrations.ts';
import { POSTGRES_MIGRATIONS } from './migrations.ts';

export type Pool = pg.Pool;
export type Client = pg.PoolClient;
/** Anything that runs a query: the pool, or one client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>;

export interface PostgresOptions {
  /** postgres://user:pass@host:port/database */
  url: string;
  /** A schema to keep every table in (created if missing); default: the server's search_path. */
  schema?: string;
  /** Pool size per process. */
  max?: number;
}

const INT8 = 20;
/**
 * count(*) and sequences are bigint, which pg returns as strings to be exact past 2^53. Our counts
 * and ids stay far below that, so they are read as numbers, like better-sqlite3 does.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary' ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Schema names are put into SQL, so only plain identifiers are accepted. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}": use a-z, 0-9 and _`);
  return schema;
}

/** A connection pool to the database, migrated to the latest version. */
export async function openPostgres(opts: PostgresOptions, migrations: Migration[] = POSTGRES_MIGRATIONS): Promise<Pool> {
  const schema = opts.schema ? checkSchemaName(opts.schema) : undefined;
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.max ?? 10,
    types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its server (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    await migrate(pool, migrations, schema);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return pool;
}

/** Our advisory locks; see the code that takes each. */
export const LOCKS = { migrate: 1, paperWrites: 2, vectorWrites: 3, graphSaves: 4 } as const;
/**
 * An advisory lock's two keys: ours (0x5042 "PB" beside the kind, so no other application's lock
 * collides) and the schema, so databases in different schemas (test runs) never wait for each other.
 */
const lockKeys = (kind: number) => `${0x5042_0 + kind}, hashtext(current_schema())`;

/**
 * Applies pending migrations. Several servers may start at once: an advisory lock per schema makes
 * them take turns, and each one re-reads what is applied after getting the lock. Each migration
 * runs in its own transaction (PostgreSQL's DDL is transactional), so a failure leaves no half.
 */
export async function migrate(pool: Pool, migrations: Migration[], schema?: string): Promise<void> {
  const client = await pool.connect();
  // Keyed by the schema's name, not current_schema(): that is NULL until the schema exists, and a
  // NULL key takes no lock at all.
  const key = [0x5042_0 + LOCKS.migrate, schema ?? (await client.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]?.s ?? ''];
  try {
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', key);
    try {
      // Under the lock: two servers creating the same schema at once would collide on its name.
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
            [m.version, m.name, new Date().toISOString()]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw new Error(`PostgreSQL migration ${m.version} (${m.name}) failed: ${(err as Error).message}`);
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', key);
    }
  } finally {
    client.release();
  }
}

/** Serialization failures and deadlocks: the transaction did nothing and may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);

/**
 * Runs `body` in one transaction on one client, committing when it returns. `lock` takes a
 * transaction-level advisory lock first, so writers of that kind take turns (as SQLite's one writer
 * does) and release it at commit. A serialization failure or deadlock retries the whole body.
 */
export async function inTransaction<T>(pool: Pool, body: (c: Client) => Promise<T>, lock?: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      if (lock !== undefined) await client.query(`SELECT pg_advisory_xact_lock(${lockKeys(lock)})`);
      const result = await body(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      if (attempt < 5 && RETRYABLE.has((err as { code?: string }).code ?? '')) continue;
      throw err;
    } finally {
      client.release();
    }
  }
}

/** Collects positional parameters while SQL is put together: `p.add(value)` gives `$n`. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

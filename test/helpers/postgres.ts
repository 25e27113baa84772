import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** The server tests use: PAPERBOY_TEST_DATABASE_URL, or the local trust-auth server of these machines. */
export const TEST_PG_URL = process.env.PAPERBOY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Test schemas are named pbt_<unix seconds>_<random>, so leftovers of killed runs can be told by age. */
const PREFIX = 'pbt_';
const STALE_AFTER_S = 6 * 3600;

let probe: Promise<string | null> | null = null;

/**
 * Null when PostgreSQL answers, else why not. Also drops test schemas left by runs killed hours
 * ago (a finished run drops its own).
 */
export function postgresUnavailable(): Promise<string | null> {
  probe ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      const { rows } = await client.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'pbt\\_%'`);
      const now = Math.floor(Date.now() / 1000);
      for (const { nspname } of rows) {
        const born = Number(nspname.split('_')[1]);
        if (born && now - born > STALE_AFTER_S) await client.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`).catch(() => {});
      }
      return null;
    } catch (err) {
      return `PostgreSQL at ${TEST_PG_URL.replace(/:[^:@/]*@/, ':***@')} is unreachable (${(err as Error).message})`;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return probe;
}

/** A fresh schema name no other run can be using. */
export function freshSchemaName(): string {
  return `${PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(6).toString('hex')}`;
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  if (!/^pbt_[0-9]+_[0-9a-f]+$/.test(schema)) throw new Error(`refusing to drop ${schema}: not a test schema`);
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

import type { Store } from '../../src/db/store.ts';
import type { SqliteStore } from '../../src/db/sqlite/sqlite-store.ts';
import type { PostgresStore } from '../../src/db/postgres/postgres-store.ts';
import { TEST_PG_URL } from './postgres.ts';

/**
 * What `paperboy --db` (or PAPERBOY_DATABASE_URL) takes to reach the database `store` is on: the
 * SQLite file, or the test PostgreSQL URL with the store's schema, so a child process works on the
 * same data as the test.
 */
export function storeLocation(store: Store): string {
  if (store.dialect === 'sqlite') return (store as SqliteStore).db.name;
  const { schema } = (store as PostgresStore).options;
  if (!schema) throw new Error('a test PostgreSQL store has its own schema');
  return `${TEST_PG_URL}${TEST_PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
}

import type { Store } from './store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import { PostgresStore } from './postgres/postgres-store.ts';
import { checkSchemaName, type PostgresOptions } from './postgres/open.ts';
import { invalidArgument } from '../errors.ts';

/** Where the data lives: a PostgreSQL URL, else a SQLite file. */
export interface StoreLocation {
  /** postgres://... (PAPERBOY_DATABASE_URL); wins over sqlitePath when set. */
  databaseUrl?: string;
  /** The SQLite file (PAPERBOY_DB or --db). */
  sqlitePath: string;
  /** Connections per process for PostgreSQL. */
  poolSize?: number;
}

export const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//i.test(s);

/**
 * pg options from a URL. `?schema=NAME` (ours, not libpq's) keeps Paperboy's tables in that schema,
 * for a database shared with other applications; it is taken out before pg reads the URL.
 */
export function postgresOptions(url: string, poolSize?: number): PostgresOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidArgument('PAPERBOY_DATABASE_URL', 'PAPERBOY_DATABASE_URL: not a valid URL (postgres://user:pass@host:5432/database)');
  }
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  if (schema) checkSchemaName(schema);
  return { url: parsed.toString(), ...(schema ? { schema } : {}), ...(poolSize ? { max: poolSize } : {}) };
}

/** Opens the store a location names, migrated to the latest version. The CLI and the server both come here. */
export async function openStore(location: StoreLocation): Promise<Store> {
  if (location.databaseUrl) return PostgresStore.open(postgresOptions(location.databaseUrl, location.poolSize));
  return new SqliteStore(location.sqlitePath);
}

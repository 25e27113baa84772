import { loadConfig } from '../config.ts';
import { isPostgresUrl, openStore as openStoreAt } from '../db/open-store.ts';
import type { Store } from '../db/store.ts';

export interface GlobalOptions {
  db?: string;
  debug?: boolean;
}

/**
 * Opens the store the global options and environment point at: `--db` (a SQLite file or a
 * postgres:// URL) wins, then PAPERBOY_DATABASE_URL, then the SQLite file at PAPERBOY_DB.
 */
export async function openStore(opts: GlobalOptions): Promise<Store> {
  const config = loadConfig();
  const flagUrl = opts.db && isPostgresUrl(opts.db) ? opts.db : undefined;
  const databaseUrl = flagUrl ?? (opts.db ? undefined : config.PAPERBOY_DATABASE_URL);
  return openStoreAt({ databaseUrl, sqlitePath: opts.db ?? config.PAPERBOY_DB, poolSize: config.PAPERBOY_DATABASE_POOL });
}

/** Runs a command body with an open store, closing it however the body ends. */
export async function withStore<T>(opts: GlobalOptions, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(opts);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

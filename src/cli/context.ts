import { loadConfig } from '../config.ts';
import { SqliteStore } from '../db/sqlite/sqlite-store.ts';
import type { Store } from '../db/store.ts';

export interface GlobalOptions {
  db?: string;
  debug?: boolean;
}

/** Opens the store the global options and environment point at. */
export function openStore(opts: GlobalOptions): Store {
  const path = opts.db ?? loadConfig().PAPERBOY_DB;
  return new SqliteStore(path);
}

/** Runs a command body with an open store, closing it however the body ends. */
export async function withStore<T>(opts: GlobalOptions, body: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(opts);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

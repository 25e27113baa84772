import { embeddingProviderConfig, loadConfig } from '../config.ts';
import type { Store } from '../db/store.ts';
import { SqliteStore } from '../db/sqlite/sqlite-store.ts';
import { PostgresStore } from '../db/postgres/postgres-store.ts';
import { directoryGraphCache, graphCacheDirFor, type GraphCache } from './semantic/graph-cache.ts';
import { postgresGraphCache } from './semantic/graph-cache-postgres.ts';
import { SemanticIndex } from './semantic/semantic-index.ts';
import { createSearchService, type SearchService } from './service.ts';

/**
 * Where a store's built neighbour graphs are kept: beside a SQLite file, or in PostgreSQL so that
 * servers on other machines share them. An in-memory database has nowhere to keep them.
 */
export function graphCacheFor(store: Store, log?: (m: string) => void): GraphCache | null {
  if (store instanceof SqliteStore) return store.db.name !== ':memory:' ? directoryGraphCache(graphCacheDirFor(store.db.name)) : null;
  if (store instanceof PostgresStore) return postgresGraphCache(store.graphs, log);
  return null;
}

/** The search service over a store, with the semantic index following the configured provider. */
export function openSearch(store: Store, options: { log?: (m: string) => void } = {}): { service: SearchService; semantic: SemanticIndex } {
  const semantic = new SemanticIndex(store, { endpoint: embeddingProviderConfig(loadConfig()), log: options.log, graphs: graphCacheFor(store, options.log) });
  return { service: createSearchService(store, semantic), semantic };
}

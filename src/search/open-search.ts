import { embeddingProviderConfig, loadConfig } from '../config.ts';
import type { Store } from '../db/store.ts';
import { SqliteStore } from '../db/sqlite/sqlite-store.ts';
import { graphCacheDirFor } from './semantic/graph-cache.ts';
import { SemanticIndex } from './semantic/semantic-index.ts';
import { createSearchService, type SearchService } from './service.ts';

/** The search service over a store, with the semantic index following the configured provider. */
export function openSearch(store: Store, options: { log?: (m: string) => void } = {}): { service: SearchService; semantic: SemanticIndex } {
  // A SQLite file keeps its HNSW graphs beside it; an in-memory database has nowhere to keep them.
  const cacheDir = store instanceof SqliteStore && store.db.name !== ':memory:' ? graphCacheDirFor(store.db.name) : null;
  const semantic = new SemanticIndex(store, { endpoint: embeddingProviderConfig(loadConfig()), log: options.log, cacheDir });
  return { service: createSearchService(store, semantic), semantic };
}

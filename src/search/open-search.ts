import { embeddingProviderConfig, loadConfig } from '../config.ts';
import type { Store } from '../db/store.ts';
import { SemanticIndex } from './semantic/semantic-index.ts';
import { createSearchService, type SearchService } from './service.ts';

/** The search service over a store, with the semantic index following the configured provider. */
export function openSearch(store: Store, options: { log?: (m: string) => void } = {}): { service: SearchService; semantic: SemanticIndex } {
  const semantic = new SemanticIndex(store, { endpoint: embeddingProviderConfig(loadConfig()), log: options.log });
  return { service: createSearchService(store, semantic), semantic };
}

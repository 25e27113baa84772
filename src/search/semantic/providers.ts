import type { EmbeddingEndpointConfig } from '../../config.ts';
import { PaperboyError } from '../../errors.ts';
import type { EmbeddingProvider } from '../types.ts';
import type { CorpusModel } from './corpus-model.ts';
import { createOpenAiProvider } from './openai-provider.ts';
import { CorpusEmbeddingProvider } from './corpus-provider.ts';

/** The provider name stored with vectors made by the built-in model. */
export const CORPUS_PROVIDER = 'corpus';

/** The provider an index is built with: the configured endpoint, else the model learned from the corpus. */
export function providerName(endpoint: EmbeddingEndpointConfig | null): string {
  return endpoint ? `openai:${endpoint.model}` : CORPUS_PROVIDER;
}

/**
 * The provider that can embed queries for an index built under `name`. Query and document vectors
 * must come from the same model, so a mismatch with the settings is an error, not a silent fallback.
 */
export function providerFor(name: string, corpus: CorpusModel, endpoint: EmbeddingEndpointConfig | null): EmbeddingProvider {
  if (name === CORPUS_PROVIDER) return new CorpusEmbeddingProvider(corpus);
  if (endpoint && providerName(endpoint) === name) return createOpenAiProvider(endpoint);
  throw new PaperboyError('invalid_config',
    `the search index was built with ${name}, but the settings name ${providerName(endpoint)}; ` +
    'run `paperboy index` to rebuild it with the configured provider');
}

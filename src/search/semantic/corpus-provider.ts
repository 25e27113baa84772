/**
 * The built-in embedding provider: a trained corpus model behind the EmbeddingProvider interface,
 * so search code treats it like any configured embeddings endpoint.
 */
import type { EmbeddingProvider } from '../types.ts';
import type { CorpusModel } from './corpus-model.ts';

/** Provider name stored beside the vectors it makes. */
export const CORPUS_PROVIDER_NAME = 'corpus';

export class CorpusEmbeddingProvider implements EmbeddingProvider {
  readonly name = CORPUS_PROVIDER_NAME;

  constructor(readonly model: CorpusModel) {}

  get dim(): number {
    return this.model.dim;
  }

  /** Synchronous underneath (no I/O): callers embedding many documents should pass batches. */
  async embed(texts: string[]): Promise<Float32Array[]> {
    return this.model.embedMany(texts);
  }
}

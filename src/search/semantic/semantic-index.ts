import type { EmbeddingEndpointConfig } from '../../config.ts';
import type { Store } from '../../db/store.ts';
import type { EmbeddingProvider } from '../types.ts';
import type { CorpusModel } from './corpus-model.ts';
import { loadCorpusModel } from './indexer.ts';
import { providerFor } from './providers.ts';
import { dequantize } from './vector-codec.ts';
import { createVectorIndex, HnswIndex, type VectorIndex } from './vector-index.ts';
import type { GraphCache } from './graph-cache.ts';

/** What a query needs: the model that embeds it, the vectors to search, and the terms model for reasons. */
export interface LoadedModel {
  modelId: number;
  provider: EmbeddingProvider;
  corpus: CorpusModel;
  index: VectorIndex;
  /** The last vector sequence number loaded; later vectors are fetched incrementally. */
  lastSeq: number;
}

export interface SemanticIndexOptions {
  endpoint: EmbeddingEndpointConfig | null;
  /** How often a query may check the database for new vectors or a new model, in ms. */
  refreshMs?: number;
  kind?: 'auto' | 'exact' | 'hnsw';
  /**
   * Where built HNSW graphs are saved and reloaded from (derived from the database, safe to lose).
   * Without it every process start rebuilds the graph, minutes at a million papers.
   */
  graphs?: GraphCache | null;
  log?: (message: string) => void;
}

const CHUNK = 50_000;
/**
 * Vectors added to a graph between turns of the event loop. An HNSW insert is synchronous, about
 * 0.4 ms at a million vectors, so a server building or catching up on its graph still answers
 * requests (queries meanwhile use the previous model, or none) within ~50 ms.
 */
const ADD_SLICE = 128;

/**
 * A process's in-memory copy of the active model's vectors: a cache of the database, never the
 * source of truth. It follows the database on its own: new vectors are added as they appear, and
 * when `paperboy index` swaps in a new model the cache loads it beside the old one and switches.
 */
export class SemanticIndex {
  private loaded: LoadedModel | null = null;
  private pending: Promise<void> | null = null;
  private lastCheck = -Infinity;

  constructor(private readonly store: Store, private readonly options: SemanticIndexOptions) {}

  /** The loaded model now (null while none is), starting a refresh in the background when one is due. */
  current(now = Date.now()): LoadedModel | null {
    if (now - this.lastCheck >= (this.options.refreshMs ?? 2000)) void this.refresh().catch(() => {});
    return this.loaded;
  }

  /** Waits until the cache matches the database (for the CLI, tests and warm-up). */
  async ready(): Promise<LoadedModel | null> {
    await this.refresh();
    return this.loaded;
  }

  /** Brings the cache up to date; concurrent callers share one refresh. */
  refresh(): Promise<void> {
    this.lastCheck = Date.now();
    this.pending ??= this.sync().finally(() => { this.pending = null; });
    return this.pending;
  }

  private async sync(): Promise<void> {
    const info = await this.store.activeEmbeddingModel();
    if (!info) { this.loaded = null; return; }
    let target = this.loaded;
    if (!target || target.modelId !== info.id) {
      const corpus = await loadCorpusModel(this.store, info.id);
      if (!corpus) throw new Error(`embedding model ${info.id} has no stored corpus model`);
      const provider = providerFor(info.provider, corpus, this.options.endpoint);
      const saved = (await this.options.graphs?.load(info.id)) ?? null;
      const index = saved?.index ?? createVectorIndex({ dim: info.dim, expectedSize: info.vectors, kind: this.options.kind ?? 'auto' });
      target = { modelId: info.id, provider, corpus, index, lastSeq: saved?.lastSeq ?? 0 };
      this.options.log?.(`loading ${info.vectors} vectors of model ${info.id} (${info.provider}, ${index.kind}${saved ? ', saved graph' : ''})`);
      await this.addSince(target);
      // A graph built here is saved for the next process start (only the first build: later
      // additions are few and replayed from the database).
      if (!saved && index instanceof HnswIndex) await this.options.graphs?.save(info.id, index, target.lastSeq);
    }
    await this.addSince(target);
    // Switch only once the new model is complete: queries meanwhile use the previous one.
    this.loaded = target;
  }

  private async addSince(target: LoadedModel): Promise<void> {
    for (;;) {
      const rows = await this.store.vectorsSince(target.modelId, target.lastSeq, CHUNK);
      if (rows.length === 0) return;
      for (let i = 0; i < rows.length; i += ADD_SLICE) {
        const slice = rows.slice(i, i + ADD_SLICE);
        target.index.add(slice.map((r) => r.rowid), slice.map((r) => dequantize(r.vec, target.index.dim)));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      target.lastSeq = rows[rows.length - 1]!.seq;
    }
  }
}

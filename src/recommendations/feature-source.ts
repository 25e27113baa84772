import type { Store } from '../db/store.ts';
import type { CorpusModel } from '../search/semantic/corpus-model.ts';
import { loadCorpusModel } from '../search/semantic/indexer.ts';
import { paperFeatures } from './features.ts';
import type { PaperBrief } from './repo.ts';
import type { PaperFeatures } from './types.ts';

/** Features kept per process: a cache of derived data (the feed's candidates and the readers' papers). */
const CACHE_LIMIT = 50_000;

/** The active embedding model's id, its corpus model (for words) and its dimension. */
export interface ActiveModel {
  id: number;
  dim: number;
  corpus: CorpusModel;
}

/**
 * Paper features under the active embedding model: stored vectors plus tf-idf words. Computing
 * words means analysing the abstract, so features are cached per process (keyed by model and
 * rowid; a paper whose text changes gets a new vector and, with the next model, new words).
 */
export class FeatureSource {
  private cache = new Map<number, PaperFeatures>();
  private cachedModel = -1;
  private corpora = new Map<number, Promise<CorpusModel | null>>();

  /** `loaded` gives the corpus model a search index already holds in memory, to share it. */
  constructor(private readonly store: Store, private readonly loaded?: () => { modelId: number; corpus: CorpusModel } | null) {}

  /** The active model, or null before `paperboy index` has built one. */
  async active(): Promise<ActiveModel | null> {
    const info = await this.store.activeEmbeddingModel();
    if (!info) return null;
    const shared = this.loaded?.();
    let corpus = shared && shared.modelId === info.id ? shared.corpus : null;
    if (!corpus) {
      if (!this.corpora.has(info.id)) { this.corpora.clear(); this.corpora.set(info.id, loadCorpusModel(this.store, info.id)); }
      corpus = await this.corpora.get(info.id)!;
    }
    return corpus ? { id: info.id, dim: info.dim, corpus } : null;
  }

  /** Features of the given papers (those with no vector yet are judged by their words alone). */
  async features(model: ActiveModel, papers: PaperBrief[]): Promise<Map<number, PaperFeatures>> {
    if (this.cachedModel !== model.id) { this.cache.clear(); this.cachedModel = model.id; }
    const out = new Map<number, PaperFeatures>();
    const missing = papers.filter((p) => {
      const hit = this.cache.get(p.rowid);
      if (hit) out.set(p.rowid, hit);
      return !hit;
    });
    const vectors = await this.store.recommendations.vectors(model.id, missing.map((p) => p.rowid));
    if (this.cache.size + missing.length > CACHE_LIMIT) this.cache.clear();
    for (const p of missing) {
      const f = paperFeatures(model.corpus, model.dim, p, vectors.get(p.rowid) ?? null);
      // Papers waiting for their vector are not cached: the next call picks the vector up.
      if (vectors.has(p.rowid)) this.cache.set(p.rowid, f);
      out.set(p.rowid, f);
    }
    return out;
  }
}

/**
 * Nearest neighbours over paper vectors, keyed by the paper's SQLite rowid. Two implementations
 * behind one interface: an exact flat scan (small corpora, and the reference for recall) and an
 * HNSW graph from hnswlib-node (large corpora). Scores are cosine similarities in [-1, 1].
 */
import { ExactIndex } from './exact-index.ts';
import { HnswIndex, type HnswParams } from './hnsw-index.ts';
import type { RankedId } from '../types.ts';

export { ExactIndex, type ExactIndexOptions } from './exact-index.ts';
export { FILTER_SCAN_BELOW, HNSW_DEFAULTS, HnswIndex, type HnswParams } from './hnsw-index.ts';

export interface VectorIndex {
  readonly kind: 'exact' | 'hnsw';
  readonly size: number;
  readonly dim: number;
  /** Adds or replaces vectors (incremental updates as papers arrive). */
  add(rowids: ArrayLike<number>, vectors: Float32Array[]): void;
  /** Forgets a rowid; unknown rowids are ignored. */
  remove(rowid: number): void;
  /**
   * Best first; score = cosine similarity. `accept` filters rowids (for search filters) and must
   * still return k results when enough accepted rows exist. A zero query matches nothing.
   */
  search(query: Float32Array, k: number, accept?: (rowid: number) => boolean): RankedId[];
}

/**
 * Below this many vectors `auto` picks the exact scan. Measured with bench/ann-bench.ts at d = 128
 * (2 shared cores, wall time): the int8 scan costs ~0.3 us a row, p50 3.2 ms at 10k, 7.0 ms at 20k,
 * 29 ms at 100k, 407 ms at 1M; HNSW answers in 0.7-1.0 ms from 10k to 1M. The crossover against
 * the budget (kNN should take a few ms of a 30 ms hybrid query) is ~10k rows; below it the scan is
 * exact, needs no build (HNSW: ~2 s at 10k) and a sixth of the memory.
 */
export const EXACT_MAX_SIZE = 10_000;

export interface CreateVectorIndexOptions {
  dim: number;
  expectedSize: number;
  /** `auto`: exact below EXACT_MAX_SIZE expected vectors, HNSW from there on. */
  kind: 'auto' | 'exact' | 'hnsw';
  hnsw?: Partial<HnswParams>;
}

/** An empty index suited to a corpus of `expectedSize` vectors; the choice does not change as it grows. */
export function createVectorIndex(opts: CreateVectorIndexOptions): ExactIndex | HnswIndex {
  const kind = opts.kind === 'auto' ? (opts.expectedSize < EXACT_MAX_SIZE ? 'exact' : 'hnsw') : opts.kind;
  return kind === 'exact'
    ? new ExactIndex({ dim: opts.dim, storage: 'int8', capacity: opts.expectedSize })
    : HnswIndex.create(opts.dim, opts.expectedSize, opts.hnsw);
}

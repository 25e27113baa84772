import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import hnswlib from 'hnswlib-node';
import type { RankedId } from '../types.ts';
import { ExactIndex } from './exact-index.ts';
import type { VectorIndex } from './vector-index.ts';
import { unitQuery } from './vector-checks.ts';

/** HNSW build and search parameters; the defaults are the bench's pick (see HNSW_DEFAULTS). */
export interface HnswParams { m: number; efConstruction: number; efSearch: number; seed: number }

/**
 * Chosen on 1M clustered vectors (d = 128, bench/ann-bench.ts), where recall is hardest to keep:
 * build CPU s / recall@10 at efSearch 256: M=24 efC=64 289 s / 0.957; M=16 efC=80 334 s / ~0.93;
 * M=32 efC=48 265 s / 0.902; M=12 efC=64 277 s / ~0.80. Build time is the scarce budget (10 min
 * at 1M with the embedding model's training), query time is not (ef 256 costs ~1 ms at 1M), so
 * efConstruction stays low and efSearch high. hnswlib-node's addPoint is synchronous on the calling
 * thread, so a build uses one core.
 */
export const HNSW_DEFAULTS: HnswParams = { m: 24, efConstruction: 64, efSearch: 256, seed: 100 };

/** What `save` writes beside the graph: the parameters, the caller's tag, and counts that expose a stale file set. */
interface HnswMeta { format: 1; dim: number; params: HnswParams; elements: number; rows: number; tag: unknown }

/** The three files of a saved HNSW index: the graph (hnswlib's format), the int8 rows, the metadata. */
export const savedFilesOf = (path: string) => ({ graph: path, rows: `${path}.rows`, meta: `${path}.meta.json` });

/**
 * Below this estimated share of accepted rows a filtered query scans the int8 copy instead of
 * walking the graph. The walk visits about ef / share nodes, calling the JS filter for each; the
 * scan calls the filter once per row (~8 ns for a bitmap) and scores accepted rows only. At 1M rows
 * the walk (ef 64) measured p95 6 ms at 10%, 22 ms at 3%, 36 ms at 2%, 130 ms at 1%; the scan 57 ms
 * at 3%, 50 ms at 2%, 35 ms at 1% (wall time on the loaded bench machine, about twice CPU time).
 */
export const FILTER_SCAN_BELOW = 0.02;

/**
 * The walk's candidate list when filtering. Filtered recall needs less of it (the accepted rows
 * are sparser, so fewer near-ties compete): at 1M, ef 64 gave recall@10 0.96-0.98 from 2% to 20%
 * where 256 gained under 0.01 at two to four times the cost.
 */
const FILTERED_EF = 64;

/**
 * hnswlib-node's HNSW graph in cosine space, plus an int8 copy of the rows (an ExactIndex, ~13%
 * of the graph's memory at d = 128) that answers narrow filters and is the size and membership
 * truth. Graph labels are the rowids themselves, so no mapping table can drift from the graph.
 * Removal marks the label deleted (hnswlib still routes through it); re-adding revives it in place.
 */
export class HnswIndex implements VectorIndex {
  readonly kind = 'hnsw' as const;
  // hnswlib-node reads only plain Arrays, so vectors are copied through one reused array.
  private readonly scratch: number[];
  private saving = false;

  private constructor(
    readonly dim: number,
    private readonly graph: hnswlib.HierarchicalNSW,
    private readonly rows: ExactIndex,
    private readonly params: HnswParams,
  ) {
    this.scratch = new Array<number>(dim).fill(0);
  }

  /** An empty index with room for `capacity` vectors before its first resize. */
  static create(dim: number, capacity: number, params: Partial<HnswParams> = {}): HnswIndex {
    const p: HnswParams = { ...HNSW_DEFAULTS, ...params };
    const graph = new hnswlib.HierarchicalNSW('cosine', dim);
    graph.initIndex({ maxElements: Math.max(capacity, 1024), m: p.m, efConstruction: p.efConstruction, randomSeed: p.seed });
    return new HnswIndex(dim, graph, new ExactIndex({ dim, capacity }), p);
  }

  /** Reloads what `save` wrote, with the tag saved alongside; null when nothing was saved at `path`. */
  static async load(path: string): Promise<{ index: HnswIndex; tag: unknown } | null> {
    const files = savedFilesOf(path);
    if (!Object.values(files).every((f) => existsSync(f))) return null;
    const meta = JSON.parse(readFileSync(files.meta, 'utf8')) as HnswMeta;
    if (meta.format !== 1) throw new Error(`${files.meta}: unknown index format ${String(meta.format)}`);
    const graph = new hnswlib.HierarchicalNSW('cosine', meta.dim);
    await graph.readIndex(files.graph);
    const rows = ExactIndex.readFrom(files.rows, meta.dim, 'int8');
    // The files are renamed one after another; a crash between renames leaves a mismatched set.
    if (graph.getCurrentCount() !== meta.elements || rows.size !== meta.rows) throw new Error(`${path}: saved files do not match; rebuild the index`);
    return { index: new HnswIndex(meta.dim, graph, rows, meta.params), tag: meta.tag };
  }

  /**
   * Writes the graph (on a libuv thread), the rows and the metadata, each to a temporary name then
   * renamed, so a crash never leaves a half-written file. `tag` (say, the model id and the last
   * vector sequence covered) comes back from `load`. The index must not change until this settles.
   */
  async save(path: string, tag: unknown = null): Promise<void> {
    const files = savedFilesOf(path);
    const tmp = (f: string) => `${f}.tmp-${process.pid}`;
    const meta: HnswMeta = { format: 1, dim: this.dim, params: this.params, elements: this.graph.getCurrentCount(), rows: this.rows.size, tag };
    this.saving = true;
    try {
      if (!(await this.graph.writeIndex(tmp(files.graph)))) throw new Error(`could not write ${tmp(files.graph)}`);
    } finally {
      this.saving = false;
    }
    this.rows.writeTo(tmp(files.rows));
    writeFileSync(tmp(files.meta), JSON.stringify(meta));
    for (const f of Object.values(files)) renameSync(tmp(f), f);
  }

  get size(): number { return this.rows.size; }

  /** Candidate-list length per unfiltered query: higher buys recall with latency. */
  setEfSearch(ef: number): void {
    this.params.efSearch = ef;
  }

  add(rowids: ArrayLike<number>, vectors: Float32Array[]): void {
    this.assertIdle();
    this.rows.add(rowids, vectors); // validates the batch before the graph sees any of it
    const { graph, scratch } = this;
    for (let i = 0; i < vectors.length; i++) {
      // Growing by half keeps resizes rare without doubling a million-row allocation at once.
      const max = graph.getMaxElements();
      if (graph.getCurrentCount() >= max) graph.resizeIndex(Math.ceil(max * 1.5));
      const v = vectors[i];
      for (let j = 0; j < v.length; j++) scratch[j] = v[j];
      graph.addPoint(scratch, rowids[i]);
    }
  }

  remove(rowid: number): void {
    this.assertIdle();
    if (!this.rows.has(rowid)) return;
    this.graph.markDelete(rowid);
    this.rows.remove(rowid);
  }

  search(query: Float32Array, k: number, accept?: (rowid: number) => boolean): RankedId[] {
    const q = unitQuery(query, this.dim);
    const want = Math.min(Math.floor(k), this.size);
    if (!q || want <= 0) return [];
    if (accept && this.rows.acceptShare(accept) < FILTER_SCAN_BELOW) return this.rows.search(query, want, accept);
    for (let j = 0; j < this.dim; j++) this.scratch[j] = q[j];
    // With a filter, hnswlib keeps walking until it holds ef accepted labels.
    const ef = accept ? Math.min(this.params.efSearch, FILTERED_EF) : this.params.efSearch;
    if (ef !== this.graph.getEf()) this.graph.setEf(ef);
    const { neighbors, distances } = this.graph.searchKnn(this.scratch, want, accept);
    // A walk can come back short when accepted rows are unreachable from where it went; a scan cannot.
    if (neighbors.length < want) return this.rows.search(query, want, accept);
    return neighbors.map((rowid, i) => ({ rowid, score: 1 - distances[i] }));
  }

  private assertIdle(): void {
    if (this.saving) throw new Error('HnswIndex changed while save() was writing it; await save() first');
  }
}

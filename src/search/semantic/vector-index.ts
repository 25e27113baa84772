/**
 * Nearest neighbours over paper vectors, keyed by the paper's SQLite rowid. Two implementations
 * behind one interface: an exact flat scan (small corpora, and the reference for recall) and an
 * HNSW graph from hnswlib-node (large corpora). Scores are cosine similarities in [-1, 1].
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import hnswlib from 'hnswlib-node';
import type { RankedId } from '../types.ts';

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

/** hnswlib labels are unsigned 32-bit, so rowids must fit; SQLite rowids of papers always do. */
const MAX_ROWID = 0xffffffff;

function checkRowid(rowid: number): void {
  if (!Number.isInteger(rowid) || rowid < 0 || rowid > MAX_ROWID) throw new RangeError(`rowid ${rowid} is not an integer in [0, 2^32)`);
}

function checkBatch(dim: number, rowids: ArrayLike<number>, vectors: Float32Array[]): void {
  if (rowids.length !== vectors.length) throw new RangeError(`${rowids.length} rowids but ${vectors.length} vectors`);
  for (let i = 0; i < vectors.length; i++) {
    checkRowid(rowids[i]);
    if (vectors[i].length !== dim) throw new RangeError(`vector for rowid ${rowids[i]} has length ${vectors[i].length}, expected ${dim}`);
  }
}

/** The query scaled to unit length in float64 (so the scan's products need no conversion), or null when it is zero. */
function unitQuery(query: Float32Array, dim: number): Float64Array | null {
  if (query.length !== dim) throw new RangeError(`query has length ${query.length}, expected ${dim}`);
  let sq = 0;
  for (let i = 0; i < dim; i++) sq += query[i] * query[i];
  if (sq === 0) return null;
  const inv = 1 / Math.sqrt(sq);
  return Float64Array.from(query, (x) => x * inv);
}

/**
 * The k best (score, slot) pairs seen so far: a bounded min-heap in typed arrays, so the root is the
 * weakest kept score and a candidate that cannot beat it costs a single comparison.
 */
class TopK {
  private readonly scores: Float64Array;
  private readonly slots: Int32Array;
  private n = 0;
  constructor(private readonly k: number) {
    this.scores = new Float64Array(k);
    this.slots = new Int32Array(k);
  }

  /** Keeps (score, slot) if it ranks among the best k; returns the score a later candidate must beat. */
  push(score: number, slot: number): number {
    const { scores, slots, k } = this;
    let i: number;
    if (this.n < k) {
      // Still filling: sift the new leaf up.
      i = this.n++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (scores[parent] <= score) break;
        scores[i] = scores[parent];
        slots[i] = slots[parent];
        i = parent;
      }
    } else {
      // Full: the newcomer replaces the weakest (the root) and sinks to its place.
      i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= k) break;
        if (child + 1 < k && scores[child + 1] < scores[child]) child++;
        if (scores[child] >= score) break;
        scores[i] = scores[child];
        slots[i] = slots[child];
        i = child;
      }
    }
    scores[i] = score;
    slots[i] = slot;
    return this.n < k ? -Infinity : scores[0];
  }

  /** The kept pairs, best first. */
  drain(): Array<{ slot: number; score: number }> {
    const out: Array<{ slot: number; score: number }> = [];
    for (let i = 0; i < this.n; i++) out.push({ slot: this.slots[i], score: this.scores[i] });
    return out.sort((a, b) => b.score - a.score);
  }
}

// Two dot-product kernels rather than one generic loop: each sees a single array type, which keeps
// V8's element loads monomorphic (a shared kernel measured 15-40% slower). Four accumulators break
// the add dependency chain.
function dotInt8(q: Float64Array, v: Int8Array, o: number, d: number): number {
  let a = 0, b = 0, c = 0, e = 0, j = 0;
  for (; j + 3 < d; j += 4) {
    const p = o + j;
    a += q[j] * v[p]; b += q[j + 1] * v[p + 1]; c += q[j + 2] * v[p + 2]; e += q[j + 3] * v[p + 3];
  }
  for (; j < d; j++) a += q[j] * v[o + j];
  return a + b + c + e;
}

function dotFloat32(q: Float64Array, v: Float32Array, o: number, d: number): number {
  let a = 0, b = 0, c = 0, e = 0, j = 0;
  for (; j + 3 < d; j += 4) {
    const p = o + j;
    a += q[j] * v[p]; b += q[j + 1] * v[p + 1]; c += q[j + 2] * v[p + 2]; e += q[j + 3] * v[p + 3];
  }
  for (; j < d; j++) a += q[j] * v[o + j];
  return a + b + c + e;
}

export interface ExactIndexOptions { dim: number; storage?: 'int8' | 'float32'; capacity?: number }

/**
 * A flat scan over one contiguous buffer. Rows are kept dense (removal moves the last row into the
 * hole), so a scan never skips tombstones. int8 storage scales each vector by its own largest
 * component, using the full byte range (about 3x finer than the database's fixed x127 at d = 128),
 * and keeps 1/|stored| per row so products become cosines.
 */
export class ExactIndex implements VectorIndex {
  readonly kind = 'exact' as const;
  readonly dim: number;
  readonly storage: 'int8' | 'float32';
  // The storage not in use stays empty, so each kernel always receives its own array type.
  private i8 = new Int8Array(0);
  private f32 = new Float32Array(0);
  private invNorm = new Float32Array(0);
  private rowids = new Float64Array(0);
  private slotOf = new Map<number, number>();
  private count = 0;

  constructor(opts: ExactIndexOptions) {
    this.dim = opts.dim;
    this.storage = opts.storage ?? 'int8';
    this.reserve(Math.max(opts.capacity ?? 0, 64));
  }

  get size(): number { return this.count; }

  has(rowid: number): boolean { return this.slotOf.has(rowid); }

  /** Bytes held by the vectors and their per-row bookkeeping (the rowid map excluded). */
  get bytes(): number {
    return this.i8.byteLength + this.f32.byteLength + this.invNorm.byteLength + this.rowids.byteLength;
  }

  add(rowids: ArrayLike<number>, vectors: Float32Array[]): void {
    checkBatch(this.dim, rowids, vectors);
    this.reserve(this.count + vectors.length);
    const d = this.dim;
    for (let i = 0; i < vectors.length; i++) {
      const v = vectors[i];
      let slot = this.slotOf.get(rowids[i]);
      if (slot === undefined) {
        slot = this.count++;
        this.slotOf.set(rowids[i], slot);
        this.rowids[slot] = rowids[i];
      }
      const o = slot * d;
      let sq = 0;
      if (this.storage === 'float32') {
        for (let j = 0; j < d; j++) { this.f32[o + j] = v[j]; sq += v[j] * v[j]; }
      } else {
        let max = 0;
        for (let j = 0; j < d; j++) max = Math.max(max, Math.abs(v[j]));
        const scale = max > 0 ? 127 / max : 0;
        for (let j = 0; j < d; j++) { const q = Math.round(v[j] * scale); this.i8[o + j] = q; sq += q * q; }
      }
      this.invNorm[slot] = sq > 0 ? 1 / Math.sqrt(sq) : 0;
    }
  }

  remove(rowid: number): void {
    const slot = this.slotOf.get(rowid);
    if (slot === undefined) return;
    this.slotOf.delete(rowid);
    const last = --this.count;
    if (slot === last) return;
    const d = this.dim;
    const data = this.storage === 'int8' ? this.i8 : this.f32;
    data.copyWithin(slot * d, last * d, last * d + d);
    this.invNorm[slot] = this.invNorm[last];
    this.rowids[slot] = this.rowids[last];
    this.slotOf.set(this.rowids[slot], slot);
  }

  search(query: Float32Array, k: number, accept?: (rowid: number) => boolean): RankedId[] {
    const q = unitQuery(query, this.dim);
    const want = Math.min(Math.floor(k), this.count);
    if (!q || want <= 0) return [];
    const top = new TopK(want);
    const { i8, f32, invNorm, rowids, dim: d, count: n } = this;
    const int8 = this.storage === 'int8';
    let floor = -Infinity;
    for (let s = 0, o = 0; s < n; s++, o += d) {
      // The filter runs first: a set or bitmap lookup costs a few ns, a d = 128 product ~250 ns.
      if (accept && !accept(rowids[s])) continue;
      const score = (int8 ? dotInt8(q, i8, o, d) : dotFloat32(q, f32, o, d)) * invNorm[s];
      if (score > floor) floor = top.push(score, s);
    }
    return top.drain().map((r) => ({ rowid: rowids[r.slot], score: r.score }));
  }

  /** The share of rows `accept` passes, estimated from `samples` rows drawn across the index. */
  acceptShare(accept: (rowid: number) => boolean, samples = 512): number {
    const n = this.count;
    if (n <= samples) {
      let all = 0;
      for (let s = 0; s < n; s++) if (accept(this.rowids[s])) all++;
      return n ? all / n : 0;
    }
    // Fixed-seed LCG draws: reproducible, and blind to any rowid pattern a filter may follow.
    let x = 12345;
    let hits = 0;
    for (let i = 0; i < samples; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      if (accept(this.rowids[Math.floor((x / 2 ** 32) * n)])) hits++;
    }
    return hits / samples;
  }

  /** Writes the rows (rowids, then norms, then vectors) for `readFrom`. */
  writeTo(path: string): void {
    const n = this.count;
    const data = this.storage === 'int8' ? this.i8 : this.f32;
    const fd = openSync(path, 'w');
    try {
      for (const part of [this.rowids.subarray(0, n), this.invNorm.subarray(0, n), data.subarray(0, n * this.dim)]) {
        const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
        for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off);
      }
    } finally {
      closeSync(fd);
    }
  }

  /** An index holding the rows `writeTo` saved. */
  static readFrom(path: string, dim: number, storage: 'int8' | 'float32'): ExactIndex {
    const buf = readFileSync(path);
    const n = buf.length / (8 + 4 + dim * (storage === 'int8' ? 1 : 4));
    if (!Number.isInteger(n)) throw new Error(`${path} does not hold whole rows of dimension ${dim}`);
    const index = new ExactIndex({ dim, storage, capacity: n });
    // Copied byte-wise into the fresh arrays: the file's buffer need not be aligned for Float64Array.
    const parts = [index.rowids, index.invNorm, storage === 'int8' ? index.i8 : index.f32];
    let off = 0;
    for (const part of parts) {
      const len = (part === index.rowids ? n : part === index.invNorm ? n : n * dim) * part.BYTES_PER_ELEMENT;
      new Uint8Array(part.buffer, 0, len).set(buf.subarray(off, off + len));
      off += len;
    }
    index.count = n;
    for (let s = 0; s < n; s++) index.slotOf.set(index.rowids[s], s);
    return index;
  }

  /** Grows the buffers geometrically so a stream of small adds copies each row O(1) times. */
  private reserve(rows: number): void {
    if (rows <= this.rowids.length) return;
    const cap = Math.max(rows, Math.ceil(this.rowids.length * 1.5));
    if (this.storage === 'int8') { const a = new Int8Array(cap * this.dim); a.set(this.i8); this.i8 = a; }
    else { const a = new Float32Array(cap * this.dim); a.set(this.f32); this.f32 = a; }
    const inv = new Float32Array(cap); inv.set(this.invNorm); this.invNorm = inv;
    const ids = new Float64Array(cap); ids.set(this.rowids); this.rowids = ids;
  }
}

/** What `save` writes beside the graph: the parameters, the caller's tag, and counts that expose a stale file set. */
interface HnswMeta { format: 1; dim: number; params: HnswParams; elements: number; rows: number; tag: unknown }

/** The three files of a saved HNSW index: the graph (hnswlib's format), the int8 rows, the metadata. */
const filesOf = (path: string) => ({ graph: path, rows: `${path}.rows`, meta: `${path}.meta.json` });

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
    const files = filesOf(path);
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
    const files = filesOf(path);
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

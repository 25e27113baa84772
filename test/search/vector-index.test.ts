import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { addAll, clusteredVectors, perturbedQueries, recallAt } from '../../bench/ann-bench.ts';
import { dequantize, quantize } from '../../src/search/semantic/vector-codec.ts';
import {
  createVectorIndex, EXACT_MAX_SIZE, ExactIndex, HnswIndex, type VectorIndex,
} from '../../src/search/semantic/vector-index.ts';
import type { RankedId } from '../../src/search/types.ts';
import { tmpDir } from '../helpers/tmp.ts';

// d = 50 is not a multiple of the scan's 4-way unrolling, so the remainder loop is exercised too.
const DIM = 50;
const N = 3000;
const K = 10;
const data = clusteredVectors(N, DIM, { clusters: 30, seed: 7 });
const queries = perturbedQueries(data, DIM, 40, 0.5, 8);
const row = (rowid: number) => data.subarray((rowid - 1) * DIM, rowid * DIM);

/** The definition: cosine of the query with every live row in float64, best first. */
function bruteForce(query: Float32Array, k: number, live: (rowid: number) => boolean = () => true): RankedId[] {
  let qq = 0;
  for (let j = 0; j < DIM; j++) qq += query[j] * query[j];
  const all: RankedId[] = [];
  for (let rowid = 1; rowid <= N; rowid++) {
    if (!live(rowid)) continue;
    const v = row(rowid);
    let dot = 0, vv = 0;
    for (let j = 0; j < DIM; j++) { dot += query[j] * v[j]; vv += v[j] * v[j]; }
    all.push({ rowid, score: dot / Math.sqrt(qq * vv) });
  }
  return all.sort((a, b) => b.score - a.score).slice(0, k);
}

const ids = (rows: RankedId[]) => rows.map((r) => r.rowid);

function build(kind: 'int8' | 'float32' | 'hnsw'): ExactIndex | HnswIndex {
  // Small starting capacities, so building also exercises growth (and hnswlib's resizeIndex).
  const index = kind === 'hnsw' ? HnswIndex.create(DIM, 100, { seed: 3 }) : new ExactIndex({ dim: DIM, storage: kind });
  addAll(index, data, DIM, 700);
  return index;
}

describe('vector codec', () => {
  it('stores round(x * 127) per component and decodes to a unit vector within the rounding bound', () => {
    for (const v of perturbedQueries(data, DIM, 50, 0.3, 9)) {
      const buf = quantize(v);
      assert.equal(buf.length, DIM);
      const raw = new Int8Array(buf.buffer, buf.byteOffset, DIM);
      for (let j = 0; j < DIM; j++) assert.ok(Math.abs(raw[j] / 127 - v[j]) <= 0.5 / 127 + 1e-7);
      const back = dequantize(buf, DIM);
      let norm = 0, cos = 0;
      for (let j = 0; j < DIM; j++) { norm += back[j] * back[j]; cos += back[j] * v[j]; }
      assert.ok(Math.abs(norm - 1) < 1e-6);
      assert.ok(cos > 0.999, `cosine after round trip ${cos}`);
    }
  });

  it('keeps the zero vector zero, clamps stray components and rejects a wrong length', () => {
    assert.deepEqual([...dequantize(quantize(new Float32Array(4)), 4)], [0, 0, 0, 0]);
    const clamped = quantize(Float32Array.of(1.2, -1.2));
    assert.deepEqual([clamped.readInt8(0), clamped.readInt8(1)], [127, -127]);
    assert.throws(() => dequantize(Buffer.alloc(3), 4), RangeError);
  });
});

describe('exact index', () => {
  it('float32 storage returns exactly the brute-force top k', () => {
    const index = build('float32');
    assert.equal(index.size, N);
    for (const [i, q] of queries.entries()) {
      // Several k, so the heap is checked both barely filled and deep.
      const k = [1, K, 57][i % 3];
      const got = index.search(q, k);
      const want = bruteForce(q, k);
      assert.deepEqual(ids(got), ids(want));
      got.forEach((g, j) => assert.ok(Math.abs(g.score - want[j].score) < 1e-6));
    }
  });

  it('int8 storage is exact up to its quantization error', () => {
    const index = build('int8');
    const eps = 0.01;
    for (const q of queries) {
      const got = index.search(q, K);
      const want = bruteForce(q, N);
      const truth = new Map(want.map((r) => [r.rowid, r.score]));
      const kth = want[K - 1].score;
      for (const g of got) {
        assert.ok(Math.abs(g.score - truth.get(g.rowid)!) < eps / 2);
        assert.ok(truth.get(g.rowid)! > kth - eps);
      }
      // Anything clearly inside the true top k must be found.
      for (const w of want.slice(0, K)) if (w.score > want[K].score + eps) assert.ok(ids(got).includes(w.rowid));
    }
  });

  it('handles k beyond the size, k = 0 and a zero query', () => {
    const index = new ExactIndex({ dim: DIM });
    index.add([5, 6], [row(1), row(2)]);
    assert.deepEqual(ids(index.search(row(1), 10)), [5, 6]);
    assert.deepEqual(index.search(row(1), 0), []);
    assert.deepEqual(index.search(new Float32Array(DIM), 3), []);
    assert.throws(() => index.add([1], [new Float32Array(DIM + 1)]), RangeError);
    assert.throws(() => index.add([1.5], [row(1)]), RangeError);
  });
});

for (const kind of ['int8', 'float32', 'hnsw'] as const) {
  describe(`${kind} index: filters and updates`, () => {
    const index: VectorIndex = build(kind);

    it('honours a filter and still returns k rows', () => {
      // For HNSW, 1 in 7 takes the graph walk and 1 in 100 the scan of its int8 copy (FILTER_SCAN_BELOW).
      for (const every of [7, 100]) {
        const accept = (rowid: number) => rowid % every === 0;
        for (const q of queries.slice(0, 10)) {
          const got = index.search(q, K, accept);
          assert.equal(got.length, K);
          assert.ok(got.every((r) => accept(r.rowid)));
          assert.ok(recallAt(K, [got], [bruteForce(q, K, accept)]) >= 0.8);
        }
      }
      // Fewer accepted rows than k: all of them, and nothing else.
      const few = new Set([3, 333, 1234, 2999, 17]);
      const got = index.search(queries[0], K, (r) => few.has(r));
      assert.deepEqual(ids(got).sort((a, b) => a - b), [...few].sort((a, b) => a - b));
    });

    it('replaces, removes and re-adds rows', () => {
      const target = 42;
      const q = queries[3];
      index.add([target], [q]);
      assert.equal(index.size, N);
      const top = index.search(q, K)[0];
      assert.equal(top.rowid, target);
      assert.ok(Math.abs(top.score - 1) < 0.01);

      index.remove(target);
      index.remove(target);
      index.remove(999_999);
      assert.equal(index.size, N - 1);
      assert.ok(!ids(index.search(q, 50)).includes(target));

      index.add([target], [row(target)]);
      assert.equal(index.size, N);
      assert.ok(ids(index.search(row(target), 1)).includes(target));
    });
  });
}

describe('hnsw index', () => {
  it('reaches recall@10 >= 0.95 against the exact scan', () => {
    const hnsw = build('hnsw');
    const exact = build('float32');
    const recall = recallAt(K, queries.map((q) => hnsw.search(q, K)), queries.map((q) => exact.search(q, K)));
    assert.ok(recall >= 0.95, `recall ${recall}`);
  });

  it('saves and loads to the same answers, deletions and tag included', async () => {
    const path = join(tmpDir('vector-index-'), 'hnsw.bin');
    assert.equal(await HnswIndex.load(path), null);
    const index = build('hnsw') as HnswIndex;
    index.remove(10);
    await index.save(path, { modelId: 4, seq: 3000 });
    const loaded = await HnswIndex.load(path);
    assert.ok(loaded);
    assert.deepEqual(loaded.tag, { modelId: 4, seq: 3000 });
    assert.equal(loaded.index.size, N - 1);
    for (const q of queries) assert.deepEqual(loaded.index.search(q, K), index.search(q, K));
    assert.ok(!ids(loaded.index.search(row(10), 5)).includes(10));
    // The reloaded index keeps growing past its saved capacity.
    loaded.index.add([N + 1, N + 2], [row(1), row(2)]);
    assert.equal(loaded.index.size, N + 1);
  });
});

describe('createVectorIndex', () => {
  it('picks exact below the threshold and HNSW from it on, unless told', () => {
    assert.equal(createVectorIndex({ dim: 8, expectedSize: EXACT_MAX_SIZE - 1, kind: 'auto' }).kind, 'exact');
    assert.equal(createVectorIndex({ dim: 8, expectedSize: EXACT_MAX_SIZE, kind: 'auto' }).kind, 'hnsw');
    assert.equal(createVectorIndex({ dim: 8, expectedSize: 10, kind: 'hnsw' }).kind, 'hnsw');
    assert.equal(createVectorIndex({ dim: 8, expectedSize: 50_000, kind: 'exact' }).kind, 'exact');
  });
});

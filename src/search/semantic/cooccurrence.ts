/**
 * Word co-occurrence counts within a sliding window, in a hash table of typed arrays.
 *
 * Why not a Map keyed by pair: at a few hundred thousand abstracts there are tens of millions of
 * distinct pairs, and a Map spends ~80 bytes on each; here a pair costs 8 bytes a slot (a 32-bit
 * key and a float weight) at a load of at most 0.7. The table grows up to a fixed number of slots;
 * past that it prunes the rarest pairs (as word2vec prunes its vocabulary), so memory is bounded
 * whatever the corpus size, at the cost of undercounting pairs too rare to matter for PPMI.
 */
import type { TrainingSample } from './training-sample.ts';

const EMPTY = 0xffffffff;

/**
 * Unordered pair weights keyed by lo·V + hi (lo < hi < V <= 65535, so the key fits 32 bits).
 * Slot s keeps its key at word 2s and its float weight at word 2s + 1 of one buffer, so an update
 * touches one cache line: the table is far larger than any cache and nearly every update misses.
 */
export class PairTable {
  size = 0;
  /** Pruning passes so far (each drops pairs below a rising weight floor). */
  prunes = 0;
  private bits: number;
  private keys!: Uint32Array;
  private weights!: Float32Array;

  constructor(initialBits: number, private readonly maxBits: number) {
    this.bits = Math.min(initialBits, maxBits);
    this.allocate();
  }

  /** Calls visit(key, weight) for every pair, in slot order. */
  forEach(visit: (key: number, weight: number) => void): void {
    for (let s = 0; s < this.keys.length; s += 2) if (this.keys[s] !== EMPTY) visit(this.keys[s], this.weights[s + 1]);
  }

  /** Fibonacci hashing: the golden-ratio multiply spreads consecutive keys over the top bits. */
  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
  }

  add(key: number, weight: number): void {
    const mask = (1 << this.bits) - 1;
    let s = this.slot(key);
    for (;;) {
      const k = this.keys[2 * s];
      if (k === key) {
        this.weights[2 * s + 1] += weight;
        return;
      }
      if (k === EMPTY) break;
      s = (s + 1) & mask;
    }
    this.keys[2 * s] = key;
    this.weights[2 * s + 1] = weight;
    // Linear probing slows sharply past 0.7 load.
    if (++this.size > 0.7 * (1 << this.bits)) this.makeRoom();
  }

  private allocate(): void {
    const buffer = new ArrayBuffer(8 << this.bits);
    this.keys = new Uint32Array(buffer).fill(EMPTY);
    this.weights = new Float32Array(buffer);
  }

  private makeRoom(): void {
    if (this.bits < this.maxBits) {
      this.rehash(this.bits + 1, 0);
      return;
    }
    // Full size: drop pairs below a floor that rises until at most half the slots are used.
    let floor = 0;
    do {
      this.prunes++;
      floor += 1;
      this.rehash(this.bits, floor);
    } while (this.size > 0.5 * (1 << this.bits));
  }

  private rehash(bits: number, floor: number): void {
    const oldKeys = this.keys;
    const oldWeights = this.weights;
    this.bits = bits;
    this.allocate();
    this.size = 0;
    const mask = (1 << bits) - 1;
    for (let i = 0; i < oldKeys.length; i += 2) {
      const key = oldKeys[i];
      if (key === EMPTY || oldWeights[i + 1] < floor) continue;
      let s = this.slot(key);
      while (this.keys[2 * s] !== EMPTY) s = (s + 1) & mask;
      this.keys[2 * s] = key;
      this.weights[2 * s + 1] = oldWeights[i + 1];
      this.size++;
    }
  }
}

export interface Cooccurrence {
  pairs: PairTable;
  /** Row sums of the full symmetric count matrix (exact, pruning or not). */
  rowSums: Float64Array;
}

/**
 * Counts every pair of distinct vocabulary words at most `window` positions apart in a document,
 * weighted 1/distance (GloVe's weighting: a neighbour says more about a word than a word five
 * places off). Words outside the vocabulary are removed first, as word2vec does, so the window
 * reaches over them to real context.
 */
export function countCooccurrences(sample: TrainingSample, remap: Int32Array, vocabSize: number, window: number, maxTableBits: number): Cooccurrence {
  const pairs = new PairTable(16, maxTableBits);
  const rowSums = new Float64Array(vocabSize);
  const inverse = Float32Array.from({ length: window + 1 }, (_, d) => (d === 0 ? 0 : 1 / d));
  let ids = new Int32Array(1024);
  for (let d = 0; d < sample.docCount; d++) {
    const from = sample.docStarts[d];
    const to = sample.docStarts[d + 1];
    if (to - from > ids.length) ids = new Int32Array(to - from);
    let n = 0;
    for (let p = from; p < to; p++) {
      const v = remap[sample.tokens[p]];
      if (v >= 0) ids[n++] = v;
    }
    for (let i = 0; i < n; i++) {
      const a = ids[i];
      const end = Math.min(n, i + window + 1);
      for (let j = i + 1; j < end; j++) {
        const b = ids[j];
        // A word repeated nearby says it is bursty, not what it means; counted, these self-pairs
        // gave every word a context of its own and kept synonyms that never meet apart.
        if (a === b) continue;
        const w = inverse[j - i];
        pairs.add(a < b ? a * vocabSize + b : b * vocabSize + a, w);
        // The pair counts once in a's row and once in b's.
        rowSums[a] += w;
        rowSums[b] += w;
      }
    }
  }
  return { pairs, rowSums };
}

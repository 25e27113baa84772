import { lengthNorm, saturate } from './bm25.ts';
import { CHUNK_ROWS, CHUNK_SHIFT, popcount } from './dense-chunk.ts';
import type { IndexReader, TermEntry } from './index-reader.ts';
import { PostingCursor } from './posting-cursor.ts';
import type { TopKHeap } from './top-k-heap.ts';

/**
 * Intersection first, for ANDs of several phrases. When few rows hold every phrase, no threshold
 * forms early (the heap stays short of k), block maxima prune nothing, and a document-at-a-time
 * search walks the rarest phrase's whole list probing the others. Instead: one bitmap over all
 * rowids per phrase (its bitmap tiers copied word for word, its other tiers' rows set bit by bit),
 * ANDed rarest first, stopping when the AND empties. If at most `limit` rows remain, each is scored
 * exactly (F per phrase from its tiers, in rowid order) and the search is done; `rows` is then the
 * exact number of stored, unchanged rows holding every phrase (a lower bound otherwise). Otherwise the
 * caller runs the pruned search, with the intersection as a filter on its candidates (a large
 * intersection means a high k-th score soon, which is where pruning works).
 */
export interface IntersectPhrase { idf: number; entries: TermEntry[] }

/** Words of rowid space reused between queries (one per phrase kept, plus the running AND). */
let scratch: Int32Array[] = [];

export function scoreSmallIntersection(index: IndexReader, phrases: readonly IntersectPhrase[], heap: TopKHeap, limit: number,
  ctx: { docLengths: Uint32Array; avgdl: number; skip: Set<number> | null }): { done: boolean; rows: number; filter: Int32Array | null } {
  const words = (index.meta.coveredRowid >>> 5) + 1;
  if (scratch.length < 2 || scratch[0].length < words) scratch = [new Int32Array(words), new Int32Array(words)];
  const [acc, one] = scratch;
  const order = phrases.map((_, i) => i).sort((a, b) => size(phrases[a]) - size(phrases[b]));
  for (const [i, p] of order.entries()) {
    fillBitmap(index, phrases[p].entries, i === 0 ? acc : one, words);
    if (i === 0) continue;
    let any = 0;
    for (let w = 0; w < words; w++) any |= acc[w] &= one[w];
    if (any === 0) return { done: true, rows: 0, filter: null };
  }
  let rows = 0;
  for (let w = 0; w < words && rows <= limit; w++) if (acc[w] !== 0) rows += popcount(acc[w]);
  if (rows > limit) return { done: false, rows, filter: acc };
  // Rows whose text changed since the build are counted (and scored) from the delta instead.
  if (ctx.skip !== null) for (const d of ctx.skip) if (d >>> 5 < words && (acc[d >>> 5] & (1 << (d & 31))) !== 0) rows--;

  // Score in rowid order so each sparse tier's cursor only moves forward. A row whose length
  // already rules it out (largest F per phrase, saturated at its length) is not looked up.
  const cursors = phrases.map((p) => p.entries.flatMap((e) => e.tiers.map((_, t) => new PostingCursor(index, e, t))));
  const maxF = phrases.map((p) => p.entries.reduce((f, e) => f + e.tiers.reduce((m, t) => Math.max(m, t.maxFreq), 0), 0));
  for (let w = 0; w < words; w++) {
    let x = acc[w];
    while (x !== 0) {
      const d = w * 32 + (31 - Math.clz32(x & -x));
      x &= x - 1;
      if (ctx.skip !== null && ctx.skip.has(d)) continue;
      const norm = lengthNorm(ctx.docLengths[d], ctx.avgdl);
      let b = 0;
      for (let i = 0; i < phrases.length; i++) b += phrases[i].idf * saturate(maxF[i], norm);
      if (b * (1 + 1e-9) <= heap.threshold()) continue;
      let s = 0;
      for (let i = 0; i < phrases.length; i++) {
        let f = 0;
        for (const cur of cursors[i]) {
          if (cur.dense ? cur.probe(d) : cur.next(d) === d) {
            f += cur.freq;
            // Tiers of one term never share a row; expansions of a prefix may.
            if (phrases[i].entries.length === 1) break;
          }
        }
        // Summed in query order, as FTS5 does.
        s += phrases[i].idf * saturate(f, norm);
      }
      heap.push(d, s);
    }
  }
  return { done: true, rows, filter: null };
}

function size(p: IntersectPhrase): number {
  return p.entries.reduce((n, e) => n + e.df, 0);
}

/** Sets the bits of every row holding any of the entries (all tiers). */
function fillBitmap(index: IndexReader, entries: readonly TermEntry[], bits: Int32Array, words: number): void {
  bits.fill(0, 0, words);
  for (const e of entries) {
    e.tiers.forEach((tier, t) => {
      if (tier.dense) {
        for (let no = 0; no * CHUNK_ROWS < words * 32; no++) {
          const c = index.chunk(e, t, no);
          if (!c) continue;
          const base = (no << CHUNK_SHIFT) >>> 5;
          const n = Math.min(c.words.length, words - base);
          for (let w = 0; w < n; w++) bits[base + w] |= c.words[w];
        }
        return;
      }
      for (let b = 0; b < tier.lastRowid.length; b++) {
        const { rowids, count } = index.block(e, t, b);
        for (let i = 0; i < count; i++) bits[rowids[i] >>> 5] |= 1 << (rowids[i] & 31);
      }
    });
  }
}

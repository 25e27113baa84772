import type { createIndexWriter } from './index-writer.ts';
import type { PrefixRange } from './prefix-counts.ts';
import { MERGE_MIN_PREFIX, type BuildTuning } from './schema.ts';

type IndexWriter = ReturnType<typeof createIndexWriter>;

/**
 * Stores every prefix range, merging the postings of those that need it. Why merge: a prefix
 * phrase's frequency part is saturate(F_a + F_b + ...), and the only bound per-term blocks give is
 * the sum of each term's block maximum, which for two common terms ("transfer", "transform" under
 * "transf") sits at the saturation ceiling and prunes nothing; a common term's tiers cannot be used
 * either, since rows of the other terms may fall in any of them. A merged list has its own tiers
 * and exact block maxima.
 * Merging re-reads the terms just written (committed), so the build keeps no postings in memory.
 */
export async function writePrefixRanges(writer: IndexWriter, terms: readonly string[], df: readonly number[],
  ranges: readonly PrefixRange[], maxRowid: number, tuning: BuildTuning): Promise<{ merged: number; mergedPostings: number }> {
  const acc = new Uint32Array(maxRowid + 1);
  const touched = new Uint32Array(maxRowid + 1);
  let merged = 0;
  let mergedPostings = 0;
  let lastYield = performance.now();
  for (const [i, r] of ranges.entries()) {
    // Ids after the last term id, so merged lists share the block key space without colliding.
    const id = terms.length + i;
    if (!shouldMerge(r, terms, df, tuning.mergeMinPostings)) { writer.addPrefix(id, r.lo, r.hi, r.n); continue; }
    let m = 0;
    for (let t = r.lo; t <= r.hi; t++) {
      writer.forEachPosting(t, (rowid, f) => {
        if (acc[rowid] === 0) touched[m++] = rowid;
        acc[rowid] += f;
      });
    }
    // The union size is also counted in the postings pass; two independent counts must agree.
    if (m !== r.n) throw new Error(`prefix range ${terms[r.lo]}..${terms[r.hi]}: merged ${m} rows, counted ${r.n}`);
    const rowids = touched.slice(0, m).sort();
    const freqs = new Uint32Array(m);
    for (let k = 0; k < m; k++) { freqs[k] = acc[rowids[k]]; acc[rowids[k]] = 0; }
    writer.addPrefix(id, r.lo, r.hi, r.n, { rowids, freqs });
    merged++;
    mergedPostings += m;
    // Let a server's event loop run between merges, as the postings pass does.
    if (performance.now() - lastYield > 50) { await new Promise((res) => setImmediate(res)); lastYield = performance.now(); }
  }
  return { merged, mergedPostings };
}

function shouldMerge(r: PrefixRange, terms: readonly string[], df: readonly number[], minPostings: number): boolean {
  const a = terms[r.lo];
  const b = terms[r.hi];
  let lcp = 0;
  while (lcp < a.length && a.charCodeAt(lcp) === b.charCodeAt(lcp)) lcp++;
  if (lcp < MERGE_MIN_PREFIX) return false;
  let postings = 0;
  for (let t = r.lo; t <= r.hi; t++) postings += df[t];
  return postings >= minPostings;
}

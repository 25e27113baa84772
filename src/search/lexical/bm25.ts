/**
 * FTS5's bm25() as plain numbers in and out, written to reproduce SQLite's arithmetic operation
 * for operation (ext/fts5/fts5_aux.c, fts5Bm25Function), so our scores equal FTS5's to the last bit
 * wherever the C library's log() and V8's Math.log agree (they differ by at most one ulp).
 *
 * FTS5 is not BM25F: it does not normalize each column by its own length. For a row with total
 * token count D (all columns together, from the %_docsize table) and phrase i:
 *
 *   F_i   = sum over the phrase's instances in the row of the weight of the instance's column
 *           (so 10 * tf_title + 4 * tf_authors + 1 * tf_abstract with our weights 10/4/1)
 *   score = sum_i idf_i * (F_i * (k1 + 1)) / (F_i + k1 * (1 - b + b * D / avgdl))
 *   idf_i = log((N - n_i + 0.5) / (n_i + 0.5)), replaced by 1e-6 when <= 0
 *
 * with N the rows in the table, n_i the rows matching phrase i (for a prefix phrase: the rows
 * matching any expansion, counted once) and avgdl the table's total tokens divided by N.
 * bm25() returns the negative of this sum; we keep it positive (higher is better).
 */

/** Term-frequency saturation: past a few occurrences another one adds little. */
export const K1 = 1.2;
/** Length normalization: 0.75 of the way from "ignore length" to "divide by relative length". */
export const B = 0.75;
/** Column weights of the search ranking: title, authors, abstract (as in feeds-read.ts). */
export const COLUMN_WEIGHTS: readonly number[] = [10, 4, 1];
/** The largest value the frequency part can take: F (k1+1) / (F + ...) stays below k1 + 1. */
export const SATURATION = K1 + 1.0;

/** FTS5's idf for a phrase matching `n` of `rows` rows; never zero or negative. */
export function idf(rows: number, n: number): number {
  // Terms in more than half the rows would get a negative idf; FTS5 clamps it to a tiny positive.
  const v = Math.log((rows - n + 0.5) / (n + 0.5));
  return v <= 0 ? 1e-6 : v;
}

/**
 * The length part of the denominator for a row of `docLen` tokens: k1 * (1 - b + b * D / avgdl).
 * Written in FTS5's operation order ((b * D) / avgdl) so the doubles round the same way.
 */
export function lengthNorm(docLen: number, avgdl: number): number {
  return K1 * (1 - B + (B * docLen) / avgdl);
}

/** The frequency part for a phrase with weighted frequency `f` in a row with length norm `norm`. */
export function saturate(f: number, norm: number): number {
  return (f * SATURATION) / (f + norm);
}

/** One phrase's contribution to a row's score: idf times the saturated weighted frequency. */
export function contribution(idfValue: number, f: number, docLen: number, avgdl: number): number {
  return idfValue * saturate(f, lengthNorm(docLen, avgdl));
}

/**
 * The factor by which a frequency part computed with average length `builtAvgdl` can grow when
 * the average becomes `avgdl`. With X = F + k1 (1 - b) and c = k1 b, the part is F (k1+1) / (X + c D / a);
 * the ratio new/old is (X + c D / a_old) / (X + c D / a_new), which lies between 1 and a_new / a_old.
 * So bounds stored at build time stay bounds after multiplying by max(1, a_new / a_old).
 */
export function driftFactor(builtAvgdl: number, avgdl: number): number {
  return avgdl > builtAvgdl ? avgdl / builtAvgdl : 1;
}

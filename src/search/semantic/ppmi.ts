/**
 * Positive pointwise mutual information of word-context pairs, as a sparse matrix for the SVD.
 *
 * PMI(w, c) = log P(w, c) / (P(w)·P(c)): how much more often c appears near w than chance would
 * put it there. Negative values (pairs seen less than chance) are unreliable in a sparse corpus
 * and are clipped to zero, which also keeps the matrix sparse (Bullinaria and Levy 2007).
 * P(c) is smoothed to count(c)^α / Σ count^α with α = 0.75 (Levy, Goldberg and Dagan 2015): it
 * raises rare contexts' probability, damping PMI's known bias towards rare words.
 */
import type { Cooccurrence } from './cooccurrence.ts';
import type { CsrMatrix } from './svd.ts';

export interface PpmiOptions {
  /** Context distribution smoothing exponent. */
  alpha: number;
  /** Subtracted from every PMI before clipping (log k of shifted PPMI; 0 = plain PPMI). */
  shift: number;
  /** Keep at most this many entries per row, the largest (0 = all). */
  maxRowEntries: number;
}

/** The V x V PPMI matrix of symmetric co-occurrence counts; rows are words, columns contexts. */
export function ppmiMatrix(co: Cooccurrence, vocabSize: number, options: PpmiOptions): CsrMatrix {
  const { rowSums } = co;
  let smoothedTotal = 0;
  for (let v = 0; v < vocabSize; v++) smoothedTotal += Math.pow(rowSums[v], options.alpha);
  // PMI(w, c) = log n(w,c) - log n(w) - log Pα(c): the total count T of P(w, c) = n(w,c)/T
  // cancels the T of P(w) = n(w)/T.
  const logRow = new Float64Array(vocabSize);
  const logContext = new Float64Array(vocabSize);
  for (let v = 0; v < vocabSize; v++) {
    logRow[v] = Math.log(rowSums[v]) + options.shift;
    logContext[v] = options.alpha * Math.log(rowSums[v]) - Math.log(smoothedTotal);
  }

  // Two passes over the pairs: count each row's positive entries, then fill.
  // An unordered pair {a, b} gives entries (a, b) and (b, a); there are no self-pairs.
  const rowNnz = new Int32Array(vocabSize + 1);
  const visit = (emit: (row: number, col: number, value: number) => void): void => {
    co.pairs.forEach((key, weight) => {
      const a = Math.floor(key / vocabSize);
      const b = key - a * vocabSize;
      const logCount = Math.log(weight);
      const ab = logCount - logRow[a] - logContext[b];
      if (ab > 0) emit(a, b, ab);
      const ba = logCount - logRow[b] - logContext[a];
      if (ba > 0) emit(b, a, ba);
    });
  };
  visit((row) => { rowNnz[row + 1]++; });
  const indptr = new Int32Array(vocabSize + 1);
  for (let v = 0; v < vocabSize; v++) indptr[v + 1] = indptr[v] + rowNnz[v + 1];
  const fill = indptr.slice(0, vocabSize);
  const indices = new Int32Array(indptr[vocabSize]);
  const values = new Float32Array(indptr[vocabSize]);
  visit((row, col, value) => {
    const p = fill[row]++;
    indices[p] = col;
    values[p] = value;
  });
  const matrix = { rows: vocabSize, cols: vocabSize, indptr, indices, values };
  return options.maxRowEntries > 0 ? keepLargestPerRow(matrix, options.maxRowEntries) : matrix;
}

/**
 * Keeps each row's `limit` largest entries (ties by column, for determinism). A frequent word
 * has positive PMI with thousands of contexts, most barely above chance; its strongest
 * associations carry its meaning, and the SVD's cost is proportional to the entries kept.
 */
export function keepLargestPerRow(m: CsrMatrix, limit: number): CsrMatrix {
  const indptr = new Int32Array(m.rows + 1);
  for (let r = 0; r < m.rows; r++) indptr[r + 1] = indptr[r] + Math.min(limit, m.indptr[r + 1] - m.indptr[r]);
  const indices = new Int32Array(indptr[m.rows]);
  const values = new Float32Array(indptr[m.rows]);
  for (let r = 0; r < m.rows; r++) {
    const from = m.indptr[r];
    const count = m.indptr[r + 1] - from;
    let order = Array.from({ length: count }, (_, i) => from + i);
    if (count > limit) order = order.sort((a, b) => m.values[b] - m.values[a] || m.indices[a] - m.indices[b]).slice(0, limit);
    order.forEach((p, i) => {
      indices[indptr[r] + i] = m.indices[p];
      values[indptr[r] + i] = m.values[p];
    });
  }
  return { rows: m.rows, cols: m.cols, indptr, indices, values };
}

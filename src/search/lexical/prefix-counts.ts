/**
 * Row counts of prefix phrases, for their idf. FTS5 scores "netw"* as one phrase whose n is the
 * number of rows containing any term that starts with "netw", each row counted once: the size of
 * a union, which per-term document frequencies cannot give. Counting it at query time would read
 * every posting of every expansion, so the build counts it once for every prefix range of
 * 2..MAX_EXPANSIONS terms, in the same single pass over the postings, in term order.
 *
 * The trick: remember for each row the index of the last term (in term order) that contained it.
 * A posting (term i, row d) whose previous term for d is p adds d to the union of a range
 * [lo, hi] containing i exactly when p < lo. So the union of [lo, hi] is
 *   sum over i in [lo, hi] of (df_i - #{postings of i whose previous term is >= lo}),
 * and since ranges hold at most MAX_EXPANSIONS terms, it is enough to keep, per term, how many of
 * its postings have their previous term exactly j = i - p terms back, for j < MAX_EXPANSIONS.
 */
export interface PrefixRange {
  /** First and last term index (ids) of the range; inclusive. */
  lo: number;
  hi: number;
  /** Rows containing at least one of the range's terms. */
  n: number;
}

export class PrefixUnionCounter {
  private readonly lastSeen: Int32Array;
  private readonly scratch: Uint32Array;
  /** Per term: pairs (j, count) of the back-distance histogram, only the non-zero entries. */
  private readonly hist: Uint32Array[] = [];
  private readonly df: number[] = [];

  constructor(maxRowid: number, private readonly maxExpansions: number) {
    this.lastSeen = new Int32Array(maxRowid + 1).fill(-1);
    this.scratch = new Uint32Array(maxExpansions);
  }

  /** Records term `index` (terms must come in order 0, 1, 2, ...) with its ascending rowids. */
  add(index: number, rowids: Uint32Array, count: number): void {
    const { lastSeen, scratch } = this;
    const window = this.maxExpansions;
    for (let k = 0; k < count; k++) {
      const d = rowids[k];
      const prev = lastSeen[d];
      if (prev >= 0 && index - prev < window) scratch[index - prev]++;
      lastSeen[d] = index;
    }
    let nonZero = 0;
    for (let j = 1; j < window; j++) if (scratch[j]) nonZero++;
    const pairs = new Uint32Array(nonZero * 2);
    for (let j = 1, o = 0; j < window; j++) {
      if (!scratch[j]) continue;
      pairs[o++] = j;
      pairs[o++] = scratch[j];
      scratch[j] = 0;
    }
    this.hist[index] = pairs;
    this.df[index] = count;
  }

  /** Union sizes of every prefix range of 2..maxExpansions terms of the sorted `terms`. */
  ranges(terms: readonly string[]): PrefixRange[] {
    const out: PrefixRange[] = [];
    for (const [lo, hi] of lcpIntervals(terms, this.maxExpansions)) {
      let n = 0;
      for (let i = lo; i <= hi; i++) {
        n += this.df[i];
        const pairs = this.hist[i];
        for (let o = 0; o < pairs.length; o += 2) if (pairs[o] <= i - lo) n -= pairs[o + 1];
      }
      out.push({ lo, hi, n });
    }
    return out;
  }
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Every distinct set of terms sharing a non-empty prefix, as index ranges [lo, hi] with 2 to
 * `maxSize` terms. Sorted terms sharing a prefix are contiguous, and the sets form a tree (the
 * LCP-interval tree), enumerated with one stack over adjacent common-prefix lengths.
 */
export function lcpIntervals(terms: readonly string[], maxSize: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: Array<{ lcp: number; lo: number }> = [{ lcp: 0, lo: 0 }];
  for (let i = 1; i <= terms.length; i++) {
    const lcp = i < terms.length ? commonPrefix(terms[i - 1], terms[i]) : 0;
    let lo = i - 1;
    while (lcp < stack[stack.length - 1].lcp) {
      const top = stack.pop()!;
      lo = top.lo;
      const size = i - top.lo;
      if (size <= maxSize) out.push([top.lo, i - 1]);
    }
    if (lcp > stack[stack.length - 1].lcp) stack.push({ lcp, lo });
  }
  return out;
}

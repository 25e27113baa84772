/**
 * Impact tiers. Block maxima alone cannot prune a query of two very common terms: every block of
 * 128 postings holds some short paper with the term in its title, so every block's maximum sits
 * near the top score and the sum of two maxima always beats the k-th best. Splitting each common
 * term by frequency part into a small top tier and the rest gives the search whole lists whose
 * maximum is far lower: the combination "rest of A x rest of B" is ruled out at once when the sum
 * of those two maxima cannot beat the k-th best, which is found in the top tiers.
 *
 * Tiers by rank: the top 2% of a term's postings, the next 10%, then the rest. A boundary is only
 * drawn when both sides keep at least MIN_TIER postings (rare terms stay one list).
 */
export const TIER_FRACTIONS: readonly number[] = [0.02, 0.12];
export const MIN_TIER = 256;

/**
 * Descending part values at which tiers start: tier 0 holds parts >= bounds[0], tier i holds
 * bounds[i] <= part < bounds[i - 1], the last tier the rest. Ties at a boundary all go up.
 */
export function tierBounds(parts: Float64Array, count: number, minTier = MIN_TIER): number[] {
  const ranks = TIER_FRACTIONS.map((f) => Math.ceil(f * count)).filter((r) => r >= minTier && count - r >= minTier);
  if (ranks.length === 0) return [];
  const scratch = parts.slice(0, count);
  const bounds: number[] = [];
  for (const r of ranks) {
    const v = kthLargest(scratch, r);
    // A bound equal to the previous one (heavy ties) would leave an empty tier.
    if (bounds.length === 0 || v < bounds[bounds.length - 1]) bounds.push(v);
  }
  return bounds;
}

/** The r-th largest value (1-based) by quickselect, reordering `a` in place. Expected O(n). */
export function kthLargest(a: Float64Array, r: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const target = r - 1;
  while (lo < hi) {
    // Median of three as pivot: the values are often partly sorted (rowid order follows time).
    const mid = (lo + hi) >>> 1;
    const pivot = median(a[lo], a[mid], a[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) { const x = a[i]; a[i] = a[j]; a[j] = x; i++; j--; }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target];
  }
  return a[target];
}

const median = (x: number, y: number, z: number): number => Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));

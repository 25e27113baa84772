import { COLUMN_WEIGHTS } from './bm25.ts';

/**
 * Impact tiers. Block maxima alone cannot prune a query of two common terms: every block of 128
 * postings holds some short paper with the term in its title, so every block's maximum sits near
 * the top score and the sum of two maxima always beats the k-th best. Splitting each common term
 * into lists whose maxima differ lets the search rule out whole combinations ("rest of A x rest of
 * B") at once when their maxima cannot beat the k-th best, which the top lists find first.
 *
 * The split follows the shape of the scores. With weights 10/4/1, a title occurrence alone gives
 * F >= 10 and a frequency part near the ceiling (measured at 1M papers: 1.9 to 2.1 of 2.2), while
 * abstract-only rows sit far lower (mostly 0.9 to 1.4): so rows first split by title (F >= the
 * title weight), then each side by rank (the top 20% of title rows, the top 10% of the others).
 * A side or a cut is kept only when every resulting tier keeps at least MIN_TIER postings.
 */
export const MIN_TIER = 256;
const TITLE_F = COLUMN_WEIGHTS[0];
const TOP_SHARE = [0.2, 0.1];

/**
 * Tier of each posting (written to `tierOf`), numbered so that lower tiers tend to hold higher
 * parts; returns the number of tiers. Tiers are disjoint and cover every posting.
 */
export function assignTiers(parts: Float64Array, freqs: Uint32Array, count: number, tierOf: Uint8Array, minTier = MIN_TIER): number {
  let titled = 0;
  for (let i = 0; i < count; i++) if (freqs[i] >= TITLE_F) titled++;
  const groups = [titled, count - titled];
  // Split by title only when both sides are big enough; otherwise one group of everything.
  const byTitle = groups.every((g) => g >= minTier);
  const cuts: number[] = [];
  const sizes = byTitle ? groups : [count];
  sizes.forEach((size, g) => {
    const r = Math.ceil(TOP_SHARE[g] * size);
    if (r < minTier || size - r < minTier) { cuts.push(Infinity); return; }
    const scratch = new Float64Array(size);
    let n = 0;
    for (let i = 0; i < count; i++) if (!byTitle || (freqs[i] >= TITLE_F) === (g === 0)) scratch[n++] = parts[i];
    cuts.push(kthLargest(scratch, r));
  });
  // Tier = 2 x group + (below the group's cut ? 1 : 0), then renumbered without gaps.
  const used = new Uint8Array(4);
  for (let i = 0; i < count; i++) {
    const g = byTitle && freqs[i] < TITLE_F ? 1 : 0;
    const t = 2 * g + (parts[i] >= cuts[g] ? 0 : 1);
    tierOf[i] = t;
    used[t] = 1;
  }
  const renumber = new Uint8Array(4);
  let tiers = 0;
  for (let t = 0; t < 4; t++) if (used[t]) renumber[t] = tiers++;
  for (let i = 0; i < count; i++) tierOf[i] = renumber[tierOf[i]];
  return tiers;
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

import type { RankedId } from './types.ts';

/**
 * Reciprocal rank fusion (Cormack et al., 2009): each list adds weight / (k + rank) for every item
 * it holds, rank counted from 1. Ranks, not raw scores, are fused because BM25 and cosine scores
 * live on unrelated scales. k = 60 is the paper's constant: it damps the head of each list so one
 * list's first place cannot outvote agreement between lists.
 */
export function reciprocalRankFusion(lists: RankedId[][], options: { k?: number; weights?: number[] } = {}): RankedId[] {
  const k = options.k ?? 60;
  const fused = new Map<number, number>();
  lists.forEach((list, i) => {
    const w = options.weights?.[i] ?? 1;
    list.forEach((item, rank) => fused.set(item.rowid, (fused.get(item.rowid) ?? 0) + w / (k + rank + 1)));
  });
  // Ties keep the order of first appearance across lists (Map order), so results are deterministic.
  return [...fused].map(([rowid, score]) => ({ rowid, score })).sort((a, b) => b.score - a.score);
}

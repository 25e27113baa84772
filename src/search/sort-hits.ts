import type { Paper } from '../core/paper.ts';

/**
 * Reorders ranked hits in place by date (newest first) or upvotes, score breaking ties; any other
 * sort keeps the ranking's own order. Search results and similar papers share it.
 */
export function sortByDateOrUpvotes<T extends { paper: Paper; score: number }>(hits: T[], sort: string): T[] {
  if (sort === 'date') hits.sort((a, b) => (b.paper.publishedAt ?? '').localeCompare(a.paper.publishedAt ?? '') || b.score - a.score);
  if (sort === 'upvotes') hits.sort((a, b) => b.paper.upvotes - a.paper.upvotes || b.score - a.score);
  return hits;
}

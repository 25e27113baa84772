import type { Store } from '../db/store.ts';
import type { ParsedQuery } from './fts-query.ts';
import type { LoadedModel } from './semantic/semantic-index.ts';
import { hasFilters, type RankedId, type SearchFilters } from './types.ts';

/** Filters are applied after the nearest-neighbour lookup, so it fetches this many times more. */
const FILTER_OVERFETCH = 5;

/**
 * Neighbours too far from the query are not results: a nearest-neighbour search always returns k,
 * however unrelated. A hit must reach both a floor and a share of the best hit's similarity. The
 * corpus model's unrelated papers sit near 0 (the common direction is removed), related ones at
 * 0.3-0.9; external models put unrelated texts at 0.3-0.5, so they get a higher floor and share.
 */
export function similarityCutoff(provider: string, best: number): number {
  const [floor, share] = provider === 'corpus' ? [0.15, 0.5] : [0.3, 0.8];
  return Math.max(floor, share * best);
}

/** Drops the hits under the cutoff (hits are best first). */
export function closeEnough<T extends { score: number }>(provider: string, hits: T[]): T[] {
  if (hits.length === 0) return hits;
  const cut = similarityCutoff(provider, hits[0]!.score);
  return hits.filter((h) => h.score >= cut);
}

/** Whether a vector has any length (an all-unknown query embeds to zeros and matches nothing). */
const isZero = (v: Float32Array) => v.every((x) => x === 0);

/**
 * The nearest papers to the query's meaning. Words and phrases are embedded together; excluded
 * words and the filters are applied to the neighbours afterwards, over-fetching to keep `depth`.
 */
export async function semanticCandidates(store: Store, model: LoadedModel, q: ParsedQuery,
  filters: SearchFilters, depth: number): Promise<RankedId[]> {
  const text = [...q.terms, ...q.phrases].join(' ');
  if (!text) return [];
  const [vec] = await model.provider.embed([text]);
  if (!vec || isZero(vec)) return [];
  const narrowing = hasFilters(filters) || q.excluded.length > 0;
  const hits = closeEnough(model.provider.name, model.index.search(vec, narrowing ? depth * FILTER_OVERFETCH : depth));
  if (!narrowing) return hits;
  const keep = await store.filterRowids(hits.map((h) => h.rowid), filters, q.excluded);
  return hits.filter((h) => keep.has(h.rowid)).slice(0, depth);
}

import { parseQuery } from '../../search/fts-query.ts';
import type { LexicalAccelerator } from '../../search/lexical/accelerator.ts';
import { hasFilters } from '../../search/types.ts';
import type { LexicalPage, SearchQuery } from '../store.ts';
import type { LexicalFastPath } from './search-read.ts';

/**
 * The fast path for the commonest search: relevance order, no filters, every word required. The
 * accelerator returns the exact FTS5 BM25 top k without scoring every match, or null when it cannot
 * (phrases, exclusions, no index built), and plain FTS5 answers instead.
 */
export function acceleratedSearch(accel: LexicalAccelerator,
  countMatches: (query: string) => Pick<LexicalPage, 'total' | 'totalIsLowerBound'>): LexicalFastPath {
  return (q) => {
    if ((q.sort ?? 'relevance') !== 'relevance' || q.matchAny || hasFilters(q)) return null;
    const top = accel.search(parseQuery(q.query), q.offset + q.limit);
    if (!top) return null;
    const items = top.slice(q.offset);
    // Fewer than asked means every match is in hand: no need to count them.
    const counted = top.length < q.offset + q.limit ? { total: top.length, totalIsLowerBound: false } : countMatches(q.query);
    return { items, ...counted };
  };
}

import { parseQuery } from '../../search/fts-query.ts';
import type { LexicalAccelerator } from '../../search/lexical/accelerator.ts';
import { hasFilters } from '../../search/types.ts';
import type { MatchCount } from '../../search/lexical/impact-search.ts';
import { COUNT_CAP, type LexicalFastPath } from './search-read.ts';

/**
 * The fast path for the commonest search: relevance order, no filters, every word required. The
 * accelerator returns the exact FTS5 BM25 top k without scoring every match, or null when it cannot
 * (phrases, exclusions, no index built), and plain FTS5 answers instead.
 */
export function acceleratedSearch(accel: LexicalAccelerator): LexicalFastPath {
  return (q) => {
    if ((q.sort ?? 'relevance') !== 'relevance' || q.matchAny || hasFilters(q)) return null;
    // The accelerator counts matches as it goes (row counts, the AND's intersection bitmap), which
    // spares the second FTS5 query that used to cost more than the ranking itself.
    const count: MatchCount = { rows: 0, atLeast: false };
    const top = accel.search(parseQuery(q.query), q.offset + q.limit, { count, countEnough: COUNT_CAP });
    if (!top) return null;
    return {
      items: top.slice(q.offset),
      total: Math.min(count.rows, COUNT_CAP),
      totalIsLowerBound: count.rows > COUNT_CAP || count.atLeast,
    };
  };
}

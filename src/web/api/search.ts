import type { Context } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import { intParam, parseParams, textParam } from './params.ts';
import { presentDailyEntry } from './presenters.ts';
import { filtersOf, MAX_QUERY, RANGE_ORDER, rangeInOrder, searchShape } from './search-params.ts';

/** Hybrid unless asked otherwise: words and meaning fused rank best on average. */
export const DEFAULT_MODE = 'hybrid';
/** Results per request: 20 by default, at most 120 (the bound clients already rely on). */
export const SEARCH_LIMIT = { default: 20, max: 120 } as const;
/** Lexical totals stop counting at 10,000; deeper offsets would page past anything countable. */
export const MAX_OFFSET = 10_000;
/** Suggestions are for a dropdown: a handful is all a person reads. */
export const MAX_SUGGESTIONS = 8;

export const SearchParams = z.object({
  ...searchShape,
  limit: intParam(1, SEARCH_LIMIT.max).optional(),
  offset: intParam(0, MAX_OFFSET).optional(),
}).refine(rangeInOrder, RANGE_ORDER);

/** The headers beyond X-Total-Count that scripts on other sites may read. */
export const SEARCH_HEADERS = ['X-Total-Count', 'X-Total-Is-Lower-Bound', 'X-Search-Mode'] as const;

/**
 * GET /api/papers/search: papers by words, meaning or both, best first (or by date or upvotes),
 * each entry with its score. The body stays the bare array it always was, so existing clients
 * keep working; the total, whether it is a lower bound, and the mode that answered (semantic
 * modes answer by words until the index is built) travel in headers.
 */
export async function searchRoute(c: Context, deps: AppDeps): Promise<Response> {
  const q = parseParams(SearchParams, c.req.query());
  const result = await deps.search.search({
    ...filtersOf(q),
    query: q.q,
    mode: q.mode ?? DEFAULT_MODE,
    sort: q.sort ?? 'relevance',
    limit: q.limit ?? SEARCH_LIMIT.default,
    offset: q.offset ?? 0,
  });
  c.header('X-Total-Count', String(result.total));
  c.header('X-Total-Is-Lower-Bound', String(result.totalIsLowerBound));
  c.header('X-Search-Mode', result.mode);
  c.header('Access-Control-Expose-Headers', [...SEARCH_HEADERS, 'ETag'].join(', '));
  return c.json(result.items.map((h) => ({ ...presentDailyEntry(h.paper), score: h.score })));
}

export const SuggestParams = z.object({
  q: textParam(MAX_QUERY),
  limit: intParam(1, MAX_SUGGESTIONS).optional(),
});

/**
 * GET /api/search/suggest: titles for a partly typed query (every word matches, the last as a
 * prefix), for search-as-you-type. One indexed lookup, and the same prefix gives the same answer
 * until the next import, so caches may keep it for a few minutes (see cache-policy.ts).
 */
export async function suggestRoute(c: Context, deps: AppDeps): Promise<Response> {
  const q = parseParams(SuggestParams, c.req.query());
  const titles = await deps.search.suggest(q.q, q.limit ?? MAX_SUGGESTIONS);
  return c.json(titles.map((t) => ({ id: t.id, title: t.title })));
}

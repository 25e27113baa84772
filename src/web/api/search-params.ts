import { z } from 'zod';
import { SEARCH_MODES, SEARCH_SORTS, type SearchFilters, type SearchMode, type SearchSort } from '../../search/types.ts';
import { boolParam, dateParam, enumParam, textParam } from './params.ts';

/** The same bound as Hugging Face's search: longer queries are not searches. */
export const MAX_QUERY = 250;
/** Category, organization and author names are short; anything longer names nothing. */
const MAX_NAME = 200;

/**
 * The query parameters the search API and the search page share: the query, how it is matched and
 * sorted, and the filters. Parameter names are snake_case as in the rest of the API (has_code).
 */
export const searchShape = {
  q: textParam(MAX_QUERY),
  mode: enumParam<SearchMode>(SEARCH_MODES).optional(),
  sort: enumParam<SearchSort>(SEARCH_SORTS).optional(),
  since: dateParam.optional(),
  until: dateParam.optional(),
  category: textParam(MAX_NAME).optional(),
  organization: textParam(MAX_NAME).optional(),
  author: textParam(MAX_NAME).optional(),
  has_code: boolParam.optional(),
};

/** A range that ends before it starts can match nothing; say so rather than answer empty. */
export const rangeInOrder = (o: { since?: string; until?: string }) => !o.since || !o.until || o.since <= o.until;
export const RANGE_ORDER = { path: ['until'], error: 'must not be before since' };

export interface ParsedSearch {
  q: string;
  mode?: SearchMode;
  sort?: SearchSort;
  since?: string;
  until?: string;
  category?: string;
  organization?: string;
  author?: string;
  has_code?: boolean;
}

/** The filters of a parsed request, as the search service takes them. has_code=false filters nothing. */
export function filtersOf(p: ParsedSearch): SearchFilters {
  return {
    since: p.since, until: p.until, category: p.category, organization: p.organization, author: p.author,
    hasCode: p.has_code ? true : undefined,
  };
}

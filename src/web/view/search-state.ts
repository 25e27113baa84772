import { z } from 'zod';
import type { SearchMode, SearchSort } from '../../search/types.ts';
import { parseParams } from '../api/params.ts';
import { type ParsedSearch, RANGE_ORDER, rangeInOrder, searchShape } from '../api/search-params.ts';
import { parsePage } from './paging.ts';

/** What the search page was asked: the API's parameters (one schema for both) and the page number. */
export interface SearchState extends ParsedSearch {
  mode: SearchMode;
  sort: SearchSort;
  page: number;
}

const PageParams = z.object({ ...searchShape, q: searchShape.q.optional() }).refine(rangeInOrder, RANGE_ORDER);

/** Parameters in the order they appear in addresses; `page` is added by the pager. */
const ORDER = ['q', 'mode', 'sort', 'since', 'until', 'category', 'organization', 'author', 'has_code'] as const;

/**
 * Reads /search's query string. The filters form submits every field, so an empty field means
 * "not set" and is dropped before validation; anything else that is wrong is a 400 naming it.
 */
export function parseSearchState(query: Record<string, string>): SearchState {
  const given = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v.trim()]).filter(([k, v]) => v !== '' && k !== 'page'));
  const p = parseParams(PageParams, given);
  return { ...p, q: p.q ?? '', mode: p.mode ?? 'hybrid', sort: p.sort ?? 'relevance', page: parsePage(query.page) };
}

/**
 * The query parameters of a search address, with defaults left out, so every search has one
 * address and the pager, mode and sort links keep every filter. `change` overrides fields.
 */
export function searchParams(s: SearchState, change: Partial<SearchState> = {}): Record<string, string> {
  const v = { ...s, ...change };
  const out: Record<string, string> = {};
  for (const k of ORDER) {
    const value = v[k];
    if (value === undefined || value === '' || value === false) continue;
    if ((k === 'mode' && value === 'hybrid') || (k === 'sort' && value === 'relevance')) continue;
    out[k] = String(value);
  }
  return out;
}

/** The address of a search (page 1). */
export function searchHref(s: SearchState, change: Partial<SearchState> = {}): string {
  const q = new URLSearchParams(searchParams(s, change)).toString();
  return q ? `/search?${q}` : '/search';
}

/** True when any filter narrows the search (the filters panel then starts open). */
export const hasFilters = (s: SearchState) =>
  Boolean(s.since || s.until || s.category || s.organization || s.author || s.has_code);

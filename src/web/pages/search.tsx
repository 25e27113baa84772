import type { Context, Hono } from 'hono';
import { MAX_RANKED } from '../../search/service.ts';
import type { SearchResult, SearchSort } from '../../search/types.ts';
import type { AppDeps } from '../deps.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { FeedLinks } from '../components/feed-links.tsx';
import { PaperList } from '../components/paper-card.tsx';
import { Pager } from '../components/pager.tsx';
import { SearchFilters, SearchSwitches } from '../components/search-controls.tsx';
import { filtersOf } from '../api/search-params.ts';
import { formatCount } from '../view/format.ts';
import { offsetOf, pageHref, paging } from '../view/paging.ts';
import { parseSearchState, searchParams } from '../view/search-state.ts';
import { pageCacheFor } from '../render/page-cache.ts';
import { renderPage } from './render.tsx';

/** Results per page. */
export const SEARCH_PER_PAGE = 20;

const ORDER_WORDS: Record<SearchSort, string> = { relevance: 'best matches first', date: 'newest first', upvotes: 'most upvoted first' };

function Tips() {
  return (
    <div class="tips">
      <p>Search titles, authors and abstracts. <strong>Words</strong> finds papers containing all your words (the last one also as a prefix);
        {' '}<strong>Meaning</strong> finds papers about the same thing in other words; <strong>Hybrid</strong> does both.</p>
      <ul>
        <li><code>"state space model"</code> finds an exact phrase</li>
        <li><code>diffusion -video</code> leaves out papers that mention video</li>
      </ul>
    </div>
  );
}

/** "30 papers", or "10,000+ papers" when counting stopped early. */
const totalLabel = (r: SearchResult) => `${formatCount(r.total)}${r.totalIsLowerBound ? '+' : ''} ${r.total === 1 && !r.totalIsLowerBound ? 'paper' : 'papers'}`;

function emptyPage(c: Context, deps: AppDeps) {
  return renderPage(c, deps, { title: 'Search', description: 'Search research papers by words and by meaning.', path: '/search', nav: 'search' }, (
    <>
      <header class="list-head"><h1>Search papers</h1></header>
      <Tips />
    </>
  ));
}

async function showSearch(c: Context, deps: AppDeps): Promise<Response> {
  const s = parseSearchState(c.req.query());
  if (!s.q) return emptyPage(c, deps);
  const result = await deps.search.search({
    ...filtersOf(s), query: s.q, mode: s.mode, sort: s.sort, limit: SEARCH_PER_PAGE, offset: offsetOf(s.page, SEARCH_PER_PAGE),
  });
  // Rankings by meaning go MAX_RANKED deep, so their pager stops there whatever the count says.
  const pageable = result.mode === 'lexical' ? result.total : Math.min(result.total, MAX_RANKED);
  const params = searchParams(s);
  const pg = paging('/search', params, s.page, SEARCH_PER_PAGE, pageable);
  const feed = { kind: 'search', query: s.q } as const;
  const wordsOnly = s.mode !== 'lexical' && result.mode === 'lexical';
  return renderPage(c, deps, {
    title: `“${s.q}” – search`,
    description: `${totalLabel(result)} matching “${s.q}” on Paperboy.`,
    path: pageHref('/search', params, s.page),
    nav: 'search',
    query: s.q,
    noindex: true,
    feed,
  }, (
    <>
      <header class="list-head search-head">
        <p class="eyebrow">Search</p>
        <h1>“{s.q}”</h1>
        <p class="muted">{totalLabel(result)} found{result.total ? `, ${ORDER_WORDS[s.sort]}` : ''}</p>
        <SearchSwitches s={s} />
        <SearchFilters s={s} />
        {wordsOnly ? (
          <p class="notice notice-info" role="note">The search index is not built yet, so these results match your words only.</p>
        ) : null}
      </header>
      {result.items.length ? <PaperList papers={result.items.map((h) => h.paper)} terms={result.highlightTerms} /> : (
        <EmptyState title="No papers match this search">
          <Tips />
        </EmptyState>
      )}
      <Pager paging={pg} />
      {result.total ? <FeedLinks feed={feed} /> : null}
    </>
  ));
}

/** GET /search?q=…&mode=…&sort=…&since=…&until=…&category=…&organization=…&author=…&has_code=true&page=N */
export function registerSearch(app: Hono, deps: AppDeps): void {
  app.get('/search', pageCacheFor(deps).wrap((c) => showSearch(c, deps)));
}


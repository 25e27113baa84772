import type { Context, Hono } from 'hono';
import { invalidArgument } from '../../errors.ts';
import type { AppDeps } from '../deps.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { FeedLinks } from '../components/feed-links.tsx';
import { PaperList } from '../components/paper-card.tsx';
import { Pager } from '../components/pager.tsx';
import { plural } from '../view/format.ts';
import { offsetOf, pageHref, paging, parsePage } from '../view/paging.ts';
import { pageCacheFor } from '../render/page-cache.ts';
import { renderPage } from './render.tsx';

/** Results per page. */
export const SEARCH_PER_PAGE = 20;
/** The same bound as the search API: longer queries are not searches. */
export const MAX_QUERY = 250;

function Tips() {
  return (
    <div class="tips">
      <p>Search titles, authors and abstracts. Words must all match; the last word matches as a prefix.</p>
      <ul>
        <li><code>"state space model"</code> finds an exact phrase</li>
        <li><code>diffusion -video</code> leaves out papers that mention video</li>
      </ul>
    </div>
  );
}

async function showSearch(c: Context, deps: AppDeps): Promise<Response> {
  const q = (c.req.query('q') ?? '').trim();
  if (q.length > MAX_QUERY) throw invalidArgument('q', `The search is too long: at most ${MAX_QUERY} characters.`);
  const page = parsePage(c.req.query('page'));
  if (!q) {
    return renderPage(c, deps, { title: 'Search', description: 'Search research papers by title, author and abstract.', path: '/search', nav: 'search' }, (
      <>
        <header class="list-head"><h1>Search papers</h1></header>
        <Tips />
      </>
    ));
  }
  const result = await deps.store.search({ query: q, limit: SEARCH_PER_PAGE, offset: offsetOf(page, SEARCH_PER_PAGE) });
  const pg = paging('/search', { q }, page, SEARCH_PER_PAGE, result.total);
  const feed = { kind: 'search', query: q } as const;
  return renderPage(c, deps, {
    title: `“${q}” – search`,
    description: `${plural(result.total, 'paper')} matching “${q}” on Paperboy.`,
    path: pageHref('/search', { q }, page),
    nav: 'search',
    query: q,
    noindex: true,
    feed,
  }, (
    <>
      <header class="list-head">
        <p class="eyebrow">Search</p>
        <h1>“{q}”</h1>
        <p class="muted">{plural(result.total, 'paper')} found{result.total ? ', best matches first' : ''}</p>
        {result.total ? <FeedLinks feed={feed} /> : null}
      </header>
      {result.total ? <PaperList papers={result.items.map((h) => h.paper)} /> : (
        <EmptyState title="No papers match this search">
          <Tips />
        </EmptyState>
      )}
      <Pager paging={pg} />
    </>
  ));
}

/** GET /search?q=…&page=N, the FTS index for now. */
export function registerSearch(app: Hono, deps: AppDeps): void {
  app.get('/search', pageCacheFor(deps).wrap((c) => showSearch(c, deps)));
}

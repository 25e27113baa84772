import type { Hono } from 'hono';
import { TRENDING } from '../../core/trending.ts';
import { trendingPapers } from '../../papers/trending.ts';
import type { AppDeps } from '../deps.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { FeedLinks } from '../components/feed-links.tsx';
import { PaperList } from '../components/paper-card.tsx';
import { Pager } from '../components/pager.tsx';
import { longDay } from '../view/format.ts';
import { offsetOf, pageHref, paging, parsePage } from '../view/paging.ts';
import { pageCacheFor } from '../render/page-cache.ts';
import { renderPage } from './render.tsx';

/** Ranked papers per page. */
export const TRENDING_PER_PAGE = 30;

/** GET /trending: the time-decayed ranking of src/core/trending.ts, with each score explained. */
export function registerTrending(app: Hono, deps: AppDeps): void {
  app.get('/trending', pageCacheFor(deps).wrap(async (c) => {
    const page = parsePage(c.req.query('page'));
    const { items, asOf } = await trendingPapers(deps.store, deps.now());
    const pg = paging('/trending', {}, page, TRENDING_PER_PAGE, items.length);
    const shown = items.slice(offsetOf(page, TRENDING_PER_PAGE), offsetOf(page, TRENDING_PER_PAGE) + TRENDING_PER_PAGE);
    const top = shown.slice(0, 3).map((t) => t.paper.title).join('; ');
    return renderPage(c, deps, {
      title: 'Trending papers',
      description: `The research papers gaining upvotes fastest over the last ${TRENDING.WINDOW_DAYS} days${top ? `: ${top}` : ''}.`,
      path: pageHref('/trending', {}, page),
      nav: 'trending',
      feed: { kind: 'trending' },
    }, (
      <>
        <header class="list-head">
          <h1>Trending papers</h1>
          <p class="muted">Ranked by upvotes that decay with age, as of {longDay(asOf.toISOString().slice(0, 10))}, over the last {TRENDING.WINDOW_DAYS} days.</p>
          <details class="formula">
            <summary>How the score works</summary>
            <p><code>score = (upvotes + {TRENDING.COMMENT_WEIGHT} × comments + 1) / (age in hours + {TRENDING.AGE_OFFSET_HOURS})<sup>{TRENDING.GRAVITY}</sup></code></p>
            <p>Age counts from noon UTC of the day a paper entered the daily feed. A day-old paper needs about three times the votes of a new one to rank beside it. Open a paper's score to see its numbers.</p>
          </details>
          <FeedLinks feed={{ kind: 'trending' }} />
        </header>
        {shown.length ? (
          <PaperList papers={shown.map((t) => t.paper)} scores={shown.map((t) => t.trending)} firstRank={pg.firstRank} />
        ) : (
          <EmptyState title="Nothing is trending yet"><p>Trending needs papers in the daily feed of the last {TRENDING.WINDOW_DAYS} days.</p></EmptyState>
        )}
        <Pager paging={pg} />
      </>
    ));
  }));
}

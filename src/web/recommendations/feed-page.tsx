import type { Context } from 'hono';
import type { User } from '../../accounts/types.ts';
import type { CollectionRecord } from '../../collections/repo.ts';
import type { Feed } from '../../recommendations/service.ts';
import { PaperCard } from '../components/paper-card.tsx';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../pages/render.tsx';
import { STATUS_TEXT, whyText } from './present.ts';

/** Cards per page of the For you feed. */
export const PAGE_SIZE = 20;

function Controls({ paperId, csrf, back }: { paperId: string; csrf: string; back: string }) {
  return (
    <div class="rec-controls">
      <form method="post" action="/for-you/skip" class="inline-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="paper" value={paperId} />
        <input type="hidden" name="next" value={back} />
        <button type="submit" class="button" data-skip>Skip</button>
      </form>
      <form method="post" action="/for-you/not-interested" class="inline-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="paper" value={paperId} />
        <input type="hidden" name="next" value={back} />
        <button type="submit" class="button" data-not-interested>Not interested</button>
      </form>
    </div>
  );
}

/** The For you page (the whole feed, or one collection's), each card saying why it is there. */
export function feedPage(c: Context, deps: AppDeps, user: User, feed: Feed, o: { page: number; collection: CollectionRecord | null; collections: CollectionRecord[] }) {
  const csrf = c.get('auth')?.csrf ?? '';
  const path = o.collection ? `/for-you/collections/${o.collection.id}` : '/for-you';
  const back = o.page > 1 ? `${path}?p=${o.page}` : path;
  const title = o.collection ? `For you: like “${o.collection.name}”` : 'For you';
  return renderPage(c, deps, { title, description: 'Papers ranked for you', path, noindex: true }, (
    <>
      <header class="list-head">
        <h1>{title}</h1>
        <p class="muted" data-status={feed.status}>{STATUS_TEXT[feed.status]}</p>
        <p class="rec-links">
          <a href="/for-you/model">What the model learned</a> · <a href="/for-you/start">Pick topics</a>
          {o.collection ? <> · <a href="/for-you">Your whole feed</a></> : null}
          {o.collections.filter((x) => x.id !== o.collection?.id).map((x) => <> · <a href={`/for-you/collections/${x.id}`}>Like “{x.name}”</a></>)}
        </p>
      </header>
      {feed.items.length ? (
        <ol class="cards" start={(o.page - 1) * PAGE_SIZE + 1}>
          {feed.items.map((i) => (
            <li data-rec={i.paper.id}>
              <PaperCard paper={i.paper} />
              <p class="why rec-why" data-why>{whyText(i) ? <>Why: {whyText(i)}</> : null}</p>
              <Controls paperId={i.paper.id} csrf={csrf} back={back} />
            </li>
          ))}
        </ol>
      ) : <p class="muted">Nothing to show yet. <a href="/for-you/start">Pick a few categories, authors or papers</a> to start.</p>}
      <nav class="pager" aria-label="Pages">
        {o.page > 1 ? <a rel="prev" href={o.page === 2 ? path : `${path}?p=${o.page - 1}`}>Previous</a> : <span class="pager-gap" />}
        {feed.total > o.page * PAGE_SIZE ? <a rel="next" href={`${path}?p=${o.page + 1}`}>Next</a> : <span class="pager-gap" />}
      </nav>
      <p class="muted">Signed in as {user.email}. Only your own signals shape this page.</p>
    </>
  ));
}

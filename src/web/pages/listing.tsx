import type { Context, Hono } from 'hono';
import type { ListQuery } from '../../db/store.ts';
import { authorKey } from '../../core/author-key.ts';
import { PaperboyError } from '../../errors.ts';
import type { AppDeps } from '../deps.ts';
import type { FeedSubject } from '../feeds/urls.ts';
import { FeedLinks } from '../components/feed-links.tsx';
import { PaperList } from '../components/paper-card.tsx';
import { Pager } from '../components/pager.tsx';
import { plural } from '../view/format.ts';
import { offsetOf, pageHref, paging, parsePage } from '../view/paging.ts';
import { authorHref, categoryHref, orgHref } from '../view/paper-view.ts';
import { pageCacheFor } from '../render/page-cache.ts';
import { AuthorClaims } from '../accounts/claims-routes.tsx';
import { renderPage } from './render.tsx';

/** Papers per page on author, organization and category pages. */
export const LIST_PER_PAGE = 25;

interface ListingKind {
  /** What the page is about, for the 404 message and the heading's eyebrow. */
  noun: string;
  path: (name: string) => string;
  filter: (name: string) => ListQuery;
  feed: (name: string) => FeedSubject;
  description: (name: string, total: number) => string;
}

const KINDS = {
  authors: {
    noun: 'author',
    path: authorHref,
    filter: (name) => ({ author: name }),
    feed: (name) => ({ kind: 'author', name }),
    description: (name, n) => `${plural(n, 'research paper')} by ${name} on Paperboy, newest first.`,
  },
  orgs: {
    noun: 'organization',
    path: orgHref,
    filter: (name) => ({ organization: name }),
    feed: (name) => ({ kind: 'org', name }),
    description: (name, n) => `${plural(n, 'research paper')} from ${name} on Paperboy, newest first.`,
  },
  categories: {
    noun: 'category',
    path: categoryHref,
    filter: (name) => ({ category: name }),
    feed: (name) => ({ kind: 'category', name }),
    description: (name, n) => `${plural(n, 'research paper')} in the ${name} category on Paperboy, newest first.`,
  },
} satisfies Record<string, ListingKind>;

async function showListing(c: Context, deps: AppDeps, kind: ListingKind, raw: string): Promise<Response> {
  const page = parsePage(c.req.query('page'));
  const name = raw.trim();
  const result = name ? await deps.store.listPapers({ ...kind.filter(name), order: 'published_desc', limit: LIST_PER_PAGE, offset: offsetOf(page, LIST_PER_PAGE) }) : { items: [], total: 0 };
  if (result.total === 0) throw new PaperboyError('not_found', `We have no papers for the ${kind.noun} "${name.slice(0, 80)}".`);
  // Author addresses match any spelling of the name; show it the way the papers write it.
  const shown = kind.noun === 'author'
    ? result.items[0]?.authors.find((a) => authorKey(a) === authorKey(name)) ?? name
    : name;
  const path = kind.path(name);
  const pg = paging(path, {}, page, LIST_PER_PAGE, result.total);
  const feed = kind.feed(name);
  return renderPage(c, deps, {
    title: kind.noun === 'category' ? `${shown} papers` : shown,
    description: kind.description(shown, result.total),
    path: pageHref(path, {}, page),
    feed,
  }, (
    <>
      <header class="list-head">
        <p class="eyebrow">{kind.noun[0].toUpperCase() + kind.noun.slice(1)}</p>
        <h1>{shown}</h1>
        <p class="muted">{plural(result.total, 'paper')}, newest first</p>
        {kind.noun === 'author' ? <AuthorClaims name={name} deps={deps} /> : null}
        <FeedLinks feed={feed} />
      </header>
      <PaperList papers={result.items} />
      <Pager paging={pg} />
    </>
  ));
}

/** GET /authors/{name}, /orgs/{name} and /categories/{category}. */
export function registerListings(app: Hono, deps: AppDeps): void {
  const cache = pageCacheFor(deps);
  for (const [segment, kind] of Object.entries(KINDS) as Array<[string, ListingKind]>) {
    app.get(`/${segment}/:name`, cache.wrap((c) => showListing(c, deps, kind, c.req.param('name') ?? '')));
  }
}

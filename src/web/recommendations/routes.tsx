import type { Context, Hono } from 'hono';
import type { Auth } from '../../accounts/types.ts';
import { PaperboyError } from '../../errors.ts';
import { collectionsFor } from '../accounts/collections-api.ts';
import { mustAuth, requireUser, safeNext } from '../accounts/context.ts';
import type { AppDeps } from '../deps.ts';
import { formError } from '../pages/accounts/forms.tsx';
import { registerRecommendationsApi } from './api.ts';
import { recommendationsFor } from './context.ts';
import { feedPage, PAGE_SIZE } from './feed-page.tsx';
import { modelPage } from './model-page.tsx';
import { registerRecommendationsRss } from './rss.ts';
import { startPage } from './start-page.tsx';

const pageOf = (c: Context) => Math.min(500, Math.max(1, Number(c.req.query('p') ?? 1) | 0));

/** A posted form's fields; repeated fields (checkboxes) as arrays. */
async function form(c: Context): Promise<Record<string, string | string[]>> {
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(body)) {
    const list = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
    out[k] = list.length === 1 ? list[0]! : list;
  }
  return out;
}
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] ?? '' : v ?? '');
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** The For you pages, the skip and not-interested controls, the model page's forms, the API and the private RSS feed. */
export function registerRecommendations(app: Hono, deps: AppDeps): void {
  const s = recommendationsFor(deps);
  registerRecommendationsApi(app, deps);
  registerRecommendationsRss(app, deps);

  async function showFeed(c: Context, collectionId: number | null) {
    const auth = mustAuth(c);
    const page = pageOf(c);
    const feed = await s.feed(auth.user, { collectionId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const collections = await collectionsFor(deps).list(auth.user);
    return feedPage(c, deps, auth.user, feed, { page, collection: collections.find((x) => x.id === collectionId) ?? null, collections });
  }
  app.get('/for-you', requireUser, (c) => showFeed(c, null));
  app.get('/for-you/collections/:id{[0-9]+}', requireUser, (c) => showFeed(c, Number(c.req.param('id'))));

  const back = (c: Context, f: Record<string, string | string[]>) => c.redirect(safeNext(one(f.next) || '/for-you'), 303);
  app.post('/for-you/skip', requireUser, async (c) => {
    const f = await form(c);
    await s.skip(mustAuth(c).user, one(f.paper));
    return back(c, f);
  });
  app.post('/for-you/not-interested', requireUser, async (c) => {
    const f = await form(c);
    await collectionsFor(deps).setState(mustAuth(c).user, one(f.paper), { notInterested: true });
    return back(c, f);
  });

  async function start(c: Context, auth: Auth, o: { error?: string; seedsInput?: Record<string, unknown> } = {}) {
    const query = (c.req.query('q') ?? '').trim().slice(0, 250);
    const results = query ? (await deps.search.search({ query, mode: 'hybrid', sort: 'relevance', limit: 10, offset: 0 })).items.map((i) => i.paper) : [];
    const categories = (await deps.store.stats()).topCategories.map((t) => t.category);
    return startPage(c, deps, { seeds: await deps.store.recommendations.seeds(auth.user.id), categories, query, results, error: o.error }, o.error ? 400 : 200);
  }
  app.get('/for-you/start', requireUser, (c) => start(c, mustAuth(c)));
  app.post('/for-you/start', requireUser, async (c) => {
    const auth = mustAuth(c);
    const f = await form(c);
    try {
      await s.start(auth.user, {
        categories: [...many(f.category), ...one(f.categories).split(',')],
        authors: one(f.authors),
        papers: [...many(f.paper), ...one(f.papers).split('\n')],
      });
    } catch (err) {
      return start(c, auth, { error: formError(err).message });
    }
    return c.redirect('/for-you', 303);
  });

  app.get('/for-you/model', requireUser, async (c) => modelPage(c, deps, await s.model(mustAuth(c).user)));
  app.post('/for-you/reset', requireUser, async (c) => {
    const user = mustAuth(c).user;
    await s.reset(user);
    return modelPage(c, deps, await s.model(user), { ok: 'Reset: the model starts over from what you do next.' });
  });
  app.post('/for-you/digest', requireUser, async (c) => {
    const f = await form(c);
    const on = one(f.personal);
    if (on !== 'on' && on !== 'off') throw new PaperboyError('invalid_argument', 'personal: expected on or off', 'personal');
    const user = mustAuth(c).user;
    await s.setDigestSection(user, on === 'on');
    return modelPage(c, deps, await s.model(user), { ok: on === 'on' ? 'Your digest will have a “For you” section.' : 'Your digest will have no “For you” section.' });
  });
  app.post('/for-you/rss', requireUser, async (c) => {
    const user = mustAuth(c).user;
    const secret = await s.rotateFeedSecret(user);
    return modelPage(c, deps, await s.model(user), { rssUrl: `${deps.baseUrl}/feeds/for-you/${secret}.xml` });
  });
}

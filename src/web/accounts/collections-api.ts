import type { Context, Hono } from 'hono';
import type { CollectionRecord } from '../../collections/repo.ts';
import { CollectionsService } from '../../collections/service.ts';
import { invalidArgument } from '../../errors.ts';
import { presentHfPaper } from '../api/presenters.ts';
import type { AppDeps } from '../deps.ts';
import { mustAuth, requireUser } from './context.ts';

const services = new WeakMap<AppDeps, CollectionsService>();

/** The collections service of one app. */
export function collectionsFor(deps: AppDeps): CollectionsService {
  let s = services.get(deps);
  if (!s) {
    s = new CollectionsService(deps.store, () => deps.now());
    services.set(deps, s);
  }
  return s;
}

/** A collection for the API: the public address only when it is public. */
export function presentCollection(c: CollectionRecord, baseUrl: string) {
  return { id: c.id, name: c.name, isPublic: c.isPublic, papers: c.papers, createdAt: c.createdAt, ...(c.isPublic ? { url: `${baseUrl}/c/${c.shareToken}` } : {}) };
}

const idParam = (c: Context) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id < 1) throw invalidArgument('id', 'id: expected a collection number');
  return id;
};

async function json(c: Context): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json().catch(() => null);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidArgument('body', 'body: expected a JSON object');
  return body as Record<string, unknown>;
}

const FLAGS = { 'read-later': 'readLater', read: 'read', 'not-interested': 'notInterested' } as const;

/** The API for collections, read later, read, not interested and notes; all but public collections need a user. */
export function registerCollectionsApi(app: Hono, deps: AppDeps): void {
  const s = collectionsFor(deps);
  const page = (c: Context) => Math.max(0, Number(c.req.query('p') ?? 0) | 0);

  app.get('/api/collections/:token', async (c) => {
    const col = await s.shared(c.req.param('token'));
    return c.json({ collection: presentCollection(col, deps.baseUrl), papers: (await s.papers(col, page(c))).map(presentHfPaper) });
  });
  app.get('/api/me/collections', requireUser, async (c) => c.json({ collections: (await s.list(mustAuth(c).user)).map((x) => presentCollection(x, deps.baseUrl)) }));
  app.post('/api/me/collections', requireUser, async (c) => c.json(presentCollection(await s.create(mustAuth(c).user, await json(c)), deps.baseUrl), 201));
  app.get('/api/me/collections/:id{[0-9]+}', requireUser, async (c) => {
    const col = await s.own(mustAuth(c).user, idParam(c));
    return c.json({ collection: presentCollection(col, deps.baseUrl), papers: (await s.papers(col, page(c))).map(presentHfPaper) });
  });
  app.patch('/api/me/collections/:id{[0-9]+}', requireUser, async (c) => c.json(presentCollection(await s.update(mustAuth(c).user, idParam(c), await json(c)), deps.baseUrl)));
  app.delete('/api/me/collections/:id{[0-9]+}', requireUser, async (c) => { await s.delete(mustAuth(c).user, idParam(c)); return c.body(null, 204); });
  app.put('/api/me/collections/:id{[0-9]+}/papers/:paper{.+}', requireUser, async (c) => { await s.add(mustAuth(c).user, idParam(c), c.req.param('paper')); return c.body(null, 204); });
  app.delete('/api/me/collections/:id{[0-9]+}/papers/:paper{.+}', requireUser, async (c) => { await s.remove(mustAuth(c).user, idParam(c), c.req.param('paper')); return c.body(null, 204); });

  app.get('/api/me/papers/:paper{.+}/state', requireUser, async (c) => c.json(await s.state(mustAuth(c).user, c.req.param('paper'))));
  app.put('/api/me/papers/:paper{.+}/state', requireUser, async (c) => c.json(await s.setState(mustAuth(c).user, c.req.param('paper'), await json(c))));
  for (const [path, flag] of Object.entries(FLAGS)) {
    app.get(`/api/me/${path}`, requireUser, async (c) => c.json((await s.flagged(mustAuth(c).user, flag, page(c))).map(presentHfPaper)));
  }
}

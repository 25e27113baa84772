import type { Hono } from 'hono';
import { z } from 'zod';
import { intParam, parseParams } from '../api/params.ts';
import { mustAuth, requireUser } from '../accounts/context.ts';
import type { AppDeps } from '../deps.ts';
import { recommendationsFor } from './context.ts';
import { presentFeed } from './present.ts';

const Params = z.object({
  limit: intParam(1, 100).default(20),
  offset: intParam(0, 10_000).default(0),
  collection: intParam(1, 2 ** 31 - 1).optional(),
});

/**
 * GET /api/recommendations: the caller's For you feed (a session or `Authorization: Bearer`),
 * or one collection's with ?collection=ID. `status` says whether a trained model ranked it.
 */
export function registerRecommendationsApi(app: Hono, deps: AppDeps): void {
  app.get('/api/recommendations', requireUser, async (c) => {
    const q = parseParams(Params, c.req.query());
    const feed = await recommendationsFor(deps).feed(mustAuth(c).user, { collectionId: q.collection ?? null, limit: q.limit, offset: q.offset });
    return c.json(presentFeed(feed, q));
  });
}

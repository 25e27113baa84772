import type { Context, Hono } from 'hono';
import type { User } from '../../accounts/types.ts';
import { invalidArgument } from '../../errors.ts';
import { setUpvote } from '../../votes/service.ts';
import type { AppDeps } from '../deps.ts';
import { accountsFor, mustAuth, requireUser } from './context.ts';

/** The API's shape of an account (the owner's own view). */
export function presentMe(u: User) {
  return { id: u.id, email: u.email, displayName: u.displayName, role: u.role, emailVerified: u.emailVerifiedAt !== null, createdAt: u.createdAt };
}

async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  if (!(c.req.header('content-type') ?? '').includes('json')) return {};
  const body: unknown = await c.req.json().catch(() => { throw invalidArgument('body', 'body: expected a JSON object'); });
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidArgument('body', 'body: expected a JSON object');
  return body as Record<string, unknown>;
}

/**
 * Account API: /api/me, personal access tokens, and upvotes. Every route needs a signed-in user
 * (session cookie with X-CSRF-Token for changes, or Authorization: Bearer TOKEN).
 */
export function registerAccountApi(app: Hono, deps: AppDeps): void {
  const accounts = accountsFor(deps);
  app.get('/api/me', requireUser, (c) => c.json({ user: presentMe(mustAuth(c).user) }));
  app.get('/api/me/tokens', requireUser, async (c) => c.json({ tokens: await accounts.listApiTokens(mustAuth(c).user.id) }));
  app.post('/api/me/tokens', requireUser, async (c) => {
    const body = await jsonBody(c);
    const t = await accounts.createApiToken(mustAuth(c).user.id, body.name);
    return c.json({ id: t.id, token: t.token }, 201);
  });
  app.delete('/api/me/tokens/:id{[0-9]+}', requireUser, async (c) => {
    await accounts.revokeApiToken(mustAuth(c).user.id, Number(c.req.param('id')));
    return c.body(null, 204);
  });
  // {.+} takes old-style ids with their slash (hep-th/9901001), as the paper route does.
  app.post('/api/papers/:id{.+}/upvote', requireUser, async (c) => c.json(await setUpvote(deps.store, mustAuth(c).user, c.req.param('id'), true, deps.now())));
  app.delete('/api/papers/:id{.+}/upvote', requireUser, async (c) => c.json(await setUpvote(deps.store, mustAuth(c).user, c.req.param('id'), false, deps.now())));
}

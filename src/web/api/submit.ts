import type { Context, Hono } from 'hono';
import { presentPaperJson } from '../../core/paper.ts';
import { PaperboyError, invalidArgument } from '../../errors.ts';
import { systemClock, type Clock } from '../../harvest/clock.ts';
import { politeFetcher } from '../../harvest/polite-fetch.ts';
import { submitPaper } from '../../harvest/submit.ts';
import type { AppDeps } from '../deps.ts';
import { paperHref } from '../view/paper-view.ts';

export interface SubmitRouteOptions {
  apiUrl: string;
  userAgent: string;
  clock?: Clock;
  /** Submissions per submitter per window (default 10 an hour). */
  limit?: number;
  windowMs?: number;
}

/**
 * Per-submitter fixed-window counter, kept in this process: each submission may cost arXiv a request,
 * so one account (or token) cannot make Paperboy hammer it. Several servers each count on their own.
 */
export function submissionLimiter(limit: number, windowMs: number, clock: Clock) {
  const windows = new Map<string, { start: number; count: number }>();
  return (who: string): void => {
    const now = clock.now().getTime();
    const w = windows.get(who);
    if (!w || now - w.start >= windowMs) {
      if (windows.size > 10_000) windows.clear();
      windows.set(who, { start: now, count: 1 });
      return;
    }
    if (w.count >= limit) {
      const wait = Math.ceil((w.start + windowMs - now) / 60_000);
      throw new PaperboyError('rate_limited', `Too many submissions: at most ${limit} per ${Math.round(windowMs / 60_000)} minutes; try again in ${wait} minute${wait === 1 ? '' : 's'}.`);
    }
    w.count++;
  };
}

async function idFrom(c: Context): Promise<{ id: string; form: boolean }> {
  const type = c.req.header('content-type') ?? '';
  if (type.includes('application/json')) {
    const body = await c.req.json().catch(() => null) as { id?: unknown } | null;
    if (!body || typeof body.id !== 'string') throw invalidArgument('id', 'id: expected a JSON body {"id": "<arXiv id or URL>"}');
    return { id: body.id, form: false };
  }
  const form = await c.req.parseBody().catch(() => ({} as Record<string, unknown>));
  if (typeof form.id !== 'string') throw invalidArgument('id', 'id: expected a form field "id" with an arXiv id or URL');
  return { id: form.id, form: true };
}

/**
 * POST /api/papers/submit {id}: brings a paper in by arXiv id or URL for the signed-in user or API
 * token `getSubmitter` names (null: 401). Not registered without `getSubmitter`: the accounts work
 * supplies it. JSON answers with the paper (201 new, 200 already here); a form post redirects to it.
 */
export function registerSubmitRoute(app: Hono, deps: AppDeps, getSubmitter: ((c: Context) => string | null | Promise<string | null>) | undefined, o: SubmitRouteOptions): void {
  if (!getSubmitter) return;
  const clock = o.clock ?? systemClock;
  // A person is waiting: one retry, and a long Retry-After is reported rather than waited out.
  const get = politeFetcher({ clock, userAgent: o.userAgent, retries: 1, maxRetryAfterMs: 10_000 });
  const limit = submissionLimiter(o.limit ?? 10, o.windowMs ?? 60 * 60_000, clock);
  app.post('/api/papers/submit', async (c) => {
    const who = await getSubmitter(c);
    if (!who) return c.json({ error: { code: 'unauthorized', message: 'Sign in (or send an API token) to submit a paper.' } }, 401);
    const { id, form } = await idFrom(c);
    limit(who);
    const r = await submitPaper({ store: deps.store, get, apiUrl: o.apiUrl, clock }, id, who);
    if (form) return c.redirect(paperHref(r.paper.id), 303);
    return c.json({ created: r.created, paper: presentPaperJson(r.paper) }, r.created ? 201 : 200);
  });
}

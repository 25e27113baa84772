import type { Hono } from 'hono';
import { ClaimsService } from '../../claims/service.ts';
import { invalidArgument } from '../../errors.ts';
import type { AppDeps } from '../deps.ts';
import { paperHref } from '../view/paper-view.ts';
import { formFields } from '../pages/accounts/forms.tsx';
import { mustAuth, requireRole, requireUser } from './context.ts';

const services = new WeakMap<AppDeps, ClaimsService>();

/** The author-claims service of one app. */
export function claimsFor(deps: AppDeps): ClaimsService {
  let s = services.get(deps);
  if (!s) {
    s = new ClaimsService(deps.store, () => deps.now());
    services.set(deps, s);
  }
  return s;
}

/** On an author page: the people whose claim to the name a moderator approved. */
export async function AuthorClaims({ name, deps }: { name: string; deps: AppDeps }) {
  const people = await claimsFor(deps).claimants(name);
  if (!people.length) return null;
  return <p class="claimed">On Paperboy as {people.map((p, i) => <>{i ? ', ' : ''}<strong class="claimant">{p.userName || `user ${p.userId}`}</strong></>)} <span class="muted">(claim approved by a moderator)</span></p>;
}

/** Claiming an author name (form and API) and deciding claims (moderators). */
export function registerClaims(app: Hono, deps: AppDeps): void {
  const s = claimsFor(deps);
  app.post('/papers/:id{.+}/claim', requireUser, async (c) => {
    await s.claim(mustAuth(c).user, c.req.param('id'), (await formFields(c)).author);
    return c.redirect(paperHref((await deps.store.getPaper(c.req.param('id')))!.id), 303);
  });
  app.post('/api/papers/:id{.+}/claims', requireUser, async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    await s.claim(mustAuth(c).user, c.req.param('id'), (body as { author?: unknown } | null)?.author);
    return c.json({ status: 'pending' }, 202);
  });
  for (const decision of ['approve', 'reject'] as const) {
    app.post(`/admin/claims/:id/${decision}`, requireRole('moderator'), async (c) => {
      const id = Number(c.req.param('id'));
      if (!Number.isInteger(id) || id < 1) throw invalidArgument('id', 'id: expected a claim number');
      await s.decide(mustAuth(c).user, id, decision === 'approve');
      return c.redirect('/admin', 303);
    });
  }
}

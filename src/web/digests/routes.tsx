import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PaperboyError, invalidArgument } from '../../errors.ts';
import type { Mailer } from '../../mail/types.ts';
import { createLogMailer } from '../../mail/smtp-mailer.ts';
import { createComposer } from '../../digests/composer.ts';
import { digestView } from '../../digests/digest-view.ts';
import { periodFor } from '../../digests/periods.ts';
import { renderDigestHtml } from '../../digests/render-html.ts';
import { renderDigestText } from '../../digests/render-text.ts';
import { signingSecret } from '../../digests/signing.ts';
import { confirmSubscription, requestSubscription, unsubscribeByLink } from '../../digests/subscriptions.ts';
import { parseTopics } from '../../digests/topics.ts';
import { verifyLink } from '../../digests/signing.ts';
import type { Frequency } from '../../digests/types.ts';
import { addDays } from '../../core/dates.ts';
import { parseDay } from '../view/periods.ts';
import type { AppDeps } from '../deps.ts';
import { checkInboxPage, confirmButtonPage, messagePage, subscribePage } from './pages.tsx';
import { sameOriginPost } from './same-origin.ts';

export interface DigestRouteOptions {
  /** Guards the admin preview; until accounts land serve passes loopbackOnly(). */
  requireAdmin: MiddlewareHandler;
  /** Sends confirmation mails; the server log when absent. */
  mailer?: Mailer;
  /** PAPERBOY_SECRET, when set; otherwise the secret kept in the database. */
  secret?: string;
}

const field = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');

/** A form's t field, or the t of the URL (the one-click POST of RFC 8058 goes to the header's URL). */
async function tokenOf(c: Context): Promise<string> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  return field(body, 't') || (c.req.query('t') ?? '');
}

/** Subscribe, confirm, unsubscribe and the admin preview of the digests. */
export function registerDigestRoutes(app: Hono, deps: AppDeps, o: DigestRouteOptions): void {
  const mailer = o.mailer ?? createLogMailer();
  const env = { store: deps.store, mailer, now: deps.now, secret: () => signingSecret(deps.store, o.secret), get baseUrl() { return deps.baseUrl; } };

  // The forms are a few hundred bytes; nobody needs to post megabytes to them.
  const small = bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text('Payload too large', 413) });
  for (const path of ['/subscribe', '/subscribe/confirm', '/unsubscribe']) app.post(path, small);
  app.get('/subscribe', (c) => subscribePage(c, deps));
  app.post('/subscribe', sameOriginPost(() => deps.baseUrl), async (c) => {
    const body = await c.req.parseBody();
    const values = { email: field(body, 'email'), frequency: field(body, 'frequency') || 'daily', topics: field(body, 'topics') };
    try {
      if (values.frequency !== 'daily' && values.frequency !== 'weekly') throw invalidArgument('frequency', 'frequency: choose daily or weekly');
      const topics = parseTopics(values.topics.split(/\r?\n/), 'topics');
      const { delivery } = await requestSubscription(env, { email: values.email, frequency: values.frequency as Frequency, topics });
      // Not awaited: answering only after the mail went out would tell, by its timing, whether it did.
      delivery.then((r) => { if (r && !r.ok) console.error(`digests: confirmation mail failed: ${r.message}`); }, (err: Error) => console.error(`digests: confirmation mail failed: ${err.message}`));
    } catch (err) {
      if (err instanceof PaperboyError && err.code === 'invalid_argument') return subscribePage(c, deps, values, err.message.replace(/^\w+: /, ''));
      throw err;
    }
    return checkInboxPage(c, deps);
  });

  app.get('/subscribe/confirm', async (c) => {
    const token = c.req.query('t') ?? '';
    const v = verifyLink(await env.secret(), token, 'confirm', deps.now());
    if (!v.ok) return linkProblem(c, v.reason);
    return confirmButtonPage(c, deps, { title: 'Confirm your subscription', text: 'One click and the digest starts with the next issue.', action: '/subscribe/confirm', token, button: 'Confirm my subscription' });
  });
  app.post('/subscribe/confirm', async (c) => {
    const outcome = await confirmSubscription(env, await tokenOf(c));
    if (outcome === 'confirmed' || outcome === 'already') return messagePage(c, deps, 'You are subscribed', 'The next digest will be in your inbox. Every digest has a one-click unsubscribe link.');
    return linkProblem(c, outcome);
  });

  app.get('/unsubscribe', async (c) => {
    const token = c.req.query('t') ?? '';
    if (!verifyLink(await env.secret(), token, 'unsubscribe', deps.now()).ok) return linkProblem(c, 'invalid');
    return confirmButtonPage(c, deps, { title: 'Unsubscribe from Paperboy', text: 'You will get no more digests at this address.', action: '/unsubscribe', token, button: 'Unsubscribe' });
  });
  // No same-origin check: the signed token is the capability, and mail clients' one-click POSTs
  // (RFC 8058) come from no page at all.
  app.post('/unsubscribe', async (c) => {
    if (!(await unsubscribeByLink(env, await tokenOf(c)))) return linkProblem(c, 'invalid');
    return messagePage(c, deps, 'You are unsubscribed', 'No more digests will be sent to this address. You can subscribe again at any time.');
  });

  app.get('/digest/preview', o.requireAdmin, async (c) => {
    const frequency = c.req.query('frequency') ?? 'daily';
    if (frequency !== 'daily' && frequency !== 'weekly') throw invalidArgument('frequency', 'frequency: expected daily or weekly');
    const rawDate = c.req.query('date');
    const date = rawDate === undefined ? (await deps.store.latestDailyDate()) ?? addDays(deps.now().toISOString().slice(0, 10), -1) : parseDay(rawDate);
    if (!date) throw invalidArgument('date', `date: expected YYYY-MM-DD, got "${rawDate}"`);
    const topics = parseTopics(c.req.queries('topic') ?? [], 'topic');
    const period = periodFor(frequency, date);
    const content = await createComposer(deps.store, deps.search, period).compose(topics);
    const view = digestView(content, deps.baseUrl, `${deps.baseUrl}/unsubscribe?t=preview`);
    const headers = { 'Cache-Control': 'private, no-store' };
    if (c.req.query('part') === 'text') return c.text(renderDigestText(view), 200, headers);
    return c.html(renderDigestHtml(view), 200, headers);
  });

  function linkProblem(c: Context, reason: 'invalid' | 'expired'): Promise<Response> {
    return reason === 'expired'
      ? messagePage(c, deps, 'This link has expired', 'Confirmation links work for two days. Subscribe again to get a new one.', 400)
      : messagePage(c, deps, 'This link does not work', 'It may have been cut short when copied. Use the link in the mail as it is, or subscribe again.', 400);
  }
}

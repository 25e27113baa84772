/**
 * Subscriptions: double opt-in for anyone, verified subscriptions for signed-in users, and the
 * operator's list. Every function is keyed by email (or a signed link), so the settings page of
 * accounts wires in with a few lines: getSubscription, subscribeVerified, updateSubscription,
 * unsubscribe.
 */
import type { Store } from '../db/store.ts';
import type { Mailer, SendResult } from '../mail/types.ts';
import { confirmationMail } from './confirm-mail.ts';
import { normalizeEmail } from './email-address.ts';
import { confirmUrl } from './links.ts';
import { verifyLink } from './signing.ts';
import type { Frequency, Subscriber, Topic } from './types.ts';

/** A pending address is mailed again only after this, however often the form is sent. */
export const CONFIRM_RESEND_MINUTES = 10;

/** What the subscription functions need: storage, mail, where links point, the key and the clock. */
export interface SubscriptionEnv {
  store: Store;
  mailer: Mailer;
  /** Absolute site URL without trailing slash. */
  baseUrl: string;
  secret: () => Promise<string>;
  now: () => Date;
}

export interface SubscriptionRequest { email: string; frequency: Frequency; topics: Topic[] }

/** No mail was sent. */
const noMail = Promise.resolve(null);

/** The row for an address, created as pending when there is none (two racing requests share one). */
async function pendingRow(store: Store, email: string, frequency: Frequency, topics: Topic[], at: string): Promise<Subscriber> {
  const existing = await store.digests.byEmail(email);
  if (existing) return existing;
  try {
    return await store.digests.insert({ email, frequency, topics, status: 'pending', at });
  } catch (err) {
    const raced = await store.digests.byEmail(email);
    if (raced) return raced;
    throw err;
  }
}

/**
 * A subscription asked for without an account. A new, unsubscribed or still-pending address gets a
 * confirmation mail (a pending one at most once per CONFIRM_RESEND_MINUTES); a confirmed address is
 * left as it is and not mailed. The caller learns nothing of which case it was, so a form built on
 * this cannot tell anyone whether an address is subscribed. `delivery` settles when the mail is
 * handed over (null when no mail was due): the web does not wait for it (the answer takes as long either way), the CLI does.
 */
export async function requestSubscription(env: SubscriptionEnv, req: SubscriptionRequest): Promise<{ delivery: Promise<SendResult | null> }> {
  const email = normalizeEmail(req.email);
  const now = env.now();
  const at = now.toISOString();
  const row = await pendingRow(env.store, email, req.frequency, req.topics, at);
  if (row.status === 'confirmed') return { delivery: noMail };
  const recent = row.status === 'pending' && row.confirmSentAt !== null
    && now.getTime() - Date.parse(row.confirmSentAt) < CONFIRM_RESEND_MINUTES * 60_000;
  await env.store.digests.update(row.id, {
    frequency: req.frequency, topics: req.topics, status: 'pending', ...(recent ? {} : { confirmSentAt: at }),
  });
  if (recent) return { delivery: noMail };
  const href = confirmUrl(env.baseUrl, await env.secret(), row.id, now);
  return { delivery: env.mailer.send(confirmationMail(email, req.frequency, href)) };
}

export type ConfirmOutcome = 'confirmed' | 'already' | 'expired' | 'invalid';

/** Confirms the address a signed link names. Only a pending subscriber becomes confirmed. */
export async function confirmSubscription(env: Pick<SubscriptionEnv, 'store' | 'secret' | 'now'>, token: unknown): Promise<ConfirmOutcome> {
  const v = verifyLink(await env.secret(), token, 'confirm', env.now());
  if (!v.ok) return v.reason;
  const s = await env.store.digests.byId(v.claims.subscriberId);
  if (!s) return 'invalid';
  if (s.status === 'confirmed') return 'already';
  // A link from before an unsubscribe (or a suppression) must not switch mail back on.
  if (s.status !== 'pending') return 'invalid';
  await env.store.digests.update(s.id, { status: 'confirmed', confirmedAt: env.now().toISOString(), permanentFailures: 0 });
  return 'confirmed';
}

/** Unsubscribes the subscriber a signed unsubscribe link names; true unless the link is not ours. */
export async function unsubscribeByLink(env: Pick<SubscriptionEnv, 'store' | 'secret' | 'now'>, token: unknown): Promise<boolean> {
  const v = verifyLink(await env.secret(), token, 'unsubscribe', env.now());
  if (!v.ok) return false;
  const s = await env.store.digests.byId(v.claims.subscriberId);
  if (!s) return true; // already removed: nothing will be sent, which is what was asked
  if (s.status !== 'unsubscribed') await env.store.digests.update(s.id, { status: 'unsubscribed', unsubscribedAt: env.now().toISOString() });
  return true;
}

/** The subscription of an address, or null (for the settings page of a signed-in user). */
export async function getSubscription(store: Store, email: string): Promise<Subscriber | null> {
  return store.digests.byEmail(normalizeEmail(email));
}

/**
 * Subscribes an address already proven to be the caller's (a signed-in user's verified email, or an
 * operator's --confirmed): confirmed at once, no confirmation mail.
 */
export async function subscribeVerified(store: Store, req: SubscriptionRequest, now: Date): Promise<Subscriber> {
  const email = normalizeEmail(req.email);
  const at = now.toISOString();
  const row = await pendingRow(store, email, req.frequency, req.topics, at);
  const patch = { frequency: req.frequency, topics: req.topics, status: 'confirmed' as const, permanentFailures: 0 };
  return (await store.digests.update(row.id, row.status === 'confirmed' ? patch : { ...patch, confirmedAt: at, unsubscribedAt: null, suppressedAt: null }))!;
}

/** Changes frequency or topics of an existing subscription; null when the address has none. */
export async function updateSubscription(store: Store, email: string, patch: { frequency?: Frequency; topics?: Topic[] }): Promise<Subscriber | null> {
  const s = await store.digests.byEmail(normalizeEmail(email));
  return s ? store.digests.update(s.id, { frequency: patch.frequency, topics: patch.topics }) : null;
}

/** Stops digests to an address (kept as unsubscribed, so an operator's re-import cannot silently resubscribe it). */
export async function unsubscribe(store: Store, email: string, now: Date): Promise<boolean> {
  const s = await store.digests.byEmail(normalizeEmail(email));
  if (!s) return false;
  if (s.status !== 'unsubscribed') await store.digests.update(s.id, { status: 'unsubscribed', unsubscribedAt: now.toISOString() });
  return true;
}

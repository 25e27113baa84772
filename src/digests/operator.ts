/** The operator's list management behind `paperboy subscribers`. */
import { invalidArgument } from '../errors.ts';
import type { Store } from '../db/store.ts';
import { normalizeEmail } from './email-address.ts';
import { requestSubscription, subscribeVerified, type SubscriptionEnv, type SubscriptionRequest } from './subscriptions.ts';
import type { Subscriber } from './types.ts';

export interface AddResult {
  subscriber: Subscriber;
  outcome: 'added' | 'updated';
  /** 'sent' or 'failed: reason' when a confirmation mail was due, null when none was. */
  confirmation: string | null;
}

/**
 * Adds or updates an address. With `confirmed` the operator vouches for consent (an imported list
 * that was already double opt-in) and the address gets digests at once; without it the address gets
 * a confirmation mail like any sign-up. An address that unsubscribed is never confirmed by an
 * operator: it must opt in again itself.
 */
export async function addSubscriber(env: SubscriptionEnv, given: Partial<SubscriptionRequest> & { email: string; confirmed: boolean }): Promise<AddResult> {
  const email = normalizeEmail(given.email);
  const existing = await env.store.digests.byEmail(email);
  // What is not given is kept: adding a known address again only changes what the operator named.
  const req: SubscriptionRequest = { email, frequency: given.frequency ?? existing?.frequency ?? 'daily', topics: given.topics ?? existing?.topics ?? [] };
  const outcome = existing ? 'updated' : 'added';
  if (given.confirmed) {
    if (existing?.status === 'unsubscribed') {
      throw invalidArgument('email', `${email} unsubscribed on ${existing.unsubscribedAt?.slice(0, 10)}; it cannot be confirmed by an operator (add it without --confirmed to send a confirmation mail)`);
    }
    return { subscriber: await subscribeVerified(env.store, req, env.now()), outcome, confirmation: null };
  }
  if (existing?.status === 'confirmed') {
    const subscriber = (await env.store.digests.update(existing.id, { frequency: req.frequency, topics: req.topics }))!;
    return { subscriber, outcome, confirmation: null };
  }
  const { delivery } = await requestSubscription(env, req);
  const sent = await delivery;
  const confirmation = sent === null ? null : sent.ok ? 'sent' : `failed: ${sent.message}`;
  return { subscriber: (await env.store.digests.byEmail(email))!, outcome, confirmation };
}

/** Deletes an address and its send history; false when it was not on the list. */
export async function removeSubscriber(store: Store, email: string): Promise<boolean> {
  return store.digests.remove(normalizeEmail(email));
}

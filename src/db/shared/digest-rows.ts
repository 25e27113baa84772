import type { SubscriberPatch } from '../../digests/repo.ts';
import type { Frequency, Subscriber, Topic } from '../../digests/types.ts';

/** A digest_subscribers row and its mapping, the same on both stores (migration 5). */
export interface SubscriberRow {
  id: number; email: string; frequency: string; status: string; topics: string; created_at: string;
  confirmed_at: string | null; unsubscribed_at: string | null; confirm_sent_at: string | null;
  permanent_failures: number; suppressed_at: string | null;
}

export const SUBSCRIBER_COLUMNS = `id, email, frequency, status, topics, created_at, confirmed_at, unsubscribed_at,
  confirm_sent_at, permanent_failures, suppressed_at`;

export function toSubscriber(r: SubscriberRow): Subscriber {
  return {
    id: r.id, email: r.email, frequency: r.frequency as Frequency, status: r.status as Subscriber['status'],
    topics: JSON.parse(r.topics) as Topic[], createdAt: r.created_at, confirmedAt: r.confirmed_at,
    unsubscribedAt: r.unsubscribed_at, confirmSentAt: r.confirm_sent_at, permanentFailures: r.permanent_failures,
    suppressedAt: r.suppressed_at,
  };
}

/** Patch fields and their columns; a fixed list, so no column name ever comes from input. */
export const PATCH_COLUMNS: Array<[keyof SubscriberPatch, string]> = [
  ['frequency', 'frequency'], ['topics', 'topics'], ['status', 'status'], ['confirmedAt', 'confirmed_at'],
  ['unsubscribedAt', 'unsubscribed_at'], ['confirmSentAt', 'confirm_sent_at'],
  ['permanentFailures', 'permanent_failures'], ['suppressedAt', 'suppressed_at'],
];

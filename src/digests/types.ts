/** The digest model: who subscribed to what, and what each send came to. */

export type Frequency = 'daily' | 'weekly';
export const FREQUENCIES: readonly Frequency[] = ['daily', 'weekly'];

/**
 * pending: asked, not yet confirmed (never mailed a digest); confirmed: receives digests;
 * unsubscribed: asked to stop; suppressed: stopped after repeated permanent delivery failures.
 */
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed' | 'suppressed';

/** A saved search (words, as in the search box), a category such as cs.LG, or an author's name. */
export interface Topic {
  kind: 'search' | 'category' | 'author';
  value: string;
}

export interface Subscriber {
  id: number;
  email: string;
  frequency: Frequency;
  status: SubscriberStatus;
  topics: Topic[];
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  confirmSentAt: string | null;
  permanentFailures: number;
  suppressedAt: string | null;
}

/** The ledger state of one (subscriber, period): see docs/DIGESTS.md, "Exactly once". */
export type SendState = 'sending' | 'sent' | 'failed' | 'retry';

export interface SendRecord {
  subscriberId: number;
  period: string;
  frequency: Frequency;
  state: SendState;
  runId: string;
  claimedAt: string;
  finishedAt: string | null;
  attempts: number;
  messageId: string | null;
  error: string | null;
}

/** What a send run did, for the CLI, the scheduler's log and tests. */
export interface SendReport {
  frequency: Frequency;
  period: string;
  dryRun: boolean;
  /** Delivered now. */
  sent: number;
  /** Refused permanently (5xx) now. */
  failed: number;
  /** Still failing temporarily after every retry; the next run tries again. */
  deferred: number;
  /** Addresses suppressed by this run. */
  suppressed: number;
  /** Nothing of the period for them (no trending paper, no topic match): no mail. */
  empty: number;
  /** Already sent, refused or claimed by an earlier run: left alone. */
  skipped: number;
  /** Claimed by a run that never recorded an outcome (it died while sending): not resent. */
  unknown: number;
  /** Why the run stopped before the end (the SMTP server unreachable), or null. */
  stoppedEarly: string | null;
}

import type { Frequency, SendRecord, Subscriber, SubscriberStatus, Topic } from './types.ts';

/** Fields a new subscriber row takes. */
export interface NewSubscriber {
  email: string;
  frequency: Frequency;
  status: 'pending' | 'confirmed';
  topics: Topic[];
  at: string;
}

/** A change to a subscriber; only the fields given are written. */
export interface SubscriberPatch {
  frequency?: Frequency;
  topics?: Topic[];
  status?: SubscriberStatus;
  confirmedAt?: string | null;
  unsubscribedAt?: string | null;
  confirmSentAt?: string | null;
  permanentFailures?: number;
  suppressedAt?: string | null;
}

/** The outcome recorded after a send attempt. */
export type SendOutcome =
  | { state: 'sent'; messageId: string; attempts: number }
  | { state: 'failed' | 'retry'; error: string; attempts: number };

/** Storage of subscribers and the send ledger. Only the store implementations speak SQL. */
export interface DigestsRepo {
  byEmail(email: string): Promise<Subscriber | null>;
  byId(id: number): Promise<Subscriber | null>;
  insert(s: NewSubscriber): Promise<Subscriber>;
  update(id: number, patch: SubscriberPatch): Promise<Subscriber | null>;
  remove(email: string): Promise<boolean>;
  /** Every subscriber, oldest first (operators' lists are thousands, not millions). */
  list(): Promise<Subscriber[]>;
  /**
   * Confirmed subscribers of `frequency` with id > afterId that have no ledger row for `period` other
   * than 'retry', in id order: the ones a run still owes a digest.
   */
  due(frequency: Frequency, period: string, afterId: number, limit: number): Promise<Subscriber[]>;
  /**
   * Claims (subscriber, period) for `runId` before sending: true when this run now owns it (no row
   * existed, or the row was 'retry'), false when another run has claimed or finished it.
   */
  claim(subscriberId: number, period: string, frequency: Frequency, runId: string, at: string): Promise<boolean>;
  /** Records what the claimed send came to. */
  finish(subscriberId: number, period: string, outcome: SendOutcome, at: string): Promise<void>;
  /**
   * A permanent failure of one address: counts it and suppresses the address when the count reaches
   * `suppressAfter`. Returns true when this call suppressed it.
   */
  countPermanentFailure(subscriberId: number, suppressAfter: number, at: string): Promise<boolean>;
  /** A delivery: the count of permanent failures in a row starts again. */
  clearFailures(subscriberId: number): Promise<void>;
  /** Ledger rows of a period (all frequencies share one key space: a day or an ISO week). */
  sends(period: string): Promise<SendRecord[]>;
  /** Rows of a period still 'sending' that another run claimed (a run that died mid-send). */
  unfinished(period: string, exceptRunId: string): Promise<number>;
  /** The named secret, created from `candidate` if none is stored yet (the first writer wins). */
  secret(name: string, candidate: string, at: string): Promise<string>;
}

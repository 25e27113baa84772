import { randomUUID } from 'node:crypto';
import type { Store } from '../db/store.ts';
import type { FeatureSource } from './feature-source.ts';
import { CANDIDATES, trainScope } from './pipeline.ts';
import { readerState } from './reader-state.ts';

/** How long one training may hold its lease: training takes well under a second, a crash frees it after this. */
const LEASE_MS = 60_000;

/**
 * Retrains reader models off the request path. A request that finds its model out of date queues
 * the reader here and answers with the stored model at once; jobs run one at a time after the
 * current request. A lease per reader and scope keeps several server processes from training the
 * same model at once (the loser simply skips: the winner stores a model both will serve).
 */
export class Trainer {
  private readonly queued = new Set<string>();
  private chain: Promise<void> = Promise.resolve();
  private readonly holder = `trainer-${randomUUID()}`;

  constructor(private readonly store: Store, private readonly features: FeatureSource, private readonly now: () => Date,
    private readonly log: (m: string) => void = (m) => console.error(m), private readonly candidates = CANDIDATES) {}

  /** Queues a retraining unless one is already waiting for this reader and scope. */
  enqueue(userId: number, collectionId: number | null): void {
    const key = `${userId}:${collectionId ?? 'all'}`;
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.chain = this.chain.then(async () => {
      // Let the request that queued this finish first.
      await new Promise((r) => setImmediate(r));
      // Taken off the queue before training, so signals arriving meanwhile queue another round.
      this.queued.delete(key);
      await this.run(userId, collectionId).catch((err: Error) => this.log(`recommendations: training reader ${userId} failed: ${err.message}`));
    });
  }

  /** Resolves once every queued training has finished (tests, the CLI, shutdown). */
  async idle(): Promise<void> {
    while (this.queued.size > 0) await this.chain;
    await this.chain;
  }

  /** Trains now if the stored model is out of date (the whole job, for the queue and the CLI). */
  async run(userId: number, collectionId: number | null): Promise<void> {
    const lease = `recommendations:${userId}:${collectionId ?? 'all'}`;
    if (!(await this.store.leases.acquire(lease, this.holder, LEASE_MS, this.now()))) return;
    try {
      const state = await readerState(this.store, this.features, userId, collectionId);
      const stored = await this.store.recommendations.model(userId, state.scope);
      if (stored?.fingerprint === state.fingerprint) return;
      await this.store.recommendations.saveModel(userId, await trainScope(this.store, this.features, state, this.now(), this.candidates));
    } finally {
      await this.store.leases.release(lease, this.holder);
    }
  }
}

import type { Store } from '../db/store.ts';
import type { ActiveModel, FeatureSource } from './feature-source.ts';
import type { ReaderSettings } from './repo.ts';
import { fingerprint, labelled, sinceReset } from './signals.ts';
import type { Seed, Signal } from './types.ts';

/** 'all' for the reader's whole feed, 'c<id>' for one collection's. */
export const scopeOf = (collectionId: number | null) => (collectionId === null ? 'all' : `c${collectionId}`);

/** Everything a request knows about a reader before choosing what to serve: a handful of queries. */
export interface ReaderState {
  userId: number;
  scope: string;
  collectionId: number | null;
  /** Signals since the last reset. */
  signals: Signal[];
  /** Net weight per paper in this scope (see signals.ts). */
  labels: Map<number, number>;
  seeds: Seed[];
  settings: ReaderSettings;
  /** Papers the reader already acted on, any time: the feed never shows them again. */
  acted: Set<number>;
  model: ActiveModel | null;
  fingerprint: string;
}

/** Reads a reader's signals, picks and settings, and the fingerprint a current model must carry. */
export async function readerState(store: Store, features: FeatureSource, userId: number, collectionId: number | null): Promise<ReaderState> {
  const repo = store.recommendations;
  const [all, seeds, settings, model, newestRowid] = await Promise.all([
    repo.signals(userId), repo.seeds(userId), repo.settings(userId), features.active(), repo.newestRowid(),
  ]);
  const signals = sinceReset(all, settings.resetAt);
  const labels = labelled(signals, collectionId);
  // A collection's feed starts from its papers alone: the reader's picks shape the whole feed only.
  const scopedSeeds = collectionId === null ? seeds : [];
  return {
    userId, scope: scopeOf(collectionId), collectionId, signals, labels, seeds: scopedSeeds, settings,
    acted: new Set(all.map((s) => s.rowid)), model,
    fingerprint: fingerprint({ labels, seeds: scopedSeeds, resetAt: settings.resetAt, embeddingModelId: model?.id ?? 0, newestRowid }),
  };
}

/** Whether the reader has given anything to learn from in this scope. */
export const hasPositives = (s: ReaderState) => s.seeds.length > 0 || [...s.labels.values()].some((w) => w > 0);

import { createHash } from 'node:crypto';
import type { Seed, Signal, SignalKind } from './types.ts';

/**
 * How much each kind of signal counts, and which way. Explicit acts weigh 1: an upvote, saving to a
 * collection or to read later, writing a note (you do not annotate what bores you) are positives;
 * "not interested" is a negative. Weaker evidence weighs half: marking a paper read (you may have
 * read it and disliked it) and skipping it in the For you feed (a skip says "not now" more than
 * "never"). Cold-start example papers count as positives.
 */
export const SIGNAL_WEIGHTS: Record<SignalKind, number> = {
  upvote: 1, collection: 1, read_later: 1, note: 1, seed: 1, read: 0.5,
  not_interested: -1, skip: -0.5,
};

/** Signals newer than the reset (all of them without one). */
export function sinceReset(signals: Signal[], resetAt: string | null): Signal[] {
  return resetAt ? signals.filter((s) => s.at > resetAt) : signals;
}

/** Per paper, the net weight of its signals: above 0 a positive, below 0 a negative. */
export function netWeights(signals: Signal[]): Map<number, number> {
  const net = new Map<number, number>();
  for (const s of signals) net.set(s.rowid, (net.get(s.rowid) ?? 0) + SIGNAL_WEIGHTS[s.kind]);
  return net;
}

/** Signals by kind, for the model page. */
export function countByKind(signals: Signal[]): Partial<Record<SignalKind, number>> {
  const out: Partial<Record<SignalKind, number>> = {};
  for (const s of signals) out[s.kind] = (out[s.kind] ?? 0) + 1;
  return out;
}

/**
 * The labelled papers of one scope. The whole feed learns from every signal. A collection's feed
 * takes that collection's papers as its positives (as arxiv-sanity-lite trains one model per tag)
 * and keeps the reader's negatives, which say what the reader never wants in any list.
 */
export function labelled(signals: Signal[], collectionId: number | null): Map<number, number> {
  if (collectionId === null) return netWeights(signals);
  const scoped = signals.filter((s) => (s.kind === 'collection' ? s.collectionId === collectionId : SIGNAL_WEIGHTS[s.kind] < 0));
  return netWeights(scoped);
}

/**
 * A digest of everything a model was trained from: when it differs from the stored model's, the
 * model is out of date. Signal times are left out (re-adding the same upvote changes nothing) but
 * the newest paper is in, so a feed is ranked again when new papers arrive.
 */
export function fingerprint(parts: { labels: Map<number, number>; seeds: Seed[]; resetAt: string | null; embeddingModelId: number; newestRowid: number }): string {
  const labels = [...parts.labels].sort((a, b) => a[0] - b[0]).map(([r, w]) => `${r}:${w}`).join(',');
  const seeds = parts.seeds.map((s) => `${s.kind}=${s.value}`).sort().join('\n');
  return createHash('sha256').update([labels, seeds, parts.resetAt ?? '', parts.embeddingModelId, parts.newestRowid].join('\u0000')).digest('hex').slice(0, 32);
}

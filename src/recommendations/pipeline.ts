import type { Store } from '../db/store.ts';
import type { FeatureSource } from './feature-source.ts';
import { BACKGROUND_PAPERS, learnReaderModel, rankCandidates } from './learn.ts';
import type { ReaderState } from './reader-state.ts';
import type { StoredModel } from './repo.ts';
import { countByKind } from './signals.ts';
import type { Seed } from './types.ts';

/** The feed's candidates: the newest papers. A month of a busy arXiv listing fits. */
export const CANDIDATES = 3000;
/** Entries a stored feed keeps (pages of 20, the API up to 100 at a time). */
export const FEED_LENGTH = 200;
/** Papers a category or author pick stands for, as positives. */
export const PAPERS_PER_PICK = 5;

/** A deterministic per-reader shuffle key, so a reader's background sample is stable between trainings. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35);
  h ^= h >>> 16;
  return Math.imul(h, 0x27d4eb2d) >>> 0;
}

/**
 * Rowids standing for a reader's cold-start picks: example papers themselves, and recent papers of a
 * picked category or author (stand-ins: they teach the model, yet stay in the feed, since the
 * reader has not seen them).
 */
export async function seedRowids(store: Store, seeds: Seed[]): Promise<{ examples: number[]; standIns: number[] }> {
  const examples: number[] = [];
  const out: number[] = [];
  for (const s of seeds) {
    if (s.kind === 'paper') {
      const r = await store.paperRowid(s.value);
      if (r !== null) examples.push(r);
      continue;
    }
    const filter = s.kind === 'category' ? { category: s.value } : { author: s.value };
    const { items } = await store.listPapers({ ...filter, order: 'published_desc', limit: PAPERS_PER_PICK });
    for (const p of items) {
      const r = await store.paperRowid(p.id);
      if (r !== null) out.push(r);
    }
  }
  return { examples, standIns: out };
}

/**
 * Trains a reader's model for one scope and ranks the newest papers with it: what the trainer stores.
 * Cold-start picks join the labels as positives; the background is a stable per-reader sample of
 * the candidates. Only this reader's signals go in: no other reader's data shapes the result.
 */
export async function trainScope(store: Store, features: FeatureSource, state: ReaderState, now: Date, candidateCount = CANDIDATES): Promise<StoredModel> {
  const trainedAt = now.toISOString();
  const empty: StoredModel = { scope: state.scope, fingerprint: state.fingerprint, model: null, feed: [], trainedAt };
  const model = state.model;
  if (!model) return empty;
  const labels = new Map(state.labels);
  const { examples, standIns } = await seedRowids(store, state.seeds);
  const seeded = [...examples, ...standIns];
  for (const r of seeded) labels.set(r, Math.max(labels.get(r) ?? 0, 0) + 1);
  const counts = countByKind(state.signals.filter((s) => state.collectionId === null || s.kind !== 'collection' || s.collectionId === state.collectionId));
  if (seeded.length) counts.seed = seeded.length;
  const repo = store.recommendations;
  const candidates = await repo.recentPapers(candidateCount);
  const own = await repo.papers([...labels.keys()]);
  const feats = await features.features(model, [...candidates, ...own]);
  const background = candidates
    .filter((p) => !labels.has(p.rowid))
    .sort((a, b) => mix(state.userId, a.rowid) - mix(state.userId, b.rowid) || a.rowid - b.rowid)
    .slice(0, BACKGROUND_PAPERS)
    .map((p) => feats.get(p.rowid)!);
  // The most recently signalled positives explain the feed ("close to your ...").
  const latest = new Map<number, string>();
  for (const s of state.signals) if ((latest.get(s.rowid) ?? '') < s.at) latest.set(s.rowid, s.at);
  const anchors = own.sort((a, b) => (latest.get(b.rowid) ?? '').localeCompare(latest.get(a.rowid) ?? '') || b.rowid - a.rowid);
  const learned = learnReaderModel({
    labels, features: feats, background, corpus: model.corpus, embeddingModelId: model.id, anchors, counts, trainedAt,
  });
  if (!learned) return empty;
  const exclude = new Set([...state.acted, ...examples]);
  const feed = rankCandidates(learned, candidates.map((p) => feats.get(p.rowid)!), model.corpus, exclude, FEED_LENGTH);
  return { ...empty, model: learned, feed };
}

import type { Paper } from '../core/paper.ts';
import type { Store } from '../db/store.ts';
import type { FeatureSource } from './feature-source.ts';
import { rankCandidates } from './learn.ts';
import { scoringModel } from './model.ts';
import type { Trainer } from './trainer.ts';

/** Papers in a digest's personal section. */
export const PERSONAL_IN_DIGEST = 5;
/** A period's papers scored for it: more than a day of any listing. */
const PERIOD_CANDIDATES = 2000;

/** The digest's "For you" section of one reader. */
export interface PersonalSection {
  papers: Paper[];
  /** One line per paper saying why ("transformer, attention; close to your ..."). */
  reasons: string[];
}

/** Finds a reader's personal section by the subscriber's address, for the papers published in a period. */
export type PersonalPicker = (email: string, period: { from: string; to: string }) => Promise<PersonalSection | null>;

/** "quantization, kernels; close to “Your Paper”", or the empty string. */
export function reasonLine(reason: { terms: string[]; authors?: string[]; near: Array<{ title: string }> }): string {
  const parts = [];
  if (reason.terms.length) parts.push(reason.terms.join(', '));
  if (reason.authors?.length) parts.push(`by ${reason.authors.join(', ')}`);
  if (reason.near[0]) parts.push(`close to “${reason.near[0].title}”`);
  return parts.join('; ');
}

/**
 * The personal section for digests, built from the same stored model as the For you feed: the
 * period's papers scored by the reader's model (retrained first when the reader's signals changed). Only readers who turned it on get one; readers
 * without an account, a model or a matching search index get none (the rest of the digest is unchanged).
 */
export function personalPicker(store: Store, features: FeatureSource, trainer?: Trainer): PersonalPicker {
  return async (email, period) => {
    const user = await store.accounts.userByEmail(email);
    if (!user || user.bannedAt) return null;
    const repo = store.recommendations;
    if (!(await repo.settings(user.id)).digestSection) return null;
    // A digest run is a background job: bring the model up to date first (a no-op when it is).
    await trainer?.run(user.id, null);
    const stored = await repo.model(user.id, 'all');
    const active = await features.active();
    if (!stored?.model || !active || stored.model.embeddingModelId !== active.id) return null;
    const candidates = await repo.recentPapers(PERIOD_CANDIDATES, period);
    const acted = new Set((await repo.signals(user.id)).map((s) => s.rowid));
    const feats = await features.features(active, candidates);
    const ranked = rankCandidates(scoringModel(stored.model), candidates.map((p) => feats.get(p.rowid)!), active.corpus, acted, PERSONAL_IN_DIGEST);
    const loaded = await store.papersByRowids(ranked.map((r) => r.rowid));
    const reasons = new Map(ranked.map((r) => [r.rowid, reasonLine(r.reason)]));
    return { papers: loaded.map((l) => l.paper), reasons: loaded.map((l) => reasons.get(l.rowid) ?? '') };
  };
}

import { digest, newSecret } from '../accounts/secrets.ts';
import type { User } from '../accounts/types.ts';
import type { Paper } from '../core/paper.ts';
import type { Store } from '../db/store.ts';
import { PaperboyError } from '../errors.ts';
import { seedFeed, parseSeeds } from './cold-start.ts';
import { FeatureSource } from './feature-source.ts';
import { learnedTerms } from './model.ts';
import { hasPositives, readerState } from './reader-state.ts';
import type { ReaderModel, Reason, Seed, SignalKind } from './types.ts';
import { Trainer } from './trainer.ts';

/**
 * ready: a model trained on the current signals; updating: an older model while a new one trains;
 * training: the first model is being trained (the picks or the newest papers meanwhile); cold:
 * nothing to learn from yet; unavailable: no search index, so no paper features.
 */
export type FeedStatus = 'ready' | 'updating' | 'training' | 'cold' | 'unavailable';

export interface FeedItem {
  paper: Paper;
  /** The model's score (null for picks and newest papers shown before a model exists). */
  score: number | null;
  reason: Reason & { because?: string };
}

export interface Feed {
  status: FeedStatus;
  items: FeedItem[];
  total: number;
  trainedAt: string | null;
}

/** What the model page shows. */
export interface ModelView {
  status: FeedStatus;
  liked: string[];
  disliked: string[];
  topics: string[];
  counts: Partial<Record<SignalKind, number>>;
  seeds: Seed[];
  model: ReaderModel | null;
  settings: { digestSection: boolean; hasFeedSecret: boolean; resetAt: string | null };
}

export interface RecommendationsOptions {
  now: () => Date;
  /** Papers most like a paper (the search service's similar papers), for example-paper picks. */
  similar?: (paperId: string) => Promise<Paper[]>;
  /** The corpus model a loaded search index already holds, to share instead of loading it again. */
  loadedCorpus?: ConstructorParameters<typeof FeatureSource>[1];
  log?: (m: string) => void;
}

/** Personal recommendations: the feeds, their explanations, cold start, the model page and the reader's settings. */
export class RecommendationsService {
  readonly features: FeatureSource;
  readonly trainer: Trainer;

  constructor(private readonly store: Store, private readonly o: RecommendationsOptions) {
    this.features = new FeatureSource(store, o.loadedCorpus);
    this.trainer = new Trainer(store, this.features, o.now, o.log);
  }

  private async scopeFor(user: User, collectionId: number | null): Promise<number | null> {
    if (collectionId === null) return null;
    const c = Number.isInteger(collectionId) ? await this.store.collections.get(collectionId) : null;
    if (!c || c.userId !== user.id) throw new PaperboyError('not_found', `no collection ${collectionId}`);
    return collectionId;
  }

  /**
   * The reader's feed (or one collection's). Never trains in the request: the stored model is
   * served, and an out-of-date one is queued for retraining.
   */
  async feed(user: User, o: { collectionId?: number | null; limit: number; offset: number }): Promise<Feed> {
    const collectionId = await this.scopeFor(user, o.collectionId ?? null);
    const state = await readerState(this.store, this.features, user.id, collectionId);
    if (!state.model) return { status: 'unavailable', ...(await this.newest(state.acted, o)), trainedAt: null };
    const stored = await this.store.recommendations.model(user.id, state.scope);
    const fresh = stored?.fingerprint === state.fingerprint;
    if (!fresh && hasPositives(state)) this.trainer.enqueue(user.id, collectionId);
    if (stored?.model && (fresh || hasPositives(state))) {
      const entries = stored.feed.filter((e) => !state.acted.has(e.rowid));
      const page = entries.slice(o.offset, o.offset + o.limit);
      const loaded = await this.store.papersByRowids(page.map((e) => e.rowid));
      const byRowid = new Map(page.map((e) => [e.rowid, e]));
      return {
        status: fresh ? 'ready' : 'updating',
        items: loaded.map(({ rowid, paper }) => ({ paper, score: byRowid.get(rowid)!.score, reason: byRowid.get(rowid)!.reason })),
        total: entries.length, trainedAt: stored.trainedAt,
      };
    }
    if (!hasPositives(state)) return { status: 'cold', ...(await this.newest(state.acted, o)), trainedAt: null };
    // The first model is on its way: the picks answer meanwhile (or the newest papers).
    if (state.seeds.length) {
      const actedIds = new Set((await this.store.papersByRowids([...state.acted])).map((r) => r.paper.id));
      for (const s of state.seeds) if (s.kind === 'paper') actedIds.add(s.value);
      const similar = this.o.similar ?? (async () => []);
      const items = await seedFeed(this.store, state.seeds, similar, actedIds, o.offset + o.limit);
      return { status: 'training', items: items.slice(o.offset).map((i) => ({ paper: i.paper, score: null, reason: { terms: [], near: [], because: i.because } })), total: items.length, trainedAt: null };
    }
    return { status: 'training', ...(await this.newest(state.acted, o)), trainedAt: null };
  }

  /** The newest papers, for readers without a model. */
  private async newest(acted: Set<number>, o: { limit: number; offset: number }): Promise<{ items: FeedItem[]; total: number }> {
    const candidates = await this.store.recommendations.recentPapers(o.offset + o.limit + acted.size);
    const rowids = candidates.filter((p) => !acted.has(p.rowid)).slice(o.offset, o.offset + o.limit).map((p) => p.rowid);
    const items = (await this.store.papersByRowids(rowids)).map(({ paper }) => ({ paper, score: null, reason: { terms: [], near: [], because: 'new' } }));
    return { items, total: items.length };
  }

  /** A skip in the feed: a mild negative, and the paper is not shown again. */
  async skip(user: User, paperId: string): Promise<void> {
    const rowid = await this.rowid(paperId);
    await this.store.recommendations.addSkip(user.id, rowid, this.o.now().toISOString());
  }

  private async rowid(paperId: string): Promise<number> {
    const paper = await this.store.getPaper(paperId);
    const rowid = paper ? await this.store.paperRowid(paper.id) : null;
    if (rowid === null) throw new PaperboyError('paper_not_found', `no paper with id "${paperId.slice(0, 80)}"`);
    return rowid;
  }

  /** Stores the cold-start picks (replacing earlier ones) and starts training. */
  async start(user: User, input: { categories?: unknown; authors?: unknown; papers?: unknown }): Promise<Seed[]> {
    const seeds = await parseSeeds(this.store, input);
    await this.store.recommendations.setSeeds(user.id, seeds, this.o.now().toISOString());
    if (seeds.length) this.trainer.enqueue(user.id, null);
    return seeds;
  }

  /** Forgets what the model learned: older signals stop counting; upvotes and collections stay. */
  async reset(user: User): Promise<void> {
    await this.store.recommendations.reset(user.id, this.o.now().toISOString());
  }

  async model(user: User): Promise<ModelView> {
    const feed = await this.feed(user, { limit: 0, offset: 0 });
    const [stored, seeds, settings] = await Promise.all([
      this.store.recommendations.model(user.id, 'all'), this.store.recommendations.seeds(user.id), this.store.recommendations.settings(user.id),
    ]);
    const model = stored?.model ?? null;
    const terms = model ? learnedTerms(model, 12) : { liked: [], disliked: [] };
    return { status: feed.status, ...terms, topics: model?.topics ?? [], counts: model?.counts ?? {}, seeds, model, settings };
  }

  async setDigestSection(user: User, on: boolean): Promise<void> {
    await this.store.recommendations.setDigestSection(user.id, on, this.o.now().toISOString());
  }

  /** A new private RSS address (the old one stops working); the secret is returned once and stored hashed. */
  async rotateFeedSecret(user: User): Promise<string> {
    const secret = newSecret('rss_');
    await this.store.recommendations.setFeedSecret(user.id, digest(secret), this.o.now().toISOString());
    return secret;
  }

  /** The reader a private RSS address belongs to (banned accounts get nothing). */
  async readerOfFeed(secret: string): Promise<User | null> {
    if (!/^rss_[A-Za-z0-9_-]{43}$/.test(secret)) return null;
    const id = await this.store.recommendations.userByFeedSecret(digest(secret));
    const user = id === null ? null : await this.store.accounts.userById(id);
    return user && !user.bannedAt ? user : null;
  }
}

import type { FeedEntry, ReaderModel, Seed, Signal } from './types.ts';

/** A reader's own recommendation settings. */
export interface ReaderSettings {
  /** Signals up to this time are ignored (the reader reset the model); null: never reset. */
  resetAt: string | null;
  /** Whether the digest carries a "For you" section for this reader. */
  digestSection: boolean;
  /** Whether a private RSS address exists (the secret itself is only ever shown once). */
  hasFeedSecret: boolean;
}

/** A trained model and the feed it ranked, as stored for every server process to serve. */
export interface StoredModel {
  /** 'all' for the reader's feed, 'c<collection id>' for a collection's. */
  scope: string;
  /** The fingerprint of the signals and papers it was trained on (see signals.ts). */
  fingerprint: string;
  /** Null when there was nothing to learn from (no positive signal): the feed is then empty. */
  model: ReaderModel | null;
  feed: FeedEntry[];
  trainedAt: string;
}

/** What ranking needs of a paper. */
export interface PaperBrief {
  rowid: number;
  id: string;
  title: string;
  abstract: string;
  authors: string[];
}

/**
 * Storage of recommendations: the reader's signals (read across votes, collections, paper states and
 * skips), cold-start picks, settings, trained models with their feeds, and the papers and vectors
 * ranking reads. Only the store implementations speak SQL.
 */
export interface RecommendationsRepo {
  /** Every signal of a reader, any age (the service applies a reset). */
  signals(userId: number): Promise<Signal[]>;
  seeds(userId: number): Promise<Seed[]>;
  /** Replaces the reader's cold-start picks. */
  setSeeds(userId: number, seeds: Seed[], at: string): Promise<void>;
  /** Records a skip in the For you feed (repeating it changes nothing). */
  addSkip(userId: number, paperRowid: number, at: string): Promise<void>;
  settings(userId: number): Promise<ReaderSettings>;
  /** Forgets what was learned: skips, picks and models go, older signals stop counting. */
  reset(userId: number, at: string): Promise<void>;
  setDigestSection(userId: number, on: boolean, at: string): Promise<void>;
  /** Stores the SHA-256 of a new RSS secret (null removes the address). */
  setFeedSecret(userId: number, secretHash: string | null, at: string): Promise<void>;
  userByFeedSecret(secretHash: string): Promise<number | null>;
  model(userId: number, scope: string): Promise<StoredModel | null>;
  saveModel(userId: number, m: StoredModel): Promise<void>;
  /**
   * The newest papers by publication date (withdrawn ones left out): the feed's candidates; with
   * `window`, only papers published in it (inclusive YYYY-MM-DD bounds: a digest's period).
   */
  recentPapers(limit: number, window?: { from: string; to: string }): Promise<PaperBrief[]>;
  /** Papers by rowid (unknown rowids left out, order not kept). */
  papers(rowids: number[]): Promise<PaperBrief[]>;
  /** Stored vectors of papers under an embedding model. */
  vectors(modelId: number, rowids: number[]): Promise<Map<number, Buffer>>;
  /** The highest paper rowid (0 for an empty store): new papers change it. */
  newestRowid(): Promise<number>;
}

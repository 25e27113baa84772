/** The recommendation model's vocabulary: signals, training examples, trained models, feed entries. */

/** What a reader did to a paper; each kind teaches the model something (see signals.ts for weights). */
export type SignalKind = 'upvote' | 'collection' | 'read_later' | 'note' | 'read' | 'not_interested' | 'skip' | 'seed';

/** One signal as the store reads it. */
export interface Signal {
  kind: SignalKind;
  rowid: number;
  /** ISO time the reader gave it (a reset ignores signals older than the reset). */
  at: string;
  /** For collection items: which collection (the per-collection variant trains on one). */
  collectionId?: number | null;
}

/** A cold-start pick: a category, an author, or an example paper (by stable id). */
export interface Seed {
  kind: 'category' | 'author' | 'paper';
  value: string;
}

/** What the model sees of a paper: its meaning (embedding) and its words (tf-idf). */
export interface PaperFeatures {
  rowid: number;
  /** Unit embedding vector of the active model (all zeros when the paper has none). */
  dense: Float32Array;
  /** Unit-length tf-idf weights by stem, and the authors (keys starting with @, see features.ts). */
  terms: Map<string, number>;
}

/** A labelled paper for training: label 1 interesting, 0 not; weight how much it counts. */
export interface Example {
  features: PaperFeatures;
  label: 0 | 1;
  weight: number;
}

/** A reader's paper the feed explains itself by ("close to your paper ..."). */
export interface Anchor {
  rowid: number;
  id: string;
  title: string;
  /** int8 unit vector, base64 (as stored for papers). */
  vec: string;
}

/** A trained reader model as stored (JSON): weights plus what the model page shows. */
export interface ReaderModel {
  version: 1;
  embeddingModelId: number;
  bias: number;
  /** Weights of the embedding dimensions. */
  dense: number[];
  /** [stem, written form, weight], strongest first by |weight|. */
  terms: Array<[string, string, number]>;
  /** Vocabulary words closest to the dense weights: the topics the model leans to. */
  topics: string[];
  anchors: Anchor[];
  /** Signals behind the model, by kind. */
  counts: Partial<Record<SignalKind, number>>;
  positives: number;
  negatives: number;
  background: number;
  trainedAt: string;
}

/** Why a paper is recommended. */
export interface Reason {
  /** Written words of the paper that weighed most for this reader. */
  terms: string[];
  /** Authors of the paper whose other papers the reader liked. */
  authors?: string[];
  /** The reader's own papers closest in meaning. */
  near: Array<{ id: string; title: string; similarity: number }>;
}

/** One ranked paper of a stored feed. */
export interface FeedEntry {
  rowid: number;
  score: number;
  reason: Reason;
}

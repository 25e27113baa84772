import type { Paper, PaperInput } from '../core/paper.ts';
import type { LeaseRepo } from '../jobs/lease.ts';
import type { AccountsRepo } from '../accounts/repo.ts';
import type { VotesRepo } from '../votes/repo.ts';
import type { CommentsRepo } from '../comments/repo.ts';
import type { CollectionsRepo } from '../collections/repo.ts';
import type { ModerationRepo } from '../moderation/repo.ts';
import type { ClaimsRepo } from '../claims/repo.ts';
import type { DigestsRepo } from '../digests/repo.ts';
import type { HarvestRepo } from '../harvest/repo.ts';
import type { RecommendationsRepo } from '../recommendations/repo.ts';
import type { ResultsRepo } from '../results/repo.ts';
import type { RankedId, SearchFilters, SearchSort } from '../search/types.ts';

/** What happened to one incoming record. */
export type UpsertOutcome = 'inserted' | 'updated' | 'merged' | 'unchanged';

export interface ImportRun {
  id: number;
  source: string;
  file: string;
  startedAt: string;
  finishedAt: string | null;
  counts: ImportCounts;
}

export interface ImportCounts {
  read: number;
  inserted: number;
  updated: number;
  merged: number;
  unchanged: number;
  rejected: number;
}

export interface ListQuery {
  /** Inclusive YYYY-MM-DD bounds on publishedAt. */
  since?: string;
  until?: string;
  category?: string;
  author?: string;
  organization?: string;
  /** Newest first by publishedAt unless said otherwise. */
  order?: 'published_desc' | 'upvotes_desc';
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface StoreStats {
  papers: number;
  withArxivId: number;
  titleOnly: number;
  demo: number;
  imports: number;
  earliestPublished: string | null;
  latestPublished: string | null;
  latestDaily: string | null;
  topCategories: Array<{ category: string; count: number }>;
}

export interface DailyQuery {
  /** Inclusive YYYY-MM-DD bounds on the day papers entered the daily feed. */
  from: string;
  to: string;
  order: 'upvotes' | 'publishedAt';
  /** Only papers submitted by this user name. */
  submitter?: string;
  limit: number;
  offset: number;
  /** A signed-in reader: papers they marked "not interested" are left out. */
  viewerId?: number;
  /** With viewerId: papers they marked read are left out too. */
  hideRead?: boolean;
}

export interface SearchQuery extends SearchFilters {
  query: string;
  limit: number;
  offset: number;
  /** Relevance (BM25, title above authors above abstract) unless said otherwise. */
  sort?: SearchSort;
  /** Match papers holding any of the words, not all (hybrid search fuses this wider list). */
  matchAny?: boolean;
}

/** Lexical matches as ranked rowids, before papers are loaded. */
export interface LexicalPage {
  items: RankedId[];
  total: number;
  totalIsLowerBound: boolean;
}

/** An embedding model as stored; vectors are derived data, rebuilt by `paperboy index`. */
export interface EmbeddingModelInfo {
  id: number;
  provider: string;
  dim: number;
  state: 'building' | 'active' | 'retired';
  /** Every paper up to this rowid has a vector (or waits in the stale queue). */
  coveredRowid: number;
  createdAt: string;
  activatedAt: string | null;
  vectors: number;
}

/** The text a paper is embedded from. */
export interface PaperText {
  rowid: number;
  title: string;
  abstract: string;
  /** True when the paper had a vector and its text changed since. */
  stale?: boolean;
}

export interface StoredVector {
  rowid: number;
  /** int8-quantized unit vector. */
  vec: Buffer;
  stale?: boolean;
}

export interface SearchHit {
  paper: Paper;
  /** Higher is better. */
  score: number;
}

/**
 * The one storage interface the rest of Paperboy depends on. SQLite implements it now;
 * PostgreSQL implements the same methods later. All methods are async so either fits.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Leases that let one of several server processes run a scheduled job. */
  readonly leases: LeaseRepo;
  /** Accounts, sessions, personal access tokens, mailed links and rate limits (src/accounts/). */
  readonly accounts: AccountsRepo;
  /** Local upvotes, one per user and paper (src/votes/). */
  readonly votes: VotesRepo;
  /** Comments and moderation reports (src/comments/). */
  readonly comments: CommentsRepo;
  /** Collections, read later, read, not interested and private notes (src/collections/). */
  readonly collections: CollectionsRepo;
  /** Hidden papers (src/moderation/). */
  readonly moderation: ModerationRepo;
  /** Author claims (src/claims/). */
  readonly claims: ClaimsRepo;
  /** Digest subscribers, the exactly-once send ledger and shared secrets. */
  readonly digests: DigestsRepo;
  /** arXiv harvesting: progress, runs, version history and deletions. */
  readonly harvest: HarvestRepo;
  /** Personal recommendations: picks, skips, reader settings, trained models (src/recommendations/). */
  readonly recommendations: RecommendationsRepo;
  /** Result claims and artifacts extracted from titles and abstracts (src/results/). */
  readonly results: ResultsRepo;
  close(): Promise<void>;

  startImport(source: string, file: string): Promise<number>;
  finishImport(importId: number, counts: ImportCounts): Promise<void>;
  listImports(limit: number): Promise<ImportRun[]>;

  /** Upserts a batch in one transaction; returns one outcome per input, in order. */
  upsertPapers(batch: PaperInput[], importId: number, source: string): Promise<UpsertOutcome[]>;

  /** By stable id, alias (a former title id), or arXiv id with or without version. */
  getPaper(idOrArxivId: string): Promise<Paper | null>;
  listPapers(query: ListQuery): Promise<Page<Paper>>;
  countPapers(): Promise<number>;
  stats(): Promise<StoreStats>;

  /** Papers that entered the daily feed between two days, inclusive. */
  dailyPapers(query: DailyQuery): Promise<Page<Paper>>;
  /** Every paper of a daily window (for trending, which scores in code). */
  dailyBetween(from: string, to: string): Promise<Paper[]>;
  latestDailyDate(): Promise<string | null>;
  /** The nearest days before and after `date` that have papers. */
  adjacentDailyDates(date: string): Promise<{ prev: string | null; next: string | null }>;
  /** Full-text search, best first. */
  search(query: SearchQuery): Promise<Page<SearchHit>>;
  /** Full-text matches as rowids (for fusion with semantic results); filters and sorts as `search`. */
  searchRowids(query: SearchQuery): Promise<LexicalPage>;
  /** Papers by internal rowid, in the order given; unknown rowids are left out. */
  papersByRowids(rowids: number[]): Promise<Array<{ rowid: number; paper: Paper }>>;
  /** The internal rowid of a paper (any id getPaper accepts). */
  paperRowid(idOrArxivId: string): Promise<number | null>;
  /**
   * The subset of `rowids` that pass the filters and contain none of `excludedWords` (semantic
   * results are filtered after the fact).
   */
  filterRowids(rowids: number[], filters: SearchFilters, excludedWords?: string[]): Promise<Set<number>>;
  /** Title suggestions for a partly typed query: titles matching every word, the last as a prefix. */
  suggestTitles(prefix: string, limit: number): Promise<Array<{ id: string; title: string }>>;

  createEmbeddingModel(provider: string, dim: number, model: Buffer | null): Promise<number>;
  activeEmbeddingModel(): Promise<EmbeddingModelInfo | null>;
  embeddingModel(id: number): Promise<EmbeddingModelInfo | null>;
  embeddingModelBlob(id: number): Promise<Buffer | null>;
  /** Up to `limit` papers the model has no current vector for. */
  papersToEmbed(modelId: number, limit: number): Promise<PaperText[]>;
  putVectors(modelId: number, rows: StoredVector[]): Promise<void>;
  /** One paper's vector under a model, or null. */
  paperVector(modelId: number, rowid: number): Promise<Buffer | null>;
  /** Paper texts in rowid order after `afterRowid` (for training and full rebuilds). */
  paperTexts(afterRowid: number, limit: number): Promise<PaperText[]>;
  /** Vectors stored after sequence number `afterSeq`, in order (for incremental index loading). */
  vectorsSince(modelId: number, afterSeq: number, limit: number): Promise<Array<{ seq: number; rowid: number; vec: Buffer }>>;
  /** Swaps a built model in as the active one; the previous model is retired. */
  activateEmbeddingModel(id: number): Promise<void>;
  /**
   * Builds the store's own accelerator for word searches, where it has one (SQLite); `inWorker`
   * builds on a worker thread (its own connection) so the caller's thread can do other work.
   */
  buildLexicalIndex?(opts?: { inWorker?: boolean }): Promise<{ seconds: number }>;
  /** Deletes retired models and their vectors; returns the vectors removed. */
  purgeRetiredEmbeddings(): Promise<number>;
}

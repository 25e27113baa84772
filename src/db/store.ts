import type { Paper, PaperInput } from '../core/paper.ts';

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
}

export interface SearchQuery {
  query: string;
  limit: number;
  offset: number;
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
}

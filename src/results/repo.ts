import type { Page } from '../db/store.ts';
import type { Artifact, Claim, Metric } from './types.ts';

/** A stored claim with the paper it belongs to. */
export interface StoredClaim extends Claim {
  id: number;
  paperId: string;
  paperTitle: string;
  publishedAt: string | null;
}

export const RESULT_SORTS = ['value_desc', 'value_asc', 'date_desc', 'date_asc', 'metric', 'hardware', 'baseline', 'benchmark'] as const;
export type ResultSort = (typeof RESULT_SORTS)[number];

export interface ResultsQuery {
  metric?: Metric;
  unit?: string;
  /** Exact canonical names (case-insensitive). */
  hardware?: string;
  benchmark?: string;
  /** Baselines containing these words (case-insensitive). */
  baseline?: string;
  /** Inclusive YYYY-MM-DD bounds on the paper's publication date. */
  since?: string;
  until?: string;
  category?: string;
  sort?: ResultSort;
  limit: number;
  offset: number;
}

export type EntityKind = 'hardware' | 'benchmark' | 'baseline';

/** What trends count papers of: a category, a set of papers (a search), or an entity's claims. */
export interface TrendFilter {
  category?: string;
  rowids?: number[];
  entity?: { kind: EntityKind; name: string };
}

export interface PaperText { rowid: number; title: string; abstract: string }

/** Claims and artifacts extracted from papers (src/results/), and the counts behind trends. */
export interface ResultsRepo {
  /**
   * Replaces what is stored for each paper with a fresh extraction, in one transaction, and marks the
   * papers as extracted by `version` (re-extraction is idempotent).
   */
  replaceForPapers(rows: Array<{ paperRowid: number; claims: Claim[]; artifacts: Artifact[] }>, version: number, at: string): Promise<void>;
  forPaper(paperRowid: number): Promise<{ claims: StoredClaim[]; artifacts: Artifact[] }>;
  query(q: ResultsQuery): Promise<Page<StoredClaim>>;
  /** Names of one kind with their claim and paper counts, most claims first. */
  entities(kind: EntityKind, limit: number): Promise<Array<{ name: string; claims: number; papers: number }>>;
  /**
   * Papers after `afterRowid` (in rowid order) whose extraction is missing or older than `version`;
   * every paper when `all`.
   */
  papersToExtract(afterRowid: number, limit: number, version: number, all: boolean): Promise<PaperText[]>;
  /**
   * Forgets that these papers were extracted (their claims stay until the next extraction), so
   * `paperboy extract` redoes them: what an import does when extracting a batch failed.
   */
  markPending(rowids: number[]): Promise<void>;
  /** Papers by arXiv id or, for papers without one, by title key (what an import just wrote). */
  textsFor(arxivIds: string[], titleKeys: string[]): Promise<PaperText[]>;
  /** The rowids of the papers textsFor finds, without their texts (a bulk import keeps only these). */
  rowidsFor(arxivIds: string[], titleKeys: string[]): Promise<number[]>;
  /** Papers by rowid, in rowid order; unknown rowids are left out. */
  textsByRowids(rowids: ArrayLike<number>): Promise<PaperText[]>;
  /** Papers per publication month (YYYY-MM), oldest first, from `since` (YYYY-MM-DD) on. */
  monthlyPapers(filter: TrendFilter, since: string): Promise<Array<{ month: string; papers: number }>>;
  /** Titles with their publication month, from `since` on, newest first, at most `limit`. */
  titlesSince(filter: TrendFilter, since: string, limit: number): Promise<Array<{ month: string; title: string }>>;
  stats(): Promise<{ claims: number; papersWithClaims: number; papersExtracted: number }>;
}

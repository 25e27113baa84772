import type { PaperInput } from '../core/paper.ts';
import type { UpsertOutcome } from '../db/store.ts';

/** One version of an arXiv paper as Paperboy saw it, with what changed from the version before. */
export interface PaperVersion {
  arxivId: string;
  /** Version number; null when the harvest met the paper at a later version it cannot number. */
  version: number | null;
  /** YYYY-MM-DD: the day this version was submitted (arXiv's `updated`, or `created` for v1). */
  versionDate: string;
  title: string;
  abstract: string;
  titleChanged: boolean;
  abstractChanged: boolean;
  /** The title before this version, when it changed. */
  previousTitle: string | null;
  /** ISO instant Paperboy recorded it. */
  seenAt: string;
}

/** Harvest progress for one category scope and one OAI set. */
export interface HarvestState {
  scope: string;
  oaiSet: string;
  /** YYYY-MM-DD: the next incremental harvest asks for records from this day. */
  watermark: string | null;
  /** A harvest in progress: the token for its next page (null when none is pending). */
  resumeToken: string | null;
  /** The `from` day of the harvest in progress. */
  resumeFrom: string | null;
  /** The day the harvest in progress started (its watermark once it completes). */
  resumeStartedDay: string | null;
  /** Pages of the harvest in progress already applied. */
  pagesDone: number;
  updatedAt: string;
}

export type HarvestRunStatus = 'running' | 'ok' | 'failed' | 'unreachable';

export interface HarvestCounts {
  pages: number;
  /** Records on the pages, all categories. */
  records: number;
  /** Records in the wanted categories. */
  matched: number;
  inserted: number;
  updated: number;
  unchanged: number;
  newVersions: number;
  withdrawn: number;
  deleted: number;
  rejected: number;
}

export interface HarvestRun {
  id: number;
  trigger: string;
  scope: string;
  startedAt: string;
  finishedAt: string | null;
  status: HarvestRunStatus;
  counts: HarvestCounts;
  error: string | null;
}

/** What one OAI page changes, applied in one transaction together with the resumption state. */
export interface HarvestPageWrite {
  importId: number;
  source: string;
  papers: PaperInput[];
  versions: Array<Omit<PaperVersion, 'seenAt'>>;
  deletions: Array<{ arxivId: string; datestamp: string }>;
  state: Omit<HarvestState, 'updatedAt' | 'watermark'>;
}

/** Storage for harvesting: state, runs, version history and deletions. */
export interface HarvestRepo {
  state(scope: string, oaiSet: string): Promise<HarvestState | null>;
  allStates(): Promise<HarvestState[]>;
  /**
   * Upserts the page's papers, records versions and deletions and saves the resumption state, all
   * or nothing: a crash leaves either the whole page applied with its token saved, or neither.
   */
  applyPage(page: HarvestPageWrite, now: Date): Promise<UpsertOutcome[]>;
  /** Ends a set's harvest: the watermark moves on and the resumption token is cleared. */
  completeSet(scope: string, oaiSet: string, watermark: string, now: Date): Promise<void>;
  /** Forgets a pending resumption token (arXiv refused it as expired). */
  clearResume(scope: string, oaiSet: string, now: Date): Promise<void>;
  /** Records versions outside a harvest page (a submitted paper), ignoring ones already known. */
  addVersions(versions: Array<Omit<PaperVersion, 'seenAt'>>, now: Date): Promise<void>;
  /** A paper's versions, oldest first. */
  versions(arxivId: string): Promise<PaperVersion[]>;
  /** The deletion datestamp when arXiv's OAI marked the record deleted. */
  deletedAt(arxivId: string): Promise<string | null>;

  startRun(trigger: string, scope: string, now: Date): Promise<number>;
  finishRun(id: number, status: HarvestRunStatus, counts: HarvestCounts, error: string | null, now: Date): Promise<void>;
  /** Newest first. */
  recentRuns(limit: number): Promise<HarvestRun[]>;
}

export function zeroCounts(): HarvestCounts {
  return { pages: 0, records: 0, matched: 0, inserted: 0, updated: 0, unchanged: 0, newVersions: 0, withdrawn: 0, deleted: 0, rejected: 0 };
}

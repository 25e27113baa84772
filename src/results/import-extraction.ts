/**
 * Extraction at import. A small import (a harvest page, a few hundred records) extracts each batch
 * right after its upsert, as the harvester does. A bulk import stops doing that once it has changed
 * `bulkMinPapers` papers: each later batch only marks the papers it changed as pending (the state
 * `paperboy extract` reads) and adds their rowids to a list, and after the last batch is committed
 * the import extracts exactly those papers in a second phase, on this thread, a chunk per
 * transaction. So the upserts run without the extractor beside them, and memory stays flat: the
 * list holds 4 bytes a paper, and a chunk's texts and claims are dropped once stored.
 *
 * Nothing is lost in a crash: until the second phase stores a paper's claims, the paper is pending,
 * and the next `paperboy extract` picks it up. A failed extraction never fails the import either:
 * the papers are logged and left pending the same way.
 */
import type { PaperInput } from '../core/paper.ts';
import { normalizeInput } from '../core/merge.ts';
import { collectEvery } from '../core/heap.ts';
import { titleKey } from '../core/title-key.ts';
import type { Store, UpsertOutcome } from '../db/store.ts';
import type { Dictionaries } from './dictionaries/load.ts';
import { extractRows, type ExtractedRow } from './extract-rows.ts';
import type { PaperText } from './repo.ts';
import { RowidList } from './rowid-list.ts';
import { EXTRACTOR_VERSION } from './types.ts';

export interface ImportExtractionOptions {
  /**
   * Once an import has changed this many papers, the rest are extracted in the second phase. Below
   * it, extracting each batch costs nothing worth deferring, and the papers have claims at once.
   */
  bulkMinPapers?: number;
  /** Papers per transaction in the second phase. */
  phaseChunk?: number;
  /**
   * false: skip the second phase, leaving its papers pending (tests: a crash between the phases).
   */
  secondPhase?: boolean;
  /** Replaces extractRows (tests: rules that fail). */
  extract?: (papers: PaperText[], dictionaries: Dictionaries) => ExtractedRow[];
  log?: (line: string) => void;
  /** Called after each batch's claims are stored, saying whether the second phase stored them. */
  onStored?: (batch: { papers: number; secondPhase: boolean }) => void;
  /** The second phase's progress: papers extracted of those deferred (first called with 0). */
  onPhase?: (progress: { done: number; total: number }) => void;
}

export const BULK_MIN_PAPERS = 1000;

export class ImportExtraction {
  private changed = 0;
  /** Set once the import is bulk: the papers pending for the second phase. */
  private deferred: RowidList | null = null;
  private readonly log: (line: string) => void;
  private readonly extract: (papers: PaperText[], dictionaries: Dictionaries) => ExtractedRow[];

  constructor(private readonly store: Store, private readonly dictionaries: Dictionaries, private readonly opts: ImportExtractionOptions = {}) {
    this.log = opts.log ?? ((line) => console.error(line));
    this.extract = opts.extract ?? extractRows;
  }

  /** Handles the papers a committed batch inserted or changed: extracts them now, or defers them. */
  async submit(batch: PaperInput[], outcomes: UpsertOutcome[]): Promise<void> {
    const keys = changedKeys(batch, outcomes);
    if (!keys) return;
    this.changed += keys.arxivIds.length + keys.titleKeys.length;
    if (!this.deferred && this.changed < (this.opts.bulkMinPapers ?? BULK_MIN_PAPERS)) {
      return this.extractAndWrite(await this.store.results.textsFor(keys.arxivIds, keys.titleKeys), false);
    }
    this.deferred ??= new RowidList();
    const rowids = await this.store.results.rowidsFor(keys.arxivIds, keys.titleKeys);
    // Updated papers were extracted before: without this they would look done if the phase never ran.
    await this.store.results.markPending(rowids);
    this.deferred.push(rowids);
  }

  /**
   * The second phase, after the import's last batch is committed (and after a failed import, for
   * what it committed): extracts the deferred papers in rowid order, a chunk per transaction.
   */
  async finish(): Promise<void> {
    const list = this.deferred;
    this.deferred = null;
    if (!list || this.opts.secondPhase === false) return;
    const rowids = list.sortedUnique();
    const size = this.opts.phaseChunk ?? 1000;
    this.opts.onPhase?.({ done: 0, total: rowids.length });
    const collect = collectEvery(size);
    for (let at = 0; at < rowids.length; at += size) {
      const chunk = rowids.subarray(at, Math.min(at + size, rowids.length));
      await this.extractAndWrite(await this.store.results.textsByRowids(chunk), true);
      this.opts.onPhase?.({ done: at + chunk.length, total: rowids.length });
      collect();
    }
  }

  private async extractAndWrite(papers: PaperText[], secondPhase: boolean): Promise<void> {
    if (!papers.length) return;
    let rows: ExtractedRow[];
    try {
      rows = this.extract(papers, this.dictionaries);
    } catch (err) {
      return this.failed(papers, err as Error);
    }
    await this.store.results.replaceForPapers(rows, EXTRACTOR_VERSION, new Date().toISOString());
    this.opts.onStored?.({ papers: rows.length, secondPhase });
  }

  /** The papers keep no extraction state, so `paperboy extract` (papersToExtract) picks them up. */
  private async failed(papers: PaperText[], err: Error): Promise<void> {
    const rowids = papers.map((p) => p.rowid);
    await this.store.results.markPending(rowids);
    const shown = rowids.slice(0, 20).join(', ') + (rowids.length > 20 ? `, ... (${rowids.length - 20} more)` : '');
    this.log(`extract: extracting ${papers.length} imported papers failed (${err.message}); they stay pending for \`paperboy extract\`: paper rowids ${shown}`);
  }
}

/** The keys the upsert used for the papers a batch inserted, updated or merged into; null: none. */
function changedKeys(batch: PaperInput[], outcomes: UpsertOutcome[]): { arxivIds: string[]; titleKeys: string[] } | null {
  const arxivIds: string[] = [];
  const titleKeys: string[] = [];
  batch.forEach((input, i) => {
    if (outcomes[i] === 'unchanged') return;
    const n = normalizeInput(input);
    if (!n) return;
    if (n.arxivId) arxivIds.push(n.arxivId);
    else titleKeys.push(titleKey(n.title));
  });
  return arxivIds.length || titleKeys.length ? { arxivIds, titleKeys } : null;
}

/** The papers a batch inserted, updated or merged into, found again by the keys the upsert used. */
export async function changedPapers(store: Store, batch: PaperInput[], outcomes: UpsertOutcome[]): Promise<PaperText[]> {
  const keys = changedKeys(batch, outcomes);
  return keys ? store.results.textsFor(keys.arxivIds, keys.titleKeys) : [];
}

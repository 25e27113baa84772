/**
 * Extraction at import, pipelined with the upserts: the import's thread upserts batch N+1 while a
 * worker thread extracts batch N, and stores batch N's claims when they come back (the import's own
 * store connection writes them: SQLite has one writer). A failed extraction never fails the import:
 * the papers are logged and left pending for `paperboy extract`.
 */
import type { PaperInput } from '../core/paper.ts';
import { normalizeInput } from '../core/merge.ts';
import { titleKey } from '../core/title-key.ts';
import type { Store, UpsertOutcome } from '../db/store.ts';
import type { Dictionaries } from './dictionaries/load.ts';
import { extractRows, type ExtractedRow } from './extract-rows.ts';
import { ExtractWorker } from './extract-worker-client.ts';
import type { PaperText } from './repo.ts';
import { EXTRACTOR_VERSION } from './types.ts';

export interface ImportExtractionOptions {
  /**
   * Batches with fewer papers to extract run on the import's thread: starting the worker (its own
   * tsx and modules) costs more than it saves on an import of a few hundred papers (docs/RESULTS.md).
   */
  workerMinPapers?: number;
  /** Batches sent to the worker and not yet stored, at most (bounds memory; the import waits). */
  maxInFlight?: number;
  /**
   * true (the default): batches extract on this thread until the worker has started, so its start
   * (about a second of CPU under tsx) costs no wall time; false: the first big batch waits for it.
   */
  warmUp?: boolean;
  /** The worker's entry module (tests substitute one that fails). */
  workerUrl?: URL;
  log?: (line: string) => void;
  /** Called after each batch's claims are stored, saying where it was extracted (tests, benchmarks). */
  onStored?: (batch: { papers: number; onWorker: boolean }) => void;
}

export const WORKER_MIN_PAPERS = 1000;

interface InFlight { papers: PaperText[]; result: Promise<ExtractedRow[]>; done: boolean }

export class ImportExtraction {
  private readonly queue: InFlight[] = [];
  private worker: ExtractWorker | null = null;
  private readonly log: (line: string) => void;

  constructor(private readonly store: Store, private readonly dictionaries: Dictionaries, private readonly opts: ImportExtractionOptions = {}) {
    this.log = opts.log ?? ((line) => console.error(line));
  }

  /** Extracts the papers a batch inserted or changed; returns once the batch is handed over. */
  async submit(batch: PaperInput[], outcomes: UpsertOutcome[]): Promise<void> {
    const papers = await changedPapers(this.store, batch, outcomes);
    if (!papers.length) return;
    let worker = papers.length >= (this.opts.workerMinPapers ?? WORKER_MIN_PAPERS) ? await this.readyWorker() : null;
    if (worker) {
      while (this.queue.length >= (this.opts.maxInFlight ?? 2)) await this.storeOldest();
      if (worker.dead) worker = null; // it died while we waited
    }
    if (!worker) {
      // Stored in order: what the worker holds first, so a paper changed twice keeps its last text's claims.
      await this.drain();
      let rows: ExtractedRow[];
      try {
        rows = extractRows(papers, this.dictionaries);
      } catch (err) {
        return this.failed(papers, err as Error);
      }
      return this.write(rows, false);
    }
    const item: InFlight = { papers, result: worker.extract(papers), done: false };
    // Also keeps a failure from being an unhandled rejection before storeOldest awaits it.
    item.result.then(() => { item.done = true; }, () => { item.done = true; });
    this.queue.push(item);
    while (this.queue[0]?.done) await this.storeOldest();
  }

  /** Waits for every batch still with the worker and stores it: the import ends with every claim stored. */
  async drain(): Promise<void> {
    while (this.queue.length) await this.storeOldest();
  }

  /** Stops the worker (after drain, or when the import failed). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }

  /** The worker once it has started (starting it at the first big batch); null: extract here. */
  private async readyWorker(): Promise<ExtractWorker | null> {
    if (this.worker?.dead) return null;
    this.worker ??= new ExtractWorker(this.dictionaries, this.opts.workerUrl, (err) =>
      this.log(`extract: the extraction worker stopped (${err.message}); the rest of this import extracts on the main thread`));
    if (!this.worker.isReady && this.opts.warmUp === false) await this.worker.ready.catch(() => undefined);
    return this.worker.isReady ? this.worker : null;
  }

  private async storeOldest(): Promise<void> {
    const item = this.queue.shift()!;
    let rows: ExtractedRow[];
    try {
      rows = await item.result;
    } catch (err) {
      return this.failed(item.papers, err as Error);
    }
    await this.write(rows, true);
  }

  private async write(rows: ExtractedRow[], onWorker: boolean): Promise<void> {
    await this.store.results.replaceForPapers(rows, EXTRACTOR_VERSION, new Date().toISOString());
    this.opts.onStored?.({ papers: rows.length, onWorker });
  }

  /** The papers keep no extraction state, so `paperboy extract` (papersToExtract) picks them up. */
  private async failed(papers: PaperText[], err: Error): Promise<void> {
    const rowids = papers.map((p) => p.rowid);
    await this.store.results.markPending(rowids);
    const shown = rowids.slice(0, 20).join(', ') + (rowids.length > 20 ? `, ... (${rowids.length - 20} more)` : '');
    this.log(`extract: extracting ${papers.length} imported papers failed (${err.message}); they stay pending for \`paperboy extract\`: paper rowids ${shown}`);
  }
}

/** The papers a batch inserted, updated or merged into, found again by the keys the upsert used. */
export async function changedPapers(store: Store, batch: PaperInput[], outcomes: UpsertOutcome[]): Promise<PaperText[]> {
  const arxivIds: string[] = [];
  const titleKeys: string[] = [];
  batch.forEach((input, i) => {
    if (outcomes[i] === 'unchanged') return;
    const n = normalizeInput(input);
    if (!n) return;
    if (n.arxivId) arxivIds.push(n.arxivId);
    else titleKeys.push(titleKey(n.title));
  });
  if (!arxivIds.length && !titleKeys.length) return [];
  return store.results.textsFor(arxivIds, titleKeys);
}

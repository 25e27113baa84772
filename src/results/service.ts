/**
 * Extraction over the store: after an import batch (only the papers it inserted or changed), and in
 * bulk for `paperboy extract` (papers never extracted, or extracted by an older rule set; or all).
 */
import { loadConfig } from '../config.ts';
import { collectEvery } from '../core/heap.ts';
import type { PaperInput } from '../core/paper.ts';
import type { Store, UpsertOutcome } from '../db/store.ts';
import { loadDictionaries, type Dictionaries } from './dictionaries/load.ts';
import { extractRows } from './extract-rows.ts';
import { changedPapers } from './import-extraction.ts';
import type { PaperText } from './repo.ts';
import { EXTRACTOR_VERSION } from './types.ts';

let configured: Dictionaries | null = null;
/** The built-in dictionaries plus the operator's file (PAPERBOY_RESULTS_DICTIONARY), read once. */
export function configuredDictionaries(): Dictionaries {
  configured ??= loadDictionaries(loadConfig().PAPERBOY_RESULTS_DICTIONARY);
  return configured;
}

/** Extracts and stores the claims of these papers (one transaction). */
export async function extractAndStore(store: Store, papers: PaperText[], dictionaries = configuredDictionaries()): Promise<number> {
  const rows = extractRows(papers, dictionaries);
  await store.results.replaceForPapers(rows, EXTRACTOR_VERSION, new Date().toISOString());
  return rows.reduce((n, r) => n + r.claims.length, 0);
}

/**
 * The harvest hook: re-extracts the papers a batch inserted, updated or merged into (unchanged papers
 * keep their claims), on this thread. File imports defer a bulk import's to a second phase (./import-extraction.ts).
 */
export async function extractImported(store: Store, batch: PaperInput[], outcomes: UpsertOutcome[]): Promise<number> {
  const papers = await changedPapers(store, batch, outcomes);
  return papers.length ? extractAndStore(store, papers) : 0;
}

/** Whether imports extract as they go (PAPERBOY_EXTRACT_ON_IMPORT). */
export function extractOnImport(): boolean {
  return loadConfig().PAPERBOY_EXTRACT_ON_IMPORT === 'true';
}

export interface ExtractRun { papers: number; claims: number }

/** `paperboy extract [--all]`: walks the papers in rowid order, a batch per transaction. */
export async function extractPending(store: Store, opts: { all?: boolean; batchSize?: number; onBatch?: (r: ExtractRun) => void } = {}): Promise<ExtractRun> {
  const run: ExtractRun = { papers: 0, claims: 0 };
  let after = 0;
  const batchSize = opts.batchSize ?? 1000;
  // Like an import, what each batch leaves is collected every so many papers (src/core/heap.ts).
  const collect = collectEvery(batchSize);
  for (;;) {
    const papers = await store.results.papersToExtract(after, batchSize, EXTRACTOR_VERSION, opts.all ?? false);
    if (!papers.length) return run;
    run.claims += await extractAndStore(store, papers);
    run.papers += papers.length;
    after = papers[papers.length - 1]!.rowid;
    opts.onBatch?.(run);
    collect();
  }
}

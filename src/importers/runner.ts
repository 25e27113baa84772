import type { PaperInput } from '../core/paper.ts';
import { normalizeInput } from '../core/merge.ts';
import { collectEvery } from '../core/heap.ts';
import { PaperboyError } from '../errors.ts';
import type { ImportCounts, Store } from '../db/store.ts';
import { openInput } from './open-input.ts';
import { detectFormat } from './detect.ts';
import { getImporter } from './registry.ts';
import { configuredDictionaries, extractOnImport } from '../results/service.ts';
import { ImportExtraction, type ImportExtractionOptions } from '../results/import-extraction.ts';
import type { ImportFormat } from './types.ts';

export interface Rejection { file: string; line: number; reason: string }

export interface ImportOptions {
  format?: ImportFormat | 'auto';
  listingDate: string;
  batchSize?: number;
  /** Extract result claims of inserted and changed papers (default: PAPERBOY_EXTRACT_ON_IMPORT). */
  extractResults?: boolean;
  /** Tuning of extraction at import (when it is deferred to a second phase); its log defaults to stderr. */
  extraction?: ImportExtractionOptions;
  /** Called after each committed batch with the running counts and how far into the file it is. */
  onProgress?: (counts: ImportCounts, bytes: { read: number; total: number }) => void;
}

export interface ImportResult {
  file: string;
  format: ImportFormat;
  importId: number;
  counts: ImportCounts;
  rejections: Rejection[];
}

const MAX_KEPT_REJECTIONS = 1000;

/**
 * Imports one file: detect, parse, and upsert in batches. Each batch is one transaction, so a killed
 * import keeps what it committed and a rerun completes it (upserts are idempotent).
 */
export async function importFile(store: Store, file: string, opts: ImportOptions): Promise<ImportResult> {
  const { stream, head, size, bytesRead } = await openInput(file);
  const format = !opts.format || opts.format === 'auto' ? detectFormat(head, file) : opts.format;
  const importer = getImporter(format);
  const importId = await store.startImport(format, file);
  const counts: ImportCounts = { read: 0, inserted: 0, updated: 0, merged: 0, unchanged: 0, rejected: 0 };
  const rejections: Rejection[] = [];
  const batchSize = opts.batchSize ?? 2000;
  // Result claims of what changed (src/results/): derived data, rebuilt by `paperboy extract` if lost.
  // A bulk import extracts in a second phase after its last batch (src/results/import-extraction.ts).
  const extraction = opts.extractResults ?? extractOnImport()
    ? new ImportExtraction(store, configuredDictionaries(), opts.extraction) : null;
  let batch: PaperInput[] = [];
  // Each batch leaves garbage V8 would rather grow the heap for (src/core/heap.ts).
  const collect = collectEvery(batchSize);

  const reject = (line: number, reason: string) => {
    counts.rejected++;
    if (rejections.length < MAX_KEPT_REJECTIONS) rejections.push({ file, line, reason });
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await store.upsertPapers(batch, importId, format);
    for (const o of outcomes) counts[o]++;
    if (extraction) await extraction.submit(batch, outcomes);
    batch = [];
    collect();
    opts.onProgress?.(counts, { read: bytesRead(), total: size });
  };

  try {
    for await (const item of importer.read(stream, { file, listingDate: opts.listingDate })) {
      counts.read++;
      if (item.error !== undefined || !item.record) {
        reject(item.line, item.error ?? 'no record');
        continue;
      }
      if (!normalizeInput(item.record)) {
        reject(item.line, 'field "title": expected a non-empty string');
        continue;
      }
      batch.push(item.record);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (err) {
    await flush().catch(() => undefined);
    // What the import committed is extracted all the same; if this fails too, it stays pending.
    await extraction?.finish().catch(() => undefined);
    await store.finishImport(importId, counts);
    if (err instanceof PaperboyError) throw err;
    throw new PaperboyError('import_file_unreadable', `${file}: ${(err as Error).message}`);
  }
  // Here the input is read to its end and the last batch is gone: the phase needs only the rowids.
  await extraction?.finish();
  await store.finishImport(importId, counts);
  return { file, format, importId, counts, rejections };
}

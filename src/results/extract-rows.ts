import type { Dictionaries } from './dictionaries/load.ts';
import { extractPaper } from './extract/index.ts';
import type { PaperText } from './repo.ts';
import type { Extraction } from './types.ts';

/** One paper's extraction, keyed by the paper's rowid: what `replaceForPapers` stores. */
export interface ExtractedRow extends Extraction { paperRowid: number }

/**
 * Extraction of a batch of papers. The one function both the main thread and the import's worker
 * thread run, so a batch gives the same rows wherever it is extracted.
 */
export function extractRows(papers: PaperText[], dictionaries: Dictionaries): ExtractedRow[] {
  return papers.map((p) => ({ paperRowid: p.rowid, ...extractPaper(p.title, p.abstract, dictionaries) }));
}

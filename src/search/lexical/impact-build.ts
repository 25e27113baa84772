import Database from 'better-sqlite3';
import type { Db } from '../../db/sqlite/open.ts';
import { BLOCK_SIZE } from './block-codec.ts';
import { readAllDocLengths, readTotals } from './fts5-stats.ts';
import { createIndexWriter } from './index-writer.ts';
import { PrefixUnionCounter } from './prefix-counts.ts';
import { writePrefixRanges } from './prefix-unions.ts';
import { DENSE_MIN_SHARE } from './dense-chunk.ts';
import { ensurePersistentSchema, INDEX_FORMAT, MAX_EXPANSIONS, MERGE_MIN_POSTINGS, SWAPPED_TABLES, type BuildTuning } from './schema.ts';
import { MIN_TIER } from './tiers.ts';
import { scanTermPostings } from './vocab-scan.ts';

export interface BuildProgress {
  phase: 'lengths' | 'postings' | 'prefixes' | 'swap';
  /** Token occurrences read so far, of `total` (FTS5's token count) during 'postings'. */
  done: number;
  total: number;
}

export interface BuildSummary {
  terms: number;
  postings: number;
  blockRows: number;
  prefixRanges: number;
  /** Prefix ranges stored as one merged posting list, and their postings. */
  mergedRanges: number;
  mergedPostings: number;
  rows: number;
  coveredRowid: number;
  generation: number;
  seconds: number;
}

/** Lets the event loop run (a server keeps answering) every so many milliseconds of build work. */
const YIELD_MS = 50;

/**
 * Builds the accelerator index from a read snapshot of papers_fts and swaps it in atomically.
 *
 * A second, read-only connection holds one read transaction for the whole scan, so every number
 * (terms, frequencies, lengths, totals, the covered rowid and the change counter) comes from one
 * consistent state while imports go on writing. The change triggers exist before that snapshot
 * starts, so any text change after it is in lex_changed with a higher sequence number.
 * The new tables are written beside the live ones and renamed in one transaction: readers see
 * the old index or the new one, never a mix.
 */
export const DEFAULT_TUNING: BuildTuning = { minTier: MIN_TIER, denseShare: DENSE_MIN_SHARE, mergeMinPostings: MERGE_MIN_POSTINGS };

export async function buildImpactIndex(db: Db, onProgress?: (p: BuildProgress) => void,
  tuning: BuildTuning = DEFAULT_TUNING): Promise<BuildSummary> {
  if (db.memory || !db.name) throw new Error('the lexical accelerator needs a database file');
  const started = performance.now();
  ensurePersistentSchema(db);
  const reader = new Database(db.name, { readonly: true, fileMustExist: true });
  try {
    reader.pragma('busy_timeout = 10000');
    reader.exec('BEGIN');
    const seq = reader.prepare('SELECT seq FROM lex_state WHERE id = 1').pluck().get() as number;
    const coveredRowid = (reader.prepare('SELECT coalesce(max(rowid), 0) FROM papers').pluck().get() as number);
    const ftsMax = (reader.prepare('SELECT coalesce(max(id), 0) FROM papers_fts_docsize').pluck().get() as number);
    const maxRowid = Math.max(coveredRowid, ftsMax);
    if (maxRowid >= 2 ** 32) throw new Error('rowids past 2^32 are not supported by the lexical accelerator');
    const totals = readTotals(reader);
    const avgdl = totals.rows ? totals.tokens / totals.rows : 1;

    onProgress?.({ phase: 'lengths', done: 0, total: totals.tokens });
    const docLengths = readAllDocLengths(reader, maxRowid);
    const writer = createIndexWriter(db, docLengths, avgdl, tuning);
    const prefixes = new PrefixUnionCounter(maxRowid, MAX_EXPANSIONS);
    const terms: string[] = [];
    const df: number[] = [];
    let done = 0;
    let lastYield = performance.now();
    for (const t of scanTermPostings(reader, maxRowid)) {
      const id = terms.length;
      terms.push(t.term);
      df.push(t.count);
      writer.addTerm(id, t.term, t.rowids, t.freqs, t.count);
      prefixes.add(id, t.rowids, t.count);
      done += t.instances;
      if (performance.now() - lastYield > YIELD_MS) {
        onProgress?.({ phase: 'postings', done, total: totals.tokens });
        await new Promise((r) => setImmediate(r));
        lastYield = performance.now();
      }
    }
    onProgress?.({ phase: 'prefixes', done, total: totals.tokens });
    const ranges = prefixes.ranges(terms);
    writer.commit();
    const { merged, mergedPostings } = await writePrefixRanges(writer, terms, df, ranges, maxRowid, tuning);
    writer.addDocLengths();
    writer.commit();

    onProgress?.({ phase: 'swap', done, total: totals.tokens });
    const generation = swapIn(db, reader, { seq, coveredRowid, rows: totals.rows, tokens: totals.tokens });
    const { postings, blockRows } = writer.stats();
    return {
      terms: terms.length, postings, blockRows, prefixRanges: ranges.length, mergedRanges: merged, mergedPostings, rows: totals.rows, coveredRowid,
      generation, seconds: (performance.now() - started) / 1000,
    };
  } finally {
    if (reader.inTransaction) reader.exec('COMMIT');
    reader.close();
  }
}

interface Snapshot { seq: number; coveredRowid: number; rows: number; tokens: number }

/**
 * Renames the `_next` tables over the live ones and records what they cover, in one transaction.
 * Changes the snapshot already contains leave lex_changed; a paper changed again after the
 * snapshot keeps its row, with its text reset to the snapshot's (the text the new index holds).
 */
function swapIn(db: Db, reader: Db, s: Snapshot): number {
  const snapshotText = reader.prepare('SELECT title, authors_text, abstract FROM papers WHERE rowid = ?');
  const swap = db.transaction(() => {
    // Monotonic across format changes too: a connection reloads whenever the number moves.
    const generation = ((db.prepare('SELECT max(generation) FROM lex_meta').pluck().get() as number | null) ?? 0) + 1;
    for (const t of SWAPPED_TABLES) {
      db.exec(`DROP TABLE IF EXISTS ${t}_old`);
      const live = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(t);
      if (live) db.exec(`ALTER TABLE ${t} RENAME TO ${t}_old`);
      db.exec(`ALTER TABLE ${t}_next RENAME TO ${t}`);
    }
    db.prepare(`INSERT OR REPLACE INTO lex_meta (id, format, generation, built_at, covered_rowid, rows, tokens,
      change_seq, block_size) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(INDEX_FORMAT, generation, new Date().toISOString(), s.coveredRowid, s.rows, s.tokens, s.seq, BLOCK_SIZE);
    db.prepare('DELETE FROM lex_changed WHERE seq <= ?').run(s.seq);
    const later = db.prepare('SELECT paper_rowid FROM lex_changed').pluck().all() as number[];
    const reset = db.prepare('UPDATE lex_changed SET existed = ?, title = ?, authors_text = ?, abstract = ? WHERE paper_rowid = ?');
    for (const rowid of later) {
      const r = snapshotText.get(rowid) as { title: string; authors_text: string; abstract: string } | undefined;
      reset.run(r ? 1 : 0, r?.title ?? null, r?.authors_text ?? null, r?.abstract ?? null, rowid);
    }
    return generation;
  });
  const generation = swap.immediate();
  // Freeing the old pages takes a while on a large index; readers of the old one keep their snapshot.
  for (const t of SWAPPED_TABLES) db.exec(`DROP TABLE IF EXISTS ${t}_old`);
  return generation;
}

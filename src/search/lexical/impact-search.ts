import type Database from 'better-sqlite3';
import type { Db } from '../../db/sqlite/open.ts';
import type { RankedId } from '../types.ts';
import { driftFactor, idf, lengthNorm, saturate } from './bm25.ts';
import type { TopKStats } from './conjunctive-topk.ts';
import { createDeltaTracker, type DeltaView } from './delta.ts';
import { totalsReader, type FtsTotals } from './fts5-stats.ts';
import { openIndexReader, type IndexReader, type TermEntry } from './index-reader.ts';
import { MAX_EXPANSIONS } from './schema.ts';
import { scoreSmallIntersection } from './bitmap-intersect.ts';
import { tieredTopK } from './tiered-topk.ts';
import { TopKHeap } from './top-k-heap.ts';

/**
 * Relevance-ranked AND queries over the accelerator index, equal to FTS5's
 * `WHERE papers_fts MATCH '"t1" AND "t2" AND "t3"*' ORDER BY bm25(papers_fts, 10, 4, 1) LIMIT k`
 * (scores positive, higher better). Stored postings answer for the papers the build covered;
 * the delta tables answer for papers added or changed since, and correct every phrase's row count,
 * so scores use today's N, average length and row counts, like FTS5's.
 */
export interface TopKOptions {
  /** The last term is a prefix (search as you type), as toFtsMatch makes it. */
  prefixLast?: boolean;
  /** Give up (null) when more papers than this were added or changed since the build. */
  deltaLimit?: number;
  /** Filled with work counters, for benchmarks. */
  stats?: TopKStats;
  /** Intersections up to this size are scored row by row (default SMALL_INTERSECTION; 0 forces the pruned search). */
  smallIntersection?: number;
  /** Filled with how many papers match every phrase (so callers need no second counting query). */
  count?: MatchCount;
}

/** Papers matching a query: exact, or at least `rows` when `atLeast` (an intersection too large to count). */
export interface MatchCount { rows: number; atLeast: boolean }

/**
 * An AND of several phrases whose intersection holds at most this many stored rows is scored row
 * by row (bitmap-intersect.ts); a larger one goes to the pruned search.
 */
export const SMALL_INTERSECTION = 20_000;

/** Papers added or changed since the build beyond which the caller should rebuild (and fall back). */
export const DEFAULT_DELTA_LIMIT = 20_000;

interface Engine {
  db: Db;
  index: IndexReader | null;
  delta: ReturnType<typeof createDeltaTracker>;
  hasMeta: Database.Statement;
  totals: () => FtsTotals;
  generation: Database.Statement | null;
  /** topK's body in one read transaction, wrapped once (wrapping costs as much as a small query). */
  inTransaction: (terms: readonly string[], k: number, opts: TopKOptions) => RankedId[] | null;
}

const engines = new WeakMap<Db, Engine>();

function engineFor(db: Db): Engine {
  let e = engines.get(db);
  if (!e) {
    const engine: Engine = {
      db, index: null, delta: createDeltaTracker(db), generation: null, totals: totalsReader(db),
      hasMeta: db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'lex_meta'"),
      inTransaction: db.transaction((terms: readonly string[], k: number, opts: TopKOptions) => run(engine, terms, k, opts)),
    };
    engines.set(db, (e = engine));
  }
  return e;
}

/** The live index for this connection, reopened when a rebuild swapped in a new generation. */
function liveIndex(e: Engine): IndexReader | null {
  if (!e.hasMeta.get()) return (e.index = null);
  e.generation ??= e.db.prepare('SELECT generation FROM lex_meta WHERE id = 1').pluck();
  const generation = e.generation.get() as number | undefined;
  if (generation === undefined) return (e.index = null);
  if (!e.index || e.index.meta.generation !== generation) e.index = openIndexReader(e.db);
  return e.index;
}

/**
 * Top k rows for FTS5 terms (already tokenized and stemmed by FTS5's tokenizer). Returns null when
 * the accelerator cannot answer exactly: no index, too many prefix expansions, or too many
 * papers changed since the build; the caller then asks FTS5.
 */
export function topK(db: Db, terms: readonly string[], k: number, opts: TopKOptions = {}): RankedId[] | null {
  if (terms.length === 0 || k <= 0) return terms.length === 0 ? null : [];
  // One read transaction: the index, its meta and the delta are seen at one instant.
  return engineFor(db).inTransaction(terms, k, opts);
}

interface Phrase {
  entries: TermEntry[];
  /** Stored row count at the build (for a prefix: the union), before delta corrections. */
  storedRows: number;
  /** Rows holding the phrase today (stored, corrected by the delta). */
  rows: number;
  deltaFreqs: Map<number, number>;
  idf: number;
}

function run(e: Engine, terms: readonly string[], k: number, opts: TopKOptions): RankedId[] | null {
  const index = liveIndex(e);
  if (!index) return null;
  if (opts.count) Object.assign(opts.count, { rows: 0, atLeast: false });
  const delta = e.delta.sync(index.meta, opts.deltaLimit ?? DEFAULT_DELTA_LIMIT);
  if (!delta) return null;
  const totals = e.totals();
  const avgdl = totals.tokens / totals.rows;
  const phrases: Phrase[] = [];
  for (let i = 0; i < terms.length; i++) {
    const prefix = opts.prefixLast === true && i === terms.length - 1;
    const p = resolvePhrase(index, delta, terms[i], prefix);
    if (!p) return null;
    if (p.rows === 0) return [];
    phrases.push({ ...p, idf: idf(totals.rows, p.rows) });
  }

  const heap = new TopKHeap(k);
  const stats: TopKStats = { blocksRead: 0, scored: 0, tierRuns: 0 };
  // A single phrase's row count is already today's; an AND's comes from the intersection.
  let count: MatchCount = phrases.length === 1 ? { rows: phrases[0].rows, atLeast: false } : { rows: 0, atLeast: false };
  if (phrases.every((p) => p.entries.length > 0)) {
    const skip = delta.changed.size ? delta.changed : null;
    const first = phrases.length > 1
      ? scoreSmallIntersection(index, phrases, heap, opts.smallIntersection ?? SMALL_INTERSECTION, { docLengths: index.docLengths, avgdl, skip })
      : { done: false, rows: 0, filter: null };
    if (phrases.length > 1) count = first.done ? { rows: first.rows, atLeast: false } : { rows: Math.max(0, first.rows - delta.changed.size), atLeast: true };
    if (!first.done) {
      const drift = driftFactor(index.meta.tokens / index.meta.rows, avgdl);
      tieredTopK(index, phrases, heap, { docLengths: index.docLengths, avgdl, drift, skip, filter: first.filter }, stats);
    }
  }
  if (opts.stats) Object.assign(opts.stats, stats);
  const fromDelta = delta.size > 0 ? scoreDelta(phrases, delta, avgdl, heap) : 0;
  if (opts.count) Object.assign(opts.count, phrases.length === 1 ? count : { rows: count.rows + fromDelta, atLeast: count.atLeast });
  return heap.sorted();
}

/** A phrase's stored postings and today's row count (stored - build-time text of changed rows + delta). */
function resolvePhrase(index: IndexReader, delta: DeltaView, term: string, prefix: boolean) {
  let entries: TermEntry[];
  let storedRows: number;
  if (prefix) {
    entries = index.expansions(term, MAX_EXPANSIONS);
    if (entries.length > MAX_EXPANSIONS) return null;
    if (entries.length > 1) {
      const range = index.prefix(entries[0].id, entries[entries.length - 1].id);
      if (range === null) return null;
      storedRows = range.rows;
      // A merged range is one list with exact block maxima; otherwise each expansion is a cursor.
      if (range.merged) entries = [range.merged];
    } else {
      storedRows = entries[0]?.df ?? 0;
    }
  } else {
    const entry = index.term(term);
    entries = entry ? [entry] : [];
    storedRows = entry?.df ?? 0;
  }
  const m = delta.size > 0 || delta.changed.size > 0 ? delta.matches(term, prefix) : null;
  const rows = storedRows - (m?.oldRows ?? 0) + (m?.freqs.size ?? 0);
  return { entries, storedRows, deltaFreqs: m?.freqs ?? new Map<number, number>(), rows };
}

/** Scores the delta rows that match every phrase and offers them to the heap; returns how many matched. */
function scoreDelta(phrases: Phrase[], delta: DeltaView, avgdl: number, heap: TopKHeap): number {
  const [first, ...rest] = [...phrases].sort((a, b) => a.deltaFreqs.size - b.deltaFreqs.size);
  let matched = 0;
  for (const rowid of first.deltaFreqs.keys()) {
    if (!rest.every((p) => p.deltaFreqs.has(rowid))) continue;
    matched++;
    const norm = lengthNorm(delta.docLength(rowid), avgdl);
    let s = 0;
    for (const p of phrases) s += p.idf * saturate(p.deltaFreqs.get(rowid)!, norm);
    heap.push(rowid, s);
  }
  return matched;
}

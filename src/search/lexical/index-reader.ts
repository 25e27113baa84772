import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/sqlite/open.ts';
import { BLOCK_SIZE, decodeBlock, decodeTiers, type TierSkip } from './block-codec.ts';
import { decodeDenseChunk, type DenseChunk } from './dense-chunk.ts';
import { blockKey, DOCLEN_CHUNK, readMeta, type IndexMeta } from './schema.ts';

/** One term (or merged prefix range) of the live index, with what cursors need to walk its tiers. */
export interface TermEntry {
  id: number;
  term: string;
  df: number;
  /** Tiers from the highest frequency parts down; each a rowid-sorted list. */
  tiers: TierSkip[];
  /** The only block of a single-block term; other terms' blocks are read on demand. */
  inline: Buffer | null;
}

/**
 * Read access to one generation of the accelerator index. Terms' skip data are cached (they are
 * read whole by every query of the term); posting blocks are left to SQLite's page cache.
 */
export interface IndexReader {
  meta: IndexMeta;
  /** FTS5 token count of every row the build saw, by rowid. */
  docLengths: Uint32Array;
  term(term: string): TermEntry | null;
  /** Terms starting with `prefix`, in id order; at most `limit` + 1 so callers can see overflow. */
  expansions(prefix: string, limit: number): TermEntry[];
  /**
   * A stored prefix range [lo, hi] (term ids): rows matching any of its terms at build time, and
   * its merged postings when the build merged them. Null for a range the build did not store.
   */
  prefix(lo: number, hi: number): { rows: number; merged: TermEntry | null } | null;
  /** A decoded block of a tier of `entry`. Shared and cached: callers must not modify it. */
  block(entry: TermEntry, tier: number, block: number): DecodedBlock;
  /** A dense tier's decoded bitmap chunk, or null where the tier has no rows. Cached likewise. */
  chunk(entry: TermEntry, tier: number, chunk: number): DenseChunk | null;
}

export interface DecodedBlock { rowids: Uint32Array; freqs: Uint32Array; count: number }

const SKIP_CACHE_BYTES = 32 << 20;
/**
 * Decoded blocks and chunks kept across queries, least recently used out first: a query's tier
 * combinations revisit the same blocks, and common terms' tiers are shared by many queries. The
 * benchmark's 40 word queries at 1M papers touch about 5,000 blocks (5 MB) and 1,500 chunks
 * (27 MB). Caches of 4,096 blocks and 1,024 chunks that were emptied whole when full thrashed on
 * that rotation (p95 of the word index alone 14-17 ms against 6-7 ms with room: bench/ANALYSIS.md).
 */
const BLOCK_CACHE_BYTES = 16 << 20;
const CHUNK_CACHE_BYTES = 64 << 20;
/** A decoded block's two arrays of BLOCK_SIZE u32, plus the object around them. */
export const BLOCK_BYTES = BLOCK_SIZE * 8 + 96;
/** Cached for a chunk number where the tier has no rows (the caches hold no null). */
const NO_CHUNK = Symbol('no chunk');
/** Cached for a term the index does not have. */
const NO_TERM = Symbol('no term');

/** Byte budgets of the decoded-block and chunk caches (tests shrink them to force eviction). */
export interface CacheBudgets { blocks: number; chunks: number }

/** Opens the live generation, or returns null when no index has been built. */
export function openIndexReader(db: Db, budgets: CacheBudgets = { blocks: BLOCK_CACHE_BYTES, chunks: CHUNK_CACHE_BYTES }): IndexReader | null {
  const meta = readMeta(db);
  if (!meta) return null;
  const byTerm = db.prepare('SELECT id, term, df, skip, inline FROM lex_terms WHERE term = ?').raw();
  // Terms sort by their UTF-8 bytes; U+10FFFF encodes as the largest 4-byte sequence, so
  // prefix || U+10FFFF bounds every term that starts with the prefix.
  const byPrefix = db.prepare(`SELECT id, term, df, skip, inline FROM lex_terms
    WHERE term >= @prefix AND term < @prefix || char(1114111) ORDER BY term LIMIT @limit`).raw();
  const union = db.prepare('SELECT id, n, tiers, skip, inline FROM lex_prefix WHERE lo = ? AND hi = ?').raw();
  const blockStmt = db.prepare('SELECT data FROM lex_blocks WHERE id = ?').pluck();

  const docLengths = new Uint32Array(meta.coveredRowid + 1);
  for (const [chunk, data] of db.prepare('SELECT chunk, data FROM lex_doclen').raw().all() as Array<[number, Buffer]>) {
    const values = new Uint32Array(new Uint8Array(data).buffer);
    const at = chunk * DOCLEN_CHUNK;
    docLengths.set(values.subarray(0, Math.max(0, Math.min(values.length, docLengths.length - at))), at);
  }

  // A term's skip data (and a prefix's merged tiers), least recently used out first like the block
  // and chunk caches below; a term the index lacks is remembered too.
  const cache = new LRUCache<string, TermEntry | typeof NO_TERM>({
    maxSize: SKIP_CACHE_BYTES,
    sizeCalculation: (e) => 64 + (e === NO_TERM ? 0 : e.tiers.reduce((n, t) => n + t.lastRowid.length * 8 + 12, 0) + (e.inline?.length ?? 0)),
  });
  const blocks = new LRUCache<number, DecodedBlock>({ maxSize: budgets.blocks, sizeCalculation: () => BLOCK_BYTES });
  // A chunk's bitmap and frequencies, plus the rank table it builds on first use.
  const chunks = new LRUCache<number, DenseChunk | typeof NO_CHUNK>({
    maxSize: budgets.chunks,
    sizeCalculation: (c) => (c === NO_CHUNK ? 16 : c.words.byteLength * 2 + c.freqs.byteLength + 128),
  });
  const toEntry = (r: [number, string, number, Buffer, Buffer | null]): TermEntry =>
    ({ id: r[0], term: r[1], df: r[2], tiers: decodeTiers(r[3]), inline: r[4] });
  const remember = (key: string, e: TermEntry | null): TermEntry | null => {
    cache.set(key, e ?? NO_TERM);
    return e;
  };
  const cached = (key: string): TermEntry | null | undefined => {
    const hit = cache.get(key);
    return hit === NO_TERM ? null : hit;
  };

  return {
    meta,
    docLengths,
    term(term) {
      const hit = cached(term);
      if (hit !== undefined) return hit;
      const r = byTerm.get(term) as [number, string, number, Buffer, Buffer | null] | undefined;
      return remember(term, r ? toEntry(r) : null);
    },
    expansions(prefix, limit) {
      const rows = byPrefix.all({ prefix, limit: limit + 1 }) as Array<[number, string, number, Buffer, Buffer | null]>;
      return rows.map((r) => (cached(r[1]) ?? remember(r[1], toEntry(r)))!);
    },
    prefix(lo, hi) {
      const key = `\u0000${lo}:${hi}`;
      const hit = cached(key);
      if (hit) return { rows: hit.df, merged: hit.tiers.length ? hit : null };
      const r = union.get(lo, hi) as [number, number, number, Buffer | null, Buffer | null] | undefined;
      if (!r) return null;
      const entry: TermEntry = { id: r[0], term: key, df: r[1], tiers: r[3] ? decodeTiers(r[3]) : [], inline: r[4] };
      remember(key, entry);
      return { rows: r[1], merged: r[2] > 0 ? entry : null };
    },
    chunk(entry, tier, no) {
      const key = blockKey(entry.id, tier, no);
      let c = chunks.get(key);
      if (c === undefined) {
        const data = blockStmt.get(key) as Buffer | undefined;
        c = data ? decodeDenseChunk(data, no) : NO_CHUNK;
        chunks.set(key, c);
      }
      return c === NO_CHUNK ? null : c;
    },
    block(entry, tier, b) {
      const key = blockKey(entry.id, tier, b);
      let d = blocks.get(key);
      if (!d) {
        const data = entry.inline ?? (blockStmt.get(key) as Buffer | undefined);
        if (!data) throw new Error(`lexical index block ${entry.id}/${tier}/${b} is missing`);
        const rowids = new Uint32Array(BLOCK_SIZE);
        const freqs = new Uint32Array(BLOCK_SIZE);
        const lastRowid = entry.tiers[tier].lastRowid;
        d = { rowids, freqs, count: decodeBlock(data, b === 0 ? 0 : lastRowid[b - 1], rowids, freqs) };
        blocks.set(key, d);
      }
      return d;
    },
  };
}

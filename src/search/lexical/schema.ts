import type { Db } from '../../db/sqlite/open.ts';

/**
 * Tables of the lexical accelerator. All are derived data: dropping them loses nothing but speed.
 *
 * Swapped as a set by each build (built as `<name>_next`, renamed in one transaction):
 *   lex_terms   one row per FTS5 term, in FTS5's term order (id order = byte order of the term)
 *   lex_blocks  posting blocks of lists with more than one block (key: blockKey below)
 *   lex_prefix  per prefix range [lo, hi] of 2..MAX_EXPANSIONS terms: the rows matching any of its
 *               terms, and for ranges of several common terms their merged postings (id past the
 *               last term id), so a typed prefix scores like a single term
 *   lex_doclen  FTS5's token count per row, 65,536 rows per chunk (u32 each)
 * Kept across builds:
 *   lex_meta    one row: what the live index covers and the statistics it was built with
 *   lex_state   one row: a counter the triggers bump on every change of an indexed text
 *   lex_changed papers whose indexed text changed (or that were deleted) since the build, with
 *               their text as the build saw it, so the search can correct counts and rescore them
 */
export const SWAPPED_TABLES = ['lex_terms', 'lex_blocks', 'lex_prefix', 'lex_doclen'] as const;

/** Format of the stored index; a build with another format is treated as absent. */
export const INDEX_FORMAT = 4;
/** Prefix ranges with more terms than this are left to FTS5 (and get no stored union count). */
export const MAX_EXPANSIONS = 64;
/** Thresholds of the build's storage choices; tests lower them to reach every path on a small corpus. */
export interface BuildTuning {
  /** Smallest tier (tiers.ts). */
  minTier: number;
  /** Share of the rowid space from which a tier is stored as bitmaps (dense-chunk.ts). */
  denseShare: number;
  /** Prefix ranges whose terms hold at least this many postings together are merged (below). */
  mergeMinPostings: number;
}

/**
 * A prefix range is merged into one posting list when its terms hold this many postings together
 * (walking them term by term would cost more than reading the merge) and its shortest prefix has
 * this many characters: one and two letter prefixes are left to the slower per-term walk.
 * Measured at 1M papers: merging costs 0.8 postings per term posting, and answers "test"* (one
 * common term and a dozen rare ones) in a block-max search instead of a walk of 160,000 rows.
 */
export const MERGE_MIN_POSTINGS = 2048;
export const MERGE_MIN_PREFIX = 3;
/**
 * lex_blocks key of block b of tier t of list id: ((id * 4) + t) * 2^21 + b. Room for 2^30 lists,
 * 4 tiers and 2^21 blocks (268 million postings) per tier, within 2^53.
 */
export function blockKey(id: number, tier: number, block: number): number {
  return (id * 4 + tier) * 2 ** 21 + block;
}
/** Rows per lex_doclen chunk. */
export const DOCLEN_CHUNK = 65_536;

/** DDL of the swapped tables under a name suffix ('' for live, '_next' while building). */
export function swappedTablesSql(suffix: string): string {
  return `
CREATE TABLE IF NOT EXISTS lex_terms${suffix} (
  id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, df INTEGER NOT NULL,
  tiers INTEGER NOT NULL, skip BLOB NOT NULL, inline BLOB);
CREATE TABLE IF NOT EXISTS lex_blocks${suffix} (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS lex_prefix${suffix} (
  id INTEGER PRIMARY KEY, lo INTEGER NOT NULL, hi INTEGER NOT NULL, n INTEGER NOT NULL,
  tiers INTEGER NOT NULL DEFAULT 0, skip BLOB, inline BLOB, UNIQUE (lo, hi));
CREATE TABLE IF NOT EXISTS lex_doclen${suffix} (chunk INTEGER PRIMARY KEY, data BLOB NOT NULL);`;
}

/**
 * The persistent tables and the change triggers. The triggers write plain tables only (never the
 * FTS5 table), so they add no FTS5 savepoint flushes to imports; the WHEN clause keeps updates
 * that leave the indexed text alone (upvotes, comments) free of any write.
 */
const PERSISTENT_SQL = `
CREATE TABLE IF NOT EXISTS lex_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1), format INTEGER NOT NULL, generation INTEGER NOT NULL,
  built_at TEXT NOT NULL, covered_rowid INTEGER NOT NULL, rows INTEGER NOT NULL,
  tokens INTEGER NOT NULL, change_seq INTEGER NOT NULL, block_size INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS lex_state (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL);
INSERT OR IGNORE INTO lex_state (id, seq) VALUES (1, 0);
CREATE TABLE IF NOT EXISTS lex_changed (
  paper_rowid INTEGER PRIMARY KEY, seq INTEGER NOT NULL,
  existed INTEGER NOT NULL DEFAULT 1, title TEXT, authors_text TEXT, abstract TEXT);
CREATE TRIGGER IF NOT EXISTS lex_papers_text_update AFTER UPDATE OF title, authors_text, abstract ON papers
WHEN old.title IS NOT new.title OR old.authors_text IS NOT new.authors_text OR old.abstract IS NOT new.abstract
BEGIN
  UPDATE lex_state SET seq = seq + 1 WHERE id = 1;
  INSERT INTO lex_changed (paper_rowid, seq, title, authors_text, abstract)
    VALUES (old.rowid, (SELECT seq FROM lex_state WHERE id = 1), old.title, old.authors_text, old.abstract)
    ON CONFLICT (paper_rowid) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER IF NOT EXISTS lex_papers_delete AFTER DELETE ON papers
BEGIN
  UPDATE lex_state SET seq = seq + 1 WHERE id = 1;
  INSERT INTO lex_changed (paper_rowid, seq, title, authors_text, abstract)
    VALUES (old.rowid, (SELECT seq FROM lex_state WHERE id = 1), old.title, old.authors_text, old.abstract)
    ON CONFLICT (paper_rowid) DO UPDATE SET seq = excluded.seq;
END;`;

/** Creates the persistent tables and triggers (idempotent). */
export function ensurePersistentSchema(db: Db): void {
  db.exec(`BEGIN IMMEDIATE; ${PERSISTENT_SQL} COMMIT;`);
}

/** What the live index covers, as stored by the last successful build. */
export interface IndexMeta {
  format: number;
  generation: number;
  builtAt: string;
  /** Every paper with rowid <= coveredRowid was indexed, as its text stood at the build. */
  coveredRowid: number;
  /** FTS5's row count and total token count at the build. */
  rows: number;
  tokens: number;
  /** lex_state.seq at the build's snapshot. */
  changeSeq: number;
  blockSize: number;
}

const hasTable = (db: Db, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** The live index's meta row, or null when no usable index has been built. */
export function readMeta(db: Db): IndexMeta | null {
  if (!hasTable(db, 'lex_meta') || !hasTable(db, 'lex_terms')) return null;
  const r = db.prepare(`SELECT format, generation, built_at AS builtAt, covered_rowid AS coveredRowid, rows, tokens,
    change_seq AS changeSeq, block_size AS blockSize FROM lex_meta WHERE id = 1`).get() as IndexMeta | undefined;
  return r && r.format === INDEX_FORMAT ? r : null;
}

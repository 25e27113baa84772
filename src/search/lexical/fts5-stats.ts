import type { Db } from '../../db/sqlite/open.ts';

/**
 * FTS5's own statistics, read from its shadow tables: the numbers bm25() itself uses, so ours match.
 * Formats (ext/fts5/fts5_index.c and fts5_storage.c, stable across SQLite releases):
 *   papers_fts_data, id = 1   the "averages" record: varint row count, then one varint total token
 *                             count per column
 *   papers_fts_docsize.sz     one varint token count per column of that row
 * Varints are SQLite's: big-endian groups of 7 bits, high bit set on all but the last byte.
 */
export interface FtsTotals {
  /** Rows in the FTS5 table (N in the idf). */
  rows: number;
  /** Tokens in all columns of all rows; avgdl = tokens / rows. */
  tokens: number;
}

/** Sums the varints of an FTS5 record (only the first 9-byte form is special, and never occurs here). */
export function sumVarints(buf: Uint8Array, from = 0): number {
  let sum = 0;
  let v = 0;
  for (let i = from; i < buf.length; i++) {
    const byte = buf[i];
    v = v * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) { sum += v; v = 0; }
  }
  return sum;
}

/** Length in bytes of the varint at the start of `buf`, and its value. */
function firstVarint(buf: Uint8Array): [value: number, length: number] {
  let v = 0;
  let i = 0;
  for (;;) {
    const byte = buf[i++];
    v = v * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) return [v, i];
  }
}

/** Reader of the current row and token totals of papers_fts (prepared once). */
export function totalsReader(db: Db): () => FtsTotals {
  const stmt = db.prepare('SELECT block FROM papers_fts_data WHERE id = 1').pluck();
  return () => {
    const block = stmt.get() as Buffer | undefined;
    if (!block || block.length === 0) return { rows: 0, tokens: 0 };
    const [rows, len] = firstVarint(block);
    return { rows, tokens: sumVarints(block, len) };
  };
}

/** Current row and token totals of papers_fts. */
export function readTotals(db: Db): FtsTotals {
  return totalsReader(db)();
}

/**
 * Token counts of every row up to `maxRowid`, indexed by rowid (0 where there is no row).
 * Reads chunks as one hex string each: one JavaScript value per chunk instead of per row.
 */
export function readAllDocLengths(db: Db, maxRowid: number, chunk = 100_000): Uint32Array {
  const lengths = new Uint32Array(maxRowid + 1);
  const stmt = db.prepare(`SELECT group_concat(id || ':' || hex(sz)) FROM papers_fts_docsize
    WHERE id > ? AND id <= ?`).pluck();
  for (let from = 0; from < maxRowid; from += chunk) {
    const s = stmt.get(from, Math.min(maxRowid, from + chunk)) as string | null;
    if (!s) continue;
    let id = 0;
    let i = 0;
    while (i < s.length) {
      // "id:HEX,"
      id = 0;
      let c = s.charCodeAt(i);
      while (c !== 58) { id = id * 10 + (c - 48); c = s.charCodeAt(++i); }
      i++;
      let sum = 0;
      let v = 0;
      while (i < s.length && (c = s.charCodeAt(i)) !== 44) {
        const byte = hexDigit(c) * 16 + hexDigit(s.charCodeAt(i + 1));
        i += 2;
        v = v * 128 + (byte & 0x7f);
        if (!(byte & 0x80)) { sum += v; v = 0; }
      }
      i++;
      lengths[id] = sum;
    }
  }
  return lengths;
}

const hexDigit = (c: number): number => (c <= 57 ? c - 48 : c - 55);

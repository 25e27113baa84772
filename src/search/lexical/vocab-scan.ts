import type { Db } from '../../db/sqlite/open.ts';
import { COLUMN_WEIGHTS } from './bm25.ts';

/**
 * Reads FTS5's own tokens, so the accelerator's terms are FTS5's terms by construction (no second
 * tokenizer or stemmer to keep in agreement). The fts5vocab 'instance' table lists every token
 * occurrence as (term, doc, col, offset) in term order, then rowid order; it declares that order,
 * so `GROUP BY term` streams with no sort. Each term comes back as one string of doc * 4 + column
 * numbers: one JavaScript value per term instead of one per occurrence (row by row, the binding's
 * per-row cost was ten times SQLite's own).
 */
export interface TermPostings {
  term: string;
  /** Rows containing the term, ascending; valid up to `count`. */
  rowids: Uint32Array;
  /** Weighted frequency F = 10 tf_title + 4 tf_authors + tf_abstract per row; valid up to `count`. */
  freqs: Uint32Array;
  count: number;
  /** Occurrences read (for progress). */
  instances: number;
}

const COLUMNS = ['title', 'authors_text', 'abstract'];

/**
 * Yields every term of papers_fts with its postings, in FTS5 term order. The arrays are reused
 * between terms (sized for `maxRowid` rows), so memory stays bounded by the largest term.
 */
export function* scanTermPostings(reader: Db, maxRowid: number): Generator<TermPostings> {
  reader.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.lex_instances USING fts5vocab(main, papers_fts, 'instance')");
  const code = COLUMNS.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ');
  const stmt = reader.prepare(`SELECT term, group_concat(doc * 4 + (CASE col ${code} ELSE 3 END))
    FROM temp.lex_instances GROUP BY term`).raw();
  const rowids = new Uint32Array(maxRowid + 1);
  const freqs = new Uint32Array(maxRowid + 1);
  const weight = [...COLUMN_WEIGHTS, 0];
  for (const [term, list] of stmt.iterate() as Iterable<[string, string]>) {
    let count = 0;
    let instances = 0;
    let prev = -1;
    let v = 0;
    for (let i = 0; i <= list.length; i++) {
      const c = i < list.length ? list.charCodeAt(i) : 44;
      if (c !== 44) { v = v * 10 + (c - 48); continue; }
      // v = doc * 4 + column: split without bit operations, rowids may pass 2^31.
      const col = v % 4;
      const doc = (v - col) / 4;
      v = 0;
      instances++;
      if (doc !== prev) { rowids[count] = doc; freqs[count] = 0; count++; prev = doc; }
      freqs[count - 1] += weight[col];
    }
    yield { term, rowids, freqs, count, instances };
  }
}

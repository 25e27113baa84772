import type { Db } from '../../db/sqlite/open.ts';
import { sumVarints } from './fts5-stats.ts';
import { ftsTokenizeOption } from './query-tokens.ts';
import type { IndexMeta } from './schema.ts';

/**
 * What changed since the build, kept per connection in two small temporary FTS5 tables with
 * papers_fts's tokenizer (so their terms are FTS5's terms):
 *   temp.lex_delta  current text of papers added after the build (rowid > covered) and of covered
 *                   papers whose indexed text changed: rows the stored postings do not describe
 *   temp.lex_old    the build-time text of those changed covered papers (and of deleted ones),
 *                   to take them back out of the stored row counts
 * A term's rows today are then: stored count - matches in lex_old + matches in lex_delta.
 * Both tables are brought up to date incrementally, from lex_changed (sequence numbers) and the
 * papers past the last rowid seen, whenever either moved.
 */
export interface TermMatches {
  /** Weighted frequency per matching delta row. */
  freqs: Map<number, number>;
  /** Rows of lex_old that contained the term (or any expansion) at build time. */
  oldRows: number;
}

export interface DeltaView {
  /** Rows in lex_delta (new plus changed): 0 means the stored index is exactly current. */
  size: number;
  /** Covered rowids whose stored postings are out of date (changed or deleted). */
  changed: Set<number>;
  /** Delta matches of one term, or of a prefix (every term starting with it) when `prefix`. */
  matches(term: string, prefix: boolean): TermMatches;
  /** FTS5 token counts of delta rows. */
  docLength(rowid: number): number;
}

const COLS = 'title, authors_text, abstract';
const WEIGHT_SQL = "CASE col WHEN 'title' THEN 10 WHEN 'authors_text' THEN 4 WHEN 'abstract' THEN 1 ELSE 0 END";

export function createDeltaTracker(db: Db) {
  const option = ftsTokenizeOption(db).replace(/'/g, "''");
  let generation = -1;
  let seenRowid = 0;
  let seenSeq = 0;
  const changed = new Set<number>();
  const lengths = new Map<number, number>();
  let size = 0;
  let q: ReturnType<typeof prepare> | null = null;

  /** Statements on the temporary tables (prepared once they exist; SQLite re-prepares after a reset). */
  function prepare() {
    const where = (prefix: boolean) => (prefix ? 'term >= @term AND term < @term || char(1114111)' : 'term = @term');
    const freqs = (prefix: boolean) => db.prepare(`SELECT doc, sum(${WEIGHT_SQL}) FROM temp.lex_delta_v
      WHERE ${where(prefix)} GROUP BY doc`).raw();
    const old = (prefix: boolean) => db.prepare(`SELECT count(DISTINCT doc) FROM temp.lex_old_v WHERE ${where(prefix)}`).pluck();
    return {
      freqs: [freqs(false), freqs(true)], old: [old(false), old(true)],
      length: db.prepare('SELECT sz FROM temp.lex_delta_docsize WHERE id = ?').pluck(),
      maxRowid: db.prepare('SELECT coalesce(max(rowid), 0) FROM papers').pluck(),
      seq: db.prepare('SELECT seq FROM lex_state WHERE id = 1').pluck(),
      touched: db.prepare('SELECT paper_rowid, existed, title, authors_text, abstract FROM lex_changed WHERE seq > ?'),
      del: db.prepare('DELETE FROM temp.lex_delta WHERE rowid = ?'),
      addOld: db.prepare(`INSERT INTO temp.lex_old (rowid, ${COLS}) VALUES (?, ?, ?, ?)`),
      addNew: db.prepare(`INSERT INTO temp.lex_delta (rowid, ${COLS}) SELECT rowid, ${COLS} FROM papers
        WHERE rowid IN (SELECT value FROM json_each(?)) OR (rowid > ? AND rowid <= ?)`),
      size: db.prepare('SELECT count(*) FROM temp.lex_delta').pluck(),
    };
  }

  function reset(meta: IndexMeta): void {
    db.exec(`DROP TABLE IF EXISTS temp.lex_delta_v; DROP TABLE IF EXISTS temp.lex_old_v;
      DROP TABLE IF EXISTS temp.lex_delta; DROP TABLE IF EXISTS temp.lex_old;
      CREATE VIRTUAL TABLE temp.lex_delta USING fts5(${COLS}, tokenize='${option}');
      CREATE VIRTUAL TABLE temp.lex_old USING fts5(${COLS}, tokenize='${option}');
      CREATE VIRTUAL TABLE temp.lex_delta_v USING fts5vocab(temp, lex_delta, 'instance');
      CREATE VIRTUAL TABLE temp.lex_old_v USING fts5vocab(temp, lex_old, 'instance');`);
    q ??= prepare();
    generation = meta.generation;
    seenRowid = meta.coveredRowid;
    seenSeq = meta.changeSeq;
    changed.clear();
    lengths.clear();
    size = 0;
  }

  /** Brings the temporary tables up to date; returns the view, or null past `limit` delta rows. */
  function sync(meta: IndexMeta, limit: number): DeltaView | null {
    if (meta.generation !== generation) reset(meta);
    const s = q!;
    const maxRowid = s.maxRowid.get() as number;
    const seq = s.seq.get() as number;
    if (maxRowid !== seenRowid || seq !== seenSeq) {
      if (maxRowid - meta.coveredRowid > limit) return null;
      const touched = s.touched.all(seenSeq) as Array<{ paper_rowid: number; existed: number; title: string | null; authors_text: string | null; abstract: string | null }>;
      for (const r of touched) {
        s.del.run(r.paper_rowid);
        lengths.delete(r.paper_rowid);
        if (r.paper_rowid <= meta.coveredRowid && !changed.has(r.paper_rowid)) {
          changed.add(r.paper_rowid);
          if (r.existed) s.addOld.run(r.paper_rowid, r.title, r.authors_text, r.abstract);
        }
      }
      const ids = new Set(touched.map((r) => r.paper_rowid).filter((id) => id <= seenRowid));
      s.addNew.run(JSON.stringify([...ids]), seenRowid, maxRowid);
      seenRowid = maxRowid;
      seenSeq = seq;
      size = s.size.get() as number;
      if (size > limit) { generation = -1; return null; }
    }
    return { size, changed, matches, docLength };
  }

  function matches(term: string, prefix: boolean): TermMatches {
    const i = prefix ? 1 : 0;
    const freqs = new Map<number, number>();
    if (size > 0) for (const [doc, f] of q!.freqs[i].all({ term }) as Array<[number, number]>) freqs.set(doc, f);
    const oldRows = changed.size === 0 ? 0 : q!.old[i].get({ term }) as number;
    return { freqs, oldRows };
  }

  function docLength(rowid: number): number {
    let n = lengths.get(rowid);
    if (n === undefined) {
      const sz = q!.length.get(rowid) as Buffer | undefined;
      n = sz ? sumVarints(sz) : 0;
      lengths.set(rowid, n);
    }
    return n;
  }

  return { sync };
}

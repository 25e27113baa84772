import type { FieldSource, Paper, PaperInput } from '../../core/paper.ts';
import { mergePaper, newPaper, normalizeInput, type NormalizedInput } from '../../core/merge.ts';
import { titleKey } from '../../core/title-key.ts';
import type { UpsertOutcome } from '../store.ts';
import type { Db } from './open.ts';
import { STORED_PAPER_COLUMNS as PAPER_COLUMNS, paperToParams, rowToPaper, type ImportResolver, type PaperRow } from './rows.ts';

/**
 * The write side of the papers repository: identity resolution, merge and the join tables,
 * all inside one transaction per batch so a killed import keeps whole batches only.
 */
export function createPaperWriter(db: Db, resolve: ImportResolver) {
  const byArxiv = db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE arxiv_id = ?`);
  const titleOnlyByKey = db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE title_key = ? AND arxiv_id IS NULL LIMIT 1`);
  const arxivByKey = db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE title_key = ? AND arxiv_id IS NOT NULL LIMIT 1`);
  const insert = db.prepare(`INSERT INTO papers (id, arxiv_id, version, title, title_key, abstract, authors,
    authors_text, author_count, categories, primary_category, published_at, updated_at, links, organization,
    upvotes, num_comments, submitted_on_daily_at, withdrawn_at, submitted_by, thumbnail, is_demo, provenance,
    created_at, modified_at)
    VALUES (@id, @arxiv_id, @version, @title, @title_key, @abstract, @authors, @authors_text, @author_count,
    @categories, @primary_category, @published_at, @updated_at, @links, @organization, @upvotes, @num_comments,
    @submitted_on_daily_at, @withdrawn_at, @submitted_by, @thumbnail, @is_demo, @provenance, @now, @now)`);
  const update = db.prepare(`UPDATE papers SET id = @id, arxiv_id = @arxiv_id, version = @version, title = @title,
    title_key = @title_key, abstract = @abstract, authors = @authors, authors_text = @authors_text,
    author_count = @author_count, categories = @categories, primary_category = @primary_category,
    published_at = @published_at, updated_at = @updated_at, links = @links, organization = @organization,
    upvotes = @upvotes, num_comments = @num_comments, submitted_on_daily_at = @submitted_on_daily_at,
    withdrawn_at = @withdrawn_at, submitted_by = @submitted_by, thumbnail = @thumbnail, provenance = @provenance,
    modified_at = @now WHERE rowid = @rowid`);
  const addAlias = db.prepare('INSERT OR IGNORE INTO paper_aliases (alias, paper_rowid) VALUES (?, ?)');
  const ftsInsertRows = db.prepare(`INSERT INTO papers_fts (rowid, title, authors_text, abstract)
    SELECT rowid, title, authors_text, abstract FROM papers WHERE rowid IN (SELECT value FROM json_each(?))`);
  const ftsDelete = db.prepare(`INSERT INTO papers_fts (papers_fts, rowid, title, authors_text, abstract)
    VALUES ('delete', ?, ?, ?, ?)`);
  const addCategory = db.prepare('INSERT OR IGNORE INTO paper_categories (category, paper_rowid) VALUES (?, ?)');
  const clearCategories = db.prepare('DELETE FROM paper_categories WHERE paper_rowid = ?');
  // New papers need no mark: they sit past each model's covered_rowid.
  const markVectorStale = db.prepare('INSERT OR IGNORE INTO vector_stale (paper_rowid) VALUES (?)');

  // Authors need no join table: author pages find papers through the FTS authors column.
  function writeCategories(rowid: number, paper: Paper, replace: boolean): void {
    if (replace) clearCategories.run(rowid);
    for (const c of paper.categories) addCategory.run(c, rowid);
  }

  /** Finds the stored paper an input is: same arXiv id, else same normalized title (not another arXiv paper). */
  function findExisting(input: NormalizedInput, key: string): { row: PaperRow; byTitle: boolean } | null {
    if (input.arxivId) {
      const row = byArxiv.get(input.arxivId) as PaperRow | undefined;
      if (row) return { row, byTitle: false };
    }
    // An arXiv record may only absorb a title-only paper; a title-only record prefers an arXiv paper.
    const match = (input.arxivId ? titleOnlyByKey.get(key) : arxivByKey.get(key) ?? titleOnlyByKey.get(key)) as PaperRow | undefined;
    return match ? { row: match, byTitle: true } : null;
  }

  type FtsText = { title: unknown; authors_text: unknown; abstract: unknown };
  /**
   * FTS changes of the batch: rowid -> the text the index held before the batch (null for new rows).
   * Keeping only the first old text per row stays right when one batch touches a paper twice.
   */
  let ftsPending = new Map<number, FtsText | null>();

  /**
   * FTS rows are written once per batch, still inside its transaction, with one INSERT ... SELECT:
   * per-row FTS writes interleaved with table writes make FTS5 flush its pending terms at every
   * statement savepoint (a segment per row), which measured 2-3x slower.
   */
  function flushFts(): void {
    for (const [rowid, old] of ftsPending) if (old) ftsDelete.run(rowid, old.title, old.authors_text, old.abstract);
    if (ftsPending.size) ftsInsertRows.run(JSON.stringify([...ftsPending.keys()]));
    ftsPending = new Map();
  }

  function upsertOne(raw: PaperInput, stamp: FieldSource, now: string): UpsertOutcome {
    const input = normalizeInput(raw);
    if (!input) throw new Error('record has no title');
    // The title key is a hash of the normalized title: compute it once per record, not per use.
    const key = titleKey(input.title);
    const found = findExisting(input, key);
    if (!found) {
      const paper = newPaper(input, stamp);
      const params = paperToParams(paper, now, key);
      const rowid = Number(insert.run(params).lastInsertRowid);
      ftsPending.set(rowid, null);
      writeCategories(rowid, paper, false);
      return 'inserted';
    }
    const stored = rowToPaper(found.row, resolve);
    const { paper, changed } = mergePaper(stored, input, stamp);
    if (changed.length === 0) return 'unchanged';
    const keyOfTitle = paper.title === input.title ? key : paper.title === found.row.title ? found.row.title_key : undefined;
    const params = paperToParams(paper, now, keyOfTitle);
    update.run({ ...params, rowid: found.row.rowid });
    const old = found.row;
    if (old.title !== params.title || old.authors_text !== params.authors_text || old.abstract !== params.abstract) {
      if (!ftsPending.has(old.rowid)) ftsPending.set(old.rowid, old);
    }
    if (old.title !== params.title || old.abstract !== params.abstract) markVectorStale.run(old.rowid);
    if (paper.id !== stored.id) addAlias.run(stored.id, found.row.rowid);
    if (changed.includes('categories')) writeCategories(found.row.rowid, paper, true);
    return found.byTitle && (stored.arxivId === null) !== (input.arxivId === null) ? 'merged' : 'updated';
  }

  const upsertBatch = db.transaction((batch: PaperInput[], stamp: FieldSource): UpsertOutcome[] => {
    const now = new Date().toISOString();
    ftsPending = new Map();
    const outcomes = batch.map((p) => upsertOne(p, stamp, now));
    flushFts();
    return outcomes;
  });

  return { upsertBatch };
}

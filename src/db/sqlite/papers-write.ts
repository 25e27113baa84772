import type { FieldSource, Paper, PaperInput } from '../../core/paper.ts';
import type { UpsertOutcome } from '../store.ts';
import type { Db } from './open.ts';
import { STORED_PAPER_COLUMNS as PAPER_COLUMNS, type ImportResolver, type PaperRow } from './rows.ts';
import { lookupSteps, planUpsert, prepareInput, type Found, type PreparedInput } from '../shared/upsert-plan.ts';

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

  const lookups = { 'arxiv': byArxiv, 'title-only': titleOnlyByKey, 'arxiv-title': arxivByKey } as const;
  /** Finds the stored paper an input is, by the shared lookup rules (src/db/shared/upsert-plan.ts). */
  function findExisting(prepared: PreparedInput): Found | null {
    for (const step of lookupSteps(prepared)) {
      const row = lookups[step.by].get(step.value) as PaperRow | undefined;
      if (row) return { row, byTitle: step.by !== 'arxiv' };
    }
    return null;
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
    const prepared = prepareInput(raw);
    const found = findExisting(prepared);
    const plan = planUpsert(prepared, found, stamp, now, resolve);
    if (plan.kind === 'unchanged') return 'unchanged';
    if (plan.kind === 'insert') {
      const rowid = Number(insert.run(plan.params).lastInsertRowid);
      ftsPending.set(rowid, null);
      writeCategories(rowid, plan.paper, false);
      return 'inserted';
    }
    const old = found!.row;
    update.run({ ...plan.params, rowid: old.rowid });
    if (plan.textChanged && !ftsPending.has(old.rowid)) ftsPending.set(old.rowid, old);
    if (plan.vectorStale) markVectorStale.run(old.rowid);
    if (plan.alias) addAlias.run(plan.alias, old.rowid);
    if (plan.categoriesChanged) writeCategories(old.rowid, plan.paper, true);
    return plan.outcome;
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

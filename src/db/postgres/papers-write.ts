import type { FieldSource, PaperInput } from '../../core/paper.ts';
import type { UpsertOutcome } from '../store.ts';
import { PAPER_COLUMNS, type ImportResolver, type PaperRow } from '../shared/paper-row.ts';
import { lookupSteps, planUpsert, prepareInput, type Found, type LookupStep } from '../shared/upsert-plan.ts';
import { searchColumns, tsvSql } from './fts-text.ts';
import { inTransaction, LOCKS, Params, type Client, type Pool } from './open.ts';

/** Columns written from paperToParams(), in a fixed order for positional parameters. */
const WRITTEN = ['id', 'arxiv_id', 'version', 'title', 'title_key', 'abstract', 'authors', 'authors_text',
  'author_count', 'categories', 'primary_category', 'published_at', 'updated_at', 'links', 'organization',
  'upvotes', 'num_comments', 'submitted_on_daily_at', 'withdrawn_at', 'submitted_by', 'thumbnail', 'provenance'] as const;

// FOR UPDATE: another writer of the row (a vote, a comment count) waits for this batch, and this
// batch merges into the row as committed, so neither write is lost.
const LOOKUP: Record<LookupStep['by'], string> = {
  'arxiv': `SELECT ${PAPER_COLUMNS} FROM papers WHERE arxiv_id = $1 FOR UPDATE`,
  'title-only': `SELECT ${PAPER_COLUMNS} FROM papers WHERE title_key = $1 AND arxiv_id IS NULL LIMIT 1 FOR UPDATE`,
  // SQLite's index (title_key, arxiv_id) gives the smallest arXiv id first; the same here.
  'arxiv-title': `SELECT ${PAPER_COLUMNS} FROM papers WHERE title_key = $1 AND arxiv_id IS NOT NULL ORDER BY arxiv_id COLLATE "C" LIMIT 1 FOR UPDATE`,
};

/** INSERT of a whole papers row (the shared columns plus search columns), returning its rowid. */
export function insertPaperSql(params: Record<string, unknown>, now: string, rowid?: number): { sql: string; values: unknown[] } {
  const p = new Params();
  const s = searchColumns(params as { title: string; authors_text: string; abstract: string; authors: string });
  const cols = [...WRITTEN, 'is_demo', 'author_keys', 'tsv', 'created_at', 'modified_at'];
  const values = [...WRITTEN.map((c) => p.add(params[c])), p.add(params.is_demo), p.add(s.authorKeys),
    tsvSql(p.add(s.ftsTitle), p.add(s.ftsAuthors), p.add(s.ftsAbstract)), p.add(now), '$' + p.values.length];
  if (rowid !== undefined) { cols.unshift('rowid'); values.unshift(p.add(rowid)); }
  return { sql: `INSERT INTO papers (${cols.join(', ')}) VALUES (${values.join(', ')}) RETURNING rowid`, values: p.values };
}

/**
 * The write side of the papers repository on PostgreSQL. A batch is one transaction, holding an
 * advisory lock that makes importers take turns: two importers of overlapping sources then cannot
 * both miss a paper and insert it twice (the unique id and arxiv_id constraints back this up), and
 * each batch sees every paper the last one wrote, exactly as with SQLite's single writer.
 */
export function createPaperWriter(pool: Pool, resolve: ImportResolver, prime: (ids: number[]) => Promise<void>) {
  async function findExisting(c: Client, prepared: ReturnType<typeof prepareInput>): Promise<Found | null> {
    for (const step of lookupSteps(prepared)) {
      const { rows } = await c.query<PaperRow>(LOOKUP[step.by], [step.value]);
      if (rows[0]) return { row: rows[0], byTitle: step.by !== 'arxiv' };
    }
    return null;
  }

  async function writeCategories(c: Client, rowid: number, categories: string[], replace: boolean): Promise<void> {
    if (replace) await c.query('DELETE FROM paper_categories WHERE paper_rowid = $1', [rowid]);
    if (categories.length) {
      await c.query(`INSERT INTO paper_categories (category, paper_rowid) SELECT DISTINCT unnest($1::text[]), $2::int
        ON CONFLICT DO NOTHING`, [categories, rowid]);
    }
  }

  async function update(c: Client, rowid: number, params: Record<string, unknown>, now: string, textChanged: boolean): Promise<void> {
    const p = new Params();
    const sets = WRITTEN.map((col) => `${col} = ${p.add(params[col])}`);
    if (textChanged) {
      const s = searchColumns(params as { title: string; authors_text: string; abstract: string; authors: string });
      sets.push(`author_keys = ${p.add(s.authorKeys)}`, `tsv = ${tsvSql(p.add(s.ftsTitle), p.add(s.ftsAuthors), p.add(s.ftsAbstract))}`);
    }
    sets.push(`modified_at = ${p.add(now)}`);
    await c.query(`UPDATE papers SET ${sets.join(', ')} WHERE rowid = ${p.add(rowid)}`, p.values);
  }

  async function upsertOne(c: Client, raw: PaperInput, stamp: FieldSource, now: string): Promise<UpsertOutcome> {
    const prepared = prepareInput(raw);
    const found = await findExisting(c, prepared);
    if (found) await prime(Object.values(JSON.parse(found.row.provenance) as Record<string, number>));
    const plan = planUpsert(prepared, found, stamp, now, resolve);
    if (plan.kind === 'unchanged') return 'unchanged';
    if (plan.kind === 'insert') {
      const ins = insertPaperSql(plan.params, now);
      const rowid = (await c.query<{ rowid: number }>(ins.sql, ins.values)).rows[0]!.rowid;
      await writeCategories(c, rowid, plan.paper.categories, false);
      return 'inserted';
    }
    const rowid = found!.row.rowid;
    await update(c, rowid, plan.params, now, plan.textChanged);
    // New papers need no mark: they sit past each model's covered_rowid.
    if (plan.vectorStale) await c.query('INSERT INTO vector_stale (paper_rowid) VALUES ($1) ON CONFLICT DO NOTHING', [rowid]);
    if (plan.alias) await c.query('INSERT INTO paper_aliases (alias, paper_rowid) VALUES ($1, $2) ON CONFLICT DO NOTHING', [plan.alias, rowid]);
    if (plan.categoriesChanged) await writeCategories(c, rowid, plan.paper.categories, true);
    return plan.outcome;
  }

  /** Upserts a batch in one transaction; a failure rolls the whole batch back. */
  async function upsertBatch(batch: PaperInput[], stamp: FieldSource): Promise<UpsertOutcome[]> {
    await prime([stamp.importId]);
    return inTransaction(pool, async (c) => {
      const now = new Date().toISOString();
      const outcomes: UpsertOutcome[] = [];
      for (const raw of batch) outcomes.push(await upsertOne(c, raw, stamp, now));
      return outcomes;
    }, LOCKS.paperWrites);
  }

  return { upsertBatch };
}

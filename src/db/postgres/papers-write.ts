import type { FieldSource, PaperInput } from '../../core/paper.ts';
import type { UpsertOutcome } from '../store.ts';
import { PAPER_COLUMNS, type ImportResolver, type PaperRow } from '../shared/paper-row.ts';
import { lookupSteps, planUpsert, prepareInput, type PreparedInput } from '../shared/upsert-plan.ts';
import { BatchRows, type BatchRow } from './batch-rows.ts';
import { searchColumns, tsvSql } from './fts-text.ts';
import { inTransaction, LOCKS, Params, type Client, type Pool, type Queryable } from './open.ts';

/** Columns written from paperToParams(), in a fixed order; integers are cast where types are not inferred. */
const WRITTEN = ['id', 'arxiv_id', 'version', 'title', 'title_key', 'abstract', 'authors', 'authors_text',
  'author_count', 'categories', 'primary_category', 'published_at', 'updated_at', 'links', 'organization',
  'upvotes', 'num_comments', 'submitted_on_daily_at', 'withdrawn_at', 'submitted_by', 'thumbnail', 'provenance'] as const;
const INTEGER = new Set(['rowid', 'version', 'author_count', 'upvotes', 'num_comments', 'is_demo']);
/** Rows per INSERT or UPDATE statement: under PostgreSQL's 65,535 parameters at ~30 per row. */
const CHUNK = 1000;

/** The papers-row columns of paperToParams() output (everything but the timestamp). */
function rowColumns(params: Record<string, unknown>): Omit<PaperRow, 'rowid'> {
  const { now: _now, ...row } = params;
  return row as unknown as Omit<PaperRow, 'rowid'>;
}

/** The search columns of a row as SQL over parameters: exact author keys and the weighted tsvector. */
function searchValues(row: PaperRow, p: Params): string[] {
  const s = searchColumns(row);
  return [`${p.add(s.authorKeys)}::text[]`, tsvSql(p.add(s.ftsTitle), p.add(s.ftsAuthors), p.add(s.ftsAbstract))];
}

const chunks = <T>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * The write side of the papers repository on PostgreSQL. A batch is one transaction holding an
 * advisory lock that makes importers take turns, as SQLite's single writer does: two importers of
 * overlapping sources then cannot both miss a paper and insert it twice (the unique id and arxiv_id
 * constraints back this up). Inside it the batch reads the papers it may touch once (FOR UPDATE, so a
 * concurrent vote on one waits rather than being overwritten), merges in memory with the shared
 * rules, and writes the result in a few statements.
 */
export function createPaperWriter(pool: Pool, resolve: ImportResolver, prime: (ids: number[], via: Queryable) => Promise<void>) {
  async function readCandidates(c: Client, prepared: PreparedInput[]): Promise<BatchRows> {
    const arxivIds = prepared.flatMap((p) => (p.input.arxivId ? [p.input.arxivId] : []));
    const keys = prepared.map((p) => p.key);
    const { rows } = await c.query<PaperRow>(`SELECT ${PAPER_COLUMNS} FROM papers
      WHERE arxiv_id = ANY($1::text[]) OR title_key = ANY($2::text[]) ORDER BY rowid FOR UPDATE`, [arxivIds, keys]);
    // On this transaction's client: a second connection per batch could wait forever on a full pool.
    await prime(rows.flatMap((r) => Object.values(JSON.parse(r.provenance) as Record<string, number>)), c);
    return new BatchRows(rows);
  }

  function mergeOne(rows: BatchRows, prepared: PreparedInput, stamp: FieldSource, now: string): UpsertOutcome {
    let found: BatchRow | undefined;
    let byTitle = false;
    for (const step of lookupSteps(prepared)) {
      found = rows.find(step);
      if (found) { byTitle = step.by !== 'arxiv'; break; }
    }
    const plan = planUpsert(prepared, found ? { row: found.row, byTitle } : null, stamp, now, resolve);
    if (plan.kind === 'unchanged') return 'unchanged';
    if (plan.kind === 'insert') {
      rows.insert(rowColumns(plan.params));
      return 'inserted';
    }
    const { is_demo: _kept, ...columns } = rowColumns(plan.params); // as on SQLite, an update keeps is_demo
    rows.update(found!, columns);
    if (plan.vectorStale) found!.vectorStale = true;
    if (plan.alias) found!.aliases.push(plan.alias);
    if (plan.categoriesChanged) found!.categoriesChanged = true;
    return plan.outcome;
  }

  async function insertNew(c: Client, fresh: BatchRow[], now: string): Promise<void> {
    for (const part of chunks(fresh)) {
      const p = new Params();
      const tuples = part.map(({ row }) => `(${[...WRITTEN.map((col) => p.add(row[col])), p.add(row.is_demo), ...searchValues(row, p),
        p.add(now), p.add(now)].join(', ')})`);
      const { rows } = await c.query<{ rowid: number; id: string }>(`INSERT INTO papers (${WRITTEN.join(', ')}, is_demo,
        author_keys, tsv, created_at, modified_at) VALUES ${tuples.join(', ')} RETURNING rowid, id`, p.values);
      const rowids = new Map(rows.map((r) => [r.id, r.rowid]));
      for (const entry of part) entry.row.rowid = rowids.get(entry.row.id)!;
    }
  }

  async function updateChanged(c: Client, changed: BatchRow[], now: string): Promise<void> {
    for (const part of chunks(changed)) {
      const p = new Params();
      const cast = (col: string, v: unknown) => `${p.add(v)}${INTEGER.has(col) ? '::int' : ''}`;
      const tuples = part.map(({ row }) => `(${[cast('rowid', row.rowid), ...WRITTEN.map((col) => cast(col, row[col])),
        ...searchValues(row, p)].join(', ')})`);
      await c.query(`UPDATE papers AS p SET ${[...WRITTEN, 'author_keys', 'tsv'].map((col) => `${col} = v.${col}`).join(', ')},
        modified_at = ${p.add(now)} FROM (VALUES ${tuples.join(', ')}) AS v(rowid, ${WRITTEN.join(', ')}, author_keys, tsv)
        WHERE p.rowid = v.rowid`, p.values);
    }
  }

  /** Categories, aliases and stale-vector marks of the batch, each in one statement. */
  async function writeSideTables(c: Client, touched: BatchRow[]): Promise<void> {
    const replaced = touched.filter((e) => e.categoriesChanged && !e.isNew).map((e) => e.row.rowid);
    if (replaced.length) await c.query('DELETE FROM paper_categories WHERE paper_rowid = ANY($1::int[])', [replaced]);
    const pairs = touched.filter((e) => e.categoriesChanged).flatMap((e) =>
      (JSON.parse(e.row.categories) as string[]).map((cat) => [cat, e.row.rowid] as const));
    if (pairs.length) {
      await c.query(`INSERT INTO paper_categories (category, paper_rowid) SELECT * FROM unnest($1::text[], $2::int[])
        ON CONFLICT DO NOTHING`, [pairs.map((x) => x[0]), pairs.map((x) => x[1])]);
    }
    const aliases = touched.flatMap((e) => e.aliases.map((a) => [a, e.row.rowid] as const));
    if (aliases.length) {
      await c.query(`INSERT INTO paper_aliases (alias, paper_rowid) SELECT * FROM unnest($1::text[], $2::int[])
        ON CONFLICT DO NOTHING`, [aliases.map((x) => x[0]), aliases.map((x) => x[1])]);
    }
    // As on SQLite, a paper whose text changed is marked even when new (a mark past coverage is ignored).
    const stale = touched.filter((e) => e.vectorStale).map((e) => e.row.rowid);
    if (stale.length) await c.query('INSERT INTO vector_stale (paper_rowid) SELECT unnest($1::int[]) ON CONFLICT DO NOTHING', [stale]);
  }

  /**
   * Upserts a batch inside a transaction the caller holds, with the papers lock taken (a harvest page
   * commits its papers together with its resumption state this way).
   */
  async function upsertWithin(c: Client, batch: PaperInput[], stamp: FieldSource): Promise<UpsertOutcome[]> {
    const prepared = batch.map(prepareInput);
    await prime([stamp.importId], c);
    const now = new Date().toISOString();
    const rows = await readCandidates(c, prepared);
    const outcomes = prepared.map((p) => mergeOne(rows, p, stamp, now));
    const touched = rows.all.filter((e) => e.dirty);
    // Inserts first: the side tables need the new rowids.
    await insertNew(c, touched.filter((e) => e.isNew), now);
    await updateChanged(c, touched.filter((e) => !e.isNew), now);
    await writeSideTables(c, touched);
    return outcomes;
  }

  /** Upserts a batch in one transaction; a failure rolls the whole batch back. */
  async function upsertBatch(batch: PaperInput[], stamp: FieldSource): Promise<UpsertOutcome[]> {
    await prime([stamp.importId], pool);
    return inTransaction(pool, (c) => upsertWithin(c, batch, stamp), LOCKS.paperWrites);
  }

  return { upsertBatch, upsertWithin };
}

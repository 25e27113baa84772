import type { Paper } from '../../core/paper.ts';
import { arxivIdFromPaperId, parseArxivId } from '../../core/arxiv-id.ts';
import type { ListQuery, Page, StoreStats } from '../store.ts';
import { READ_PAPER_COLUMNS as PAPER_COLUMNS, SHOWN_UPVOTES_SQL, type PaperRow } from '../shared/paper-row.ts';
import { filterSql } from './filter-sql.ts';
import type { PgImportsRepo } from './imports-repo.ts';
import { Params, type Queryable } from './open.ts';

const MAX_LIMIT = 1000;
/** The paper columns readers select (with local counts and hidden_at), qualified by the alias `p`. */
export const P_COLUMNS = PAPER_COLUMNS.replace(/(^|,\s*)(\w+)/g, '$1p.$2');

/** The read side of the papers repository on PostgreSQL. */
export function createPaperReader(db: Queryable, imports: PgImportsRepo) {
  async function one(sql: string, value: string): Promise<PaperRow | undefined> {
    return (await db.query<PaperRow>(sql, [value])).rows[0];
  }

  async function getPaper(key: string): Promise<Paper | null> {
    const k = key.trim();
    let row = await one(`SELECT ${PAPER_COLUMNS} FROM papers WHERE id = $1`, k)
      ?? await one(`SELECT ${P_COLUMNS} FROM paper_aliases a JOIN papers p ON p.rowid = a.paper_rowid WHERE a.alias = $1`, k);
    if (!row) {
      const arxiv = parseArxivId(k)?.id ?? arxivIdFromPaperId(k);
      if (arxiv) row = await one(`SELECT ${PAPER_COLUMNS} FROM papers WHERE arxiv_id = $1`, arxiv);
    }
    // A paper a moderator hid is gone for every reader.
    return row && !row.hidden_at ? (await imports.papers([row]))[0]! : null;
  }

  async function listPapers(q: ListQuery): Promise<Page<Paper>> {
    const p = new Params();
    const f = filterSql(q, p);
    if (f.empty) return { items: [], total: 0 };
    const clause = `WHERE ${[...f.where, 'p.hidden_at IS NULL'].join(' AND ')}`;
    const order = q.order === 'upvotes_desc'
      ? `${SHOWN_UPVOTES_SQL('p.')} DESC, p.published_at DESC NULLS LAST, p.rowid DESC`
      : 'p.published_at DESC NULLS LAST, p.rowid DESC';
    const limit = Math.min(Math.max(q.limit ?? 50, 0), MAX_LIMIT);
    const offset = Math.max(q.offset ?? 0, 0);
    const filterValues = [...p.values];
    const { rows } = await db.query<PaperRow>(`SELECT ${P_COLUMNS} FROM papers p ${clause} ORDER BY ${order}
      LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
    const total = (await db.query<{ n: number }>(`SELECT count(*) AS n FROM papers p ${clause}`, filterValues)).rows[0]!.n;
    return { items: await imports.papers(rows), total };
  }

  async function stats(): Promise<StoreStats> {
    const { rows: [s] } = await db.query(`SELECT
      count(*) AS papers, count(arxiv_id) AS "withArxivId", count(*) - count(arxiv_id) AS "titleOnly",
      count(*) FILTER (WHERE is_demo = 1) AS demo, (SELECT count(*) FROM imports) AS imports,
      min(published_at) AS "earliestPublished", max(published_at) AS "latestPublished",
      max(submitted_on_daily_at) AS "latestDaily" FROM papers`);
    const { rows: topCategories } = await db.query<{ category: string; count: number }>(`SELECT category, count(*) AS count
      FROM paper_categories GROUP BY category ORDER BY count DESC, category COLLATE "C" LIMIT 10`);
    return { ...s, topCategories } as StoreStats;
  }

  async function countPapers(): Promise<number> {
    return (await db.query<{ n: number }>('SELECT count(*) AS n FROM papers')).rows[0]!.n;
  }

  return { getPaper, listPapers, stats, countPapers };
}

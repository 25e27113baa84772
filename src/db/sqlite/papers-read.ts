import type { Paper } from '../../core/paper.ts';
import { arxivIdFromPaperId, parseArxivId } from '../../core/arxiv-id.ts';
import { authorKey } from '../../core/author-key.ts';
import type { ListQuery, Page, StoreStats } from '../store.ts';
import { filterSql } from './filter-sql.ts';
import { statementCache, type Db } from './open.ts';
import { PAPER_COLUMNS, SHOWN_UPVOTES_SQL, rowToPaper, type ImportResolver, type PaperRow } from './rows.ts';

const MAX_LIMIT = 1000;

/** The read side of the papers repository. */
export function createPaperReader(db: Db, resolve: ImportResolver) {
  const prepare = statementCache(db);
  db.function('has_author', { deterministic: true }, (authors: unknown, key: unknown) =>
    (JSON.parse(String(authors)) as string[]).some((a) => authorKey(a) === key) ? 1 : 0);
  const byId = db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE id = ?`);
  const byArxiv = db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE arxiv_id = ?`);
  const byAlias = db.prepare(`SELECT ${PAPER_COLUMNS.replace(/(^|,\s*)(\w+)/g, '$1p.$2')}
    FROM paper_aliases a JOIN papers p ON p.rowid = a.paper_rowid WHERE a.alias = ?`);

  function getPaper(key: string): Paper | null {
    const k = key.trim();
    let row = (byId.get(k) ?? byAlias.get(k)) as PaperRow | undefined;
    if (!row) {
      const arxiv = parseArxivId(k)?.id ?? arxivIdFromPaperId(k);
      if (arxiv) row = byArxiv.get(arxiv) as PaperRow | undefined;
    }
    // A paper a moderator hid is gone for every reader.
    return row && !row.hidden_at ? rowToPaper(row, resolve) : null;
  }

  function listPapers(q: ListQuery): Page<Paper> {
    const f = filterSql(q);
    if (f.empty) return { items: [], total: 0 };
    const where = [...f.where, 'p.hidden_at IS NULL'];
    const params = [...f.params];
    if (f.ftsAnd) {
      where.unshift('p.rowid IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)');
      params.unshift(f.ftsAnd);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = q.order === 'upvotes_desc'
      ? `${SHOWN_UPVOTES_SQL('p.')} DESC, p.published_at DESC, p.rowid DESC`
      : 'p.published_at IS NULL, p.published_at DESC, p.rowid DESC';
    const limit = Math.min(Math.max(q.limit ?? 50, 0), MAX_LIMIT);
    const offset = Math.max(q.offset ?? 0, 0);
    const cols = PAPER_COLUMNS.replace(/(^|,\s*)(\w+)/g, '$1p.$2');
    const rows = prepare(`SELECT ${cols} FROM papers p ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as PaperRow[];
    const total = prepare(`SELECT count(*) FROM papers p ${clause}`).pluck().get(...params) as number;
    return { items: rows.map((r) => rowToPaper(r, resolve)), total };
  }

  function stats(): StoreStats {
    const one = (sql: string) => db.prepare(sql).pluck().get() as never;
    return {
      papers: one('SELECT count(*) FROM papers'),
      withArxivId: one('SELECT count(*) FROM papers WHERE arxiv_id IS NOT NULL'),
      titleOnly: one('SELECT count(*) FROM papers WHERE arxiv_id IS NULL'),
      demo: one('SELECT count(*) FROM papers WHERE is_demo = 1'),
      imports: one('SELECT count(*) FROM imports'),
      earliestPublished: one('SELECT min(published_at) FROM papers'),
      latestPublished: one('SELECT max(published_at) FROM papers'),
      latestDaily: one('SELECT max(submitted_on_daily_at) FROM papers'),
      topCategories: db.prepare(`SELECT category, count(*) AS count FROM paper_categories
        GROUP BY category ORDER BY count DESC, category LIMIT 10`).all() as StoreStats['topCategories'],
    };
  }

  const count = db.prepare('SELECT count(*) FROM papers').pluck();
  return { getPaper, listPapers, stats, countPapers: () => count.get() as number };
}

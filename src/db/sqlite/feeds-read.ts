import type { Paper } from '../../core/paper.ts';
import { toFtsMatch } from '../../search/fts-query.ts';
import type { DailyQuery, Page, SearchHit, SearchQuery } from '../store.ts';
import { statementCache, type Db } from './open.ts';
import { PAPER_COLUMNS, rowToPaper, type ImportResolver, type PaperRow } from './rows.ts';

const P_COLUMNS = PAPER_COLUMNS.replace(/(^|,\s*)(\w+)/g, '$1p.$2');
/** BM25 column weights: title above authors above abstract. */
const BM25 = 'bm25(papers_fts, 10.0, 4.0, 1.0)';

/** Feed and search queries the site and API are built on. */
export function createFeedReader(db: Db, resolve: ImportResolver) {
  const prepare = statementCache(db);
  const latest = db.prepare('SELECT max(submitted_on_daily_at) FROM papers').pluck();
  const prev = db.prepare('SELECT max(submitted_on_daily_at) FROM papers WHERE submitted_on_daily_at < ?').pluck();
  const next = db.prepare('SELECT min(submitted_on_daily_at) FROM papers WHERE submitted_on_daily_at > ?').pluck();
  const recent = db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE submitted_on_daily_at >= ? AND submitted_on_daily_at <= ?`);

  function dailyPapers(q: DailyQuery): Page<Paper> {
    const where = ['submitted_on_daily_at >= ?', 'submitted_on_daily_at <= ?'];
    const params: unknown[] = [q.from, q.to];
    if (q.submitter) { where.push('submitted_by = ?'); params.push(q.submitter); }
    const order = q.order === 'publishedAt'
      ? 'published_at DESC, upvotes DESC, rowid DESC'
      : 'upvotes DESC, num_comments DESC, published_at DESC, rowid DESC';
    const clause = where.join(' AND ');
    const rows = prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, q.limit, q.offset) as PaperRow[];
    const total = prepare(`SELECT count(*) FROM papers WHERE ${clause}`).pluck().get(...params) as number;
    return { items: rows.map((r) => rowToPaper(r, resolve)), total };
  }

  function search(q: SearchQuery): Page<SearchHit> {
    const match = toFtsMatch(q.query);
    if (!match) return { items: [], total: 0 };
    const rows = prepare(`SELECT ${P_COLUMNS}, ${BM25} AS rank FROM papers_fts f JOIN papers p ON p.rowid = f.rowid
      WHERE papers_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`).all(match, q.limit, q.offset) as Array<PaperRow & { rank: number }>;
    const total = prepare('SELECT count(*) FROM papers_fts WHERE papers_fts MATCH ?').pluck().get(match) as number;
    // FTS5's bm25() is lower-is-better; present it as higher-is-better.
    return { items: rows.map((r) => ({ paper: rowToPaper(r, resolve), score: -r.rank })), total };
  }

  return {
    dailyPapers,
    search,
    latestDailyDate: () => (latest.get() as string | null) ?? null,
    adjacentDailyDates: (date: string) => ({
      prev: (prev.get(date) as string | null) ?? null,
      next: (next.get(date) as string | null) ?? null,
    }),
    dailyBetween: (from: string, to: string) => (recent.all(from, to) as PaperRow[]).map((r) => rowToPaper(r, resolve)),
  };
}

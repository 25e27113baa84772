import type { Paper } from '../../core/paper.ts';
import type { DailyQuery, Page } from '../store.ts';
import { statementCache, type Db } from './open.ts';
import { PAPER_COLUMNS, SHOWN_UPVOTES_SQL, rowToPaper, type ImportResolver, type PaperRow } from './rows.ts';

/** Feed queries the site and API are built on. */
export function createFeedReader(db: Db, resolve: ImportResolver) {
  const prepare = statementCache(db);
  const latest = db.prepare('SELECT max(submitted_on_daily_at) FROM papers').pluck();
  const prev = db.prepare('SELECT max(submitted_on_daily_at) FROM papers WHERE submitted_on_daily_at < ?').pluck();
  const next = db.prepare('SELECT min(submitted_on_daily_at) FROM papers WHERE submitted_on_daily_at > ?').pluck();
  const recent = db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE submitted_on_daily_at >= ? AND submitted_on_daily_at <= ? AND hidden_at IS NULL`);

  function dailyPapers(q: DailyQuery): Page<Paper> {
    const where = ['submitted_on_daily_at >= ?', 'submitted_on_daily_at <= ?', 'hidden_at IS NULL'];
    const params: unknown[] = [q.from, q.to];
    if (q.submitter) { where.push('submitted_by = ?'); params.push(q.submitter); }
    if (q.viewerId !== undefined) {
      const hidden = q.hideRead ? '(not_interested_at IS NOT NULL OR read_at IS NOT NULL)' : 'not_interested_at IS NOT NULL';
      where.push(`rowid NOT IN (SELECT paper_rowid FROM paper_states WHERE user_id = ? AND ${hidden})`);
      params.push(q.viewerId);
    }
    const order = q.order === 'publishedAt'
      ? `published_at DESC, ${SHOWN_UPVOTES_SQL()} DESC, rowid DESC`
      : `${SHOWN_UPVOTES_SQL()} DESC, (num_comments + local_comments) DESC, published_at DESC, rowid DESC`;
    const clause = where.join(' AND ');
    const rows = prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, q.limit, q.offset) as PaperRow[];
    const total = prepare(`SELECT count(*) FROM papers WHERE ${clause}`).pluck().get(...params) as number;
    return { items: rows.map((r) => rowToPaper(r, resolve)), total };
  }

  return {
    dailyPapers,
    latestDailyDate: () => (latest.get() as string | null) ?? null,
    adjacentDailyDates: (date: string) => ({
      prev: (prev.get(date) as string | null) ?? null,
      next: (next.get(date) as string | null) ?? null,
    }),
    dailyBetween: (from: string, to: string) => (recent.all(from, to) as PaperRow[]).map((r) => rowToPaper(r, resolve)),
  };
}

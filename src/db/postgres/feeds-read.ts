import type { Paper } from '../../core/paper.ts';
import type { DailyQuery, Page } from '../store.ts';
import { READ_PAPER_COLUMNS as PAPER_COLUMNS, SHOWN_COMMENTS_SQL, SHOWN_UPVOTES_SQL, type PaperRow } from '../shared/paper-row.ts';
import type { PgImportsRepo } from './imports-repo.ts';
import { Params, type Queryable } from './open.ts';

/** Feed queries the site and API are built on (as src/db/sqlite/feeds-read.ts). */
export function createFeedReader(db: Queryable, imports: PgImportsRepo) {
  const scalar = async (sql: string, values: unknown[] = []) =>
    ((await db.query<{ v: string | null }>(sql, values)).rows[0]?.v ?? null);

  async function dailyPapers(q: DailyQuery): Promise<Page<Paper>> {
    const p = new Params();
    const where = [`submitted_on_daily_at >= ${p.add(q.from)}`, `submitted_on_daily_at <= ${p.add(q.to)}`, 'hidden_at IS NULL'];
    if (q.submitter) where.push(`submitted_by = ${p.add(q.submitter)}`);
    if (q.viewerId !== undefined) {
      // The reader's "not interested" papers always leave; read ones too when they ask.
      const hidden = q.hideRead ? '(not_interested_at IS NOT NULL OR read_at IS NOT NULL)' : 'not_interested_at IS NOT NULL';
      where.push(`rowid NOT IN (SELECT paper_rowid FROM paper_states WHERE user_id = ${p.add(q.viewerId)} AND ${hidden})`);
    }
    // Ranked by the shown counts (imported + local). SQLite sorts NULL lowest, so DESC puts unknown
    // dates last: NULLS LAST says the same here.
    const order = q.order === 'publishedAt'
      ? `published_at DESC NULLS LAST, ${SHOWN_UPVOTES_SQL()} DESC, rowid DESC`
      : `${SHOWN_UPVOTES_SQL()} DESC, ${SHOWN_COMMENTS_SQL()} DESC, published_at DESC NULLS LAST, rowid DESC`;
    const clause = where.join(' AND ');
    const filterValues = [...p.values];
    const { rows } = await db.query<PaperRow>(`SELECT ${PAPER_COLUMNS} FROM papers WHERE ${clause} ORDER BY ${order}
      LIMIT ${p.add(q.limit)} OFFSET ${p.add(q.offset)}`, p.values);
    const total = (await db.query<{ n: number }>(`SELECT count(*) AS n FROM papers WHERE ${clause}`, filterValues)).rows[0]!.n;
    return { items: await imports.papers(rows), total };
  }

  return {
    dailyPapers,
    latestDailyDate: () => scalar('SELECT max(submitted_on_daily_at) AS v FROM papers'),
    adjacentDailyDates: async (date: string) => ({
      prev: await scalar('SELECT max(submitted_on_daily_at) AS v FROM papers WHERE submitted_on_daily_at < $1', [date]),
      next: await scalar('SELECT min(submitted_on_daily_at) AS v FROM papers WHERE submitted_on_daily_at > $1', [date]),
    }),
    dailyBetween: async (from: string, to: string) => imports.papers((await db.query<PaperRow>(
      `SELECT ${PAPER_COLUMNS} FROM papers WHERE submitted_on_daily_at >= $1 AND submitted_on_daily_at <= $2 AND hidden_at IS NULL`, [from, to])).rows),
  };
}

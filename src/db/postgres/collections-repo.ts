import { EMPTY_STATE, type CollectionRecord, type CollectionsRepo, type PaperState } from '../../collections/repo.ts';
import type { Pool } from './open.ts';

const COLUMNS = `c.id, c.user_id AS "userId", c.name, c.is_public AS "isPublic", c.share_token AS "shareToken", c.created_at AS "createdAt",
  (SELECT count(*) FROM collection_items i WHERE i.collection_id = c.id) AS papers`;
const FLAG_COLUMN = { readLater: 'read_later_at', read: 'read_at', notInterested: 'not_interested_at' } as const;

type Row = Omit<CollectionRecord, 'isPublic'> & { isPublic: number };
const toRecord = (r: Row | undefined): CollectionRecord | null => (r ? { ...r, isPublic: r.isPublic === 1 } : null);

/** Collections and paper states in PostgreSQL (as src/db/sqlite/collections-repo.ts; is_public is 0/1 there too). */
export function createCollectionsRepo(pool: Pool): CollectionsRepo {
  const rows = async (sql: string, values: unknown[]) => (await pool.query<Row>(sql, values)).rows;
  const rowids = async (sql: string, values: unknown[]) => (await pool.query<{ r: number }>(sql, values)).rows.map((x) => x.r);
  const byId = async (id: number) => toRecord((await rows(`SELECT ${COLUMNS} FROM collections c WHERE c.id = $1`, [id]))[0]);
  return {
    async create(c) {
      const { rows: [made] } = await pool.query<{ id: number }>(`INSERT INTO collections (user_id, name, is_public, share_token, created_at)
        VALUES ($1, $2, $3, $4, $5) RETURNING id`, [c.userId, c.name, c.isPublic ? 1 : 0, c.shareToken, c.createdAt]);
      return (await byId(made!.id))!;
    },
    get: byId,
    async byShareToken(token) { return toRecord((await rows(`SELECT ${COLUMNS} FROM collections c WHERE c.share_token = $1`, [token]))[0]); },
    async forUser(userId) { return (await rows(`SELECT ${COLUMNS} FROM collections c WHERE c.user_id = $1 ORDER BY c.id`, [userId])).map((r) => toRecord(r)!); },
    async update(id, change) {
      if (change.name !== undefined) await pool.query('UPDATE collections SET name = $1 WHERE id = $2', [change.name, id]);
      if (change.isPublic !== undefined) await pool.query('UPDATE collections SET is_public = $1 WHERE id = $2', [change.isPublic ? 1 : 0, id]);
    },
    async delete(id) { await pool.query('DELETE FROM collections WHERE id = $1', [id]); },
    async addPaper(id, rowid, at) {
      await pool.query('INSERT INTO collection_items (collection_id, paper_rowid, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [id, rowid, at]);
    },
    async removePaper(id, rowid) { await pool.query('DELETE FROM collection_items WHERE collection_id = $1 AND paper_rowid = $2', [id, rowid]); },
    paperRowids(id, limit, offset) {
      return rowids(`SELECT paper_rowid AS r FROM collection_items WHERE collection_id = $1
        ORDER BY added_at DESC, paper_rowid DESC LIMIT $2 OFFSET $3`, [id, limit, offset]);
    },
    async state(userId, rowid) {
      const { rows: [r] } = await pool.query<{ read_later_at: string | null; read_at: string | null; not_interested_at: string | null; note: string }>(
        'SELECT read_later_at, read_at, not_interested_at, note FROM paper_states WHERE user_id = $1 AND paper_rowid = $2', [userId, rowid]);
      return r ? { readLater: !!r.read_later_at, read: !!r.read_at, notInterested: !!r.not_interested_at, note: r.note } : { ...EMPTY_STATE };
    },
    async setState(userId, rowid, s: PaperState, at) {
      // A flag keeps the time it was first set; clearing it sets NULL (one atomic upsert, as on SQLite).
      await pool.query(`INSERT INTO paper_states AS s (user_id, paper_rowid, read_later_at, read_at, not_interested_at, note, updated_at)
        VALUES ($1, $2, $3::text, $4::text, $5::text, $6, $7)
        ON CONFLICT (user_id, paper_rowid) DO UPDATE SET
          read_later_at = CASE WHEN excluded.read_later_at IS NULL THEN NULL ELSE coalesce(s.read_later_at, excluded.read_later_at) END,
          read_at = CASE WHEN excluded.read_at IS NULL THEN NULL ELSE coalesce(s.read_at, excluded.read_at) END,
          not_interested_at = CASE WHEN excluded.not_interested_at IS NULL THEN NULL ELSE coalesce(s.not_interested_at, excluded.not_interested_at) END,
          note = excluded.note, updated_at = excluded.updated_at`,
      [userId, rowid, s.readLater ? at : null, s.read ? at : null, s.notInterested ? at : null, s.note, at]);
    },
    flagged(userId, flag, limit, offset) {
      const col = FLAG_COLUMN[flag];
      return rowids(`SELECT paper_rowid AS r FROM paper_states WHERE user_id = $1 AND ${col} IS NOT NULL
        ORDER BY ${col} DESC, paper_rowid DESC LIMIT $2 OFFSET $3`, [userId, limit, offset]);
    },
  };
}

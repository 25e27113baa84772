import { EMPTY_STATE, type CollectionRecord, type CollectionsRepo, type PaperState } from '../../collections/repo.ts';
import type { Db } from './open.ts';

const COLUMNS = `c.id, c.user_id AS userId, c.name, c.is_public AS isPublic, c.share_token AS shareToken, c.created_at AS createdAt,
  (SELECT count(*) FROM collection_items i WHERE i.collection_id = c.id) AS papers`;
const FLAG_COLUMN = { readLater: 'read_later_at', read: 'read_at', notInterested: 'not_interested_at' } as const;

type Row = Omit<CollectionRecord, 'isPublic'> & { isPublic: number };
const toRecord = (r: Row | undefined): CollectionRecord | null => (r ? { ...r, isPublic: r.isPublic === 1 } : null);

/** Collections and paper states in SQLite. */
export function createCollectionsRepo(db: Db): CollectionsRepo {
  const byId = db.prepare(`SELECT ${COLUMNS} FROM collections c WHERE c.id = ?`);
  const stateRow = db.prepare(`SELECT read_later_at, read_at, not_interested_at, note FROM paper_states WHERE user_id = ? AND paper_rowid = ?`);
  return {
    async create(c) {
      const id = db.prepare(`INSERT INTO collections (user_id, name, is_public, share_token, created_at)
        VALUES (@userId, @name, @isPublic, @shareToken, @createdAt)`).run({ ...c, isPublic: c.isPublic ? 1 : 0 }).lastInsertRowid;
      return toRecord(byId.get(id) as Row)!;
    },
    async get(id) { return toRecord(byId.get(id) as Row | undefined); },
    async byShareToken(token) { return toRecord(db.prepare(`SELECT ${COLUMNS} FROM collections c WHERE c.share_token = ?`).get(token) as Row | undefined); },
    async forUser(userId) { return (db.prepare(`SELECT ${COLUMNS} FROM collections c WHERE c.user_id = ? ORDER BY c.id`).all(userId) as Row[]).map((r) => toRecord(r)!); },
    async update(id, change) {
      if (change.name !== undefined) db.prepare('UPDATE collections SET name = ? WHERE id = ?').run(change.name, id);
      if (change.isPublic !== undefined) db.prepare('UPDATE collections SET is_public = ? WHERE id = ?').run(change.isPublic ? 1 : 0, id);
    },
    async delete(id) { db.prepare('DELETE FROM collections WHERE id = ?').run(id); },
    async addPaper(id, rowid, at) { db.prepare('INSERT INTO collection_items (collection_id, paper_rowid, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(id, rowid, at); },
    async removePaper(id, rowid) { db.prepare('DELETE FROM collection_items WHERE collection_id = ? AND paper_rowid = ?').run(id, rowid); },
    async paperRowids(id, limit, offset) {
      return db.prepare('SELECT paper_rowid FROM collection_items WHERE collection_id = ? ORDER BY added_at DESC, paper_rowid DESC LIMIT ? OFFSET ?').pluck().all(id, limit, offset) as number[];
    },
    async state(userId, rowid) {
      const r = stateRow.get(userId, rowid) as { read_later_at: string | null; read_at: string | null; not_interested_at: string | null; note: string } | undefined;
      return r ? { readLater: !!r.read_later_at, read: !!r.read_at, notInterested: !!r.not_interested_at, note: r.note } : { ...EMPTY_STATE };
    },
    async setState(userId, rowid, s: PaperState, at) {
      // A flag keeps the time it was first set; clearing it sets NULL.
      db.prepare(`INSERT INTO paper_states (user_id, paper_rowid, read_later_at, read_at, not_interested_at, note, updated_at)
        VALUES (@userId, @rowid, @rl, @rd, @ni, @note, @at)
        ON CONFLICT(user_id, paper_rowid) DO UPDATE SET
          read_later_at = CASE WHEN @rl IS NULL THEN NULL ELSE coalesce(paper_states.read_later_at, @rl) END,
          read_at = CASE WHEN @rd IS NULL THEN NULL ELSE coalesce(paper_states.read_at, @rd) END,
          not_interested_at = CASE WHEN @ni IS NULL THEN NULL ELSE coalesce(paper_states.not_interested_at, @ni) END,
          note = @note, updated_at = @at`).run({
        userId, rowid, rl: s.readLater ? at : null, rd: s.read ? at : null, ni: s.notInterested ? at : null, note: s.note, at,
      });
    },
    async flagged(userId, flag, limit, offset) {
      const col = FLAG_COLUMN[flag];
      return db.prepare(`SELECT paper_rowid FROM paper_states WHERE user_id = ? AND ${col} IS NOT NULL ORDER BY ${col} DESC, paper_rowid DESC LIMIT ? OFFSET ?`)
        .pluck().all(userId, limit, offset) as number[];
    },
  };
}

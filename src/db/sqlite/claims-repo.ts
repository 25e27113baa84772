import type { ClaimRecord, ClaimsRepo } from '../../claims/repo.ts';
import type { Db } from './open.ts';

/** Author claims in SQLite. */
export function createClaimsRepo(db: Db): ClaimsRepo {
  return {
    async create(c) {
      const r = db.prepare(`INSERT INTO author_claims (user_id, paper_rowid, author_name, author_key, created_at)
        VALUES (@userId, @paperRowid, @authorName, @authorKey, @createdAt) ON CONFLICT DO NOTHING`).run(c);
      return r.changes === 1 ? Number(r.lastInsertRowid) : null;
    },
    async pending(limit) {
      return db.prepare(`SELECT a.id, a.user_id AS userId, u.display_name AS userName, u.email AS userEmail, p.id AS paperId,
          p.title AS paperTitle, a.author_name AS authorName, a.status, a.created_at AS createdAt
        FROM author_claims a JOIN users u ON u.id = a.user_id JOIN papers p ON p.rowid = a.paper_rowid
        WHERE a.status = 'pending' ORDER BY a.id LIMIT ?`).all(limit) as ClaimRecord[];
    },
    async decide(id, status, by, at) {
      return db.prepare(`UPDATE author_claims SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'pending'`)
        .run(status, by, at, id).changes === 1;
    },
    async approvedFor(key) {
      return db.prepare(`SELECT DISTINCT u.id AS userId, u.display_name AS userName FROM author_claims a JOIN users u ON u.id = a.user_id
        WHERE a.author_key = ? AND a.status = 'approved' AND u.banned_at IS NULL ORDER BY u.id`).all(key) as Array<{ userId: number; userName: string }>;
    },
  };
}

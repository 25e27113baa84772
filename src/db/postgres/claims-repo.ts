import type { ClaimRecord, ClaimsRepo } from '../../claims/repo.ts';
import type { Queryable } from './open.ts';

/** Author claims in PostgreSQL (as src/db/sqlite/claims-repo.ts): the unique (user, paper, author key) makes a repeat claim a no-op. */
export function createClaimsRepo(db: Queryable): ClaimsRepo {
  return {
    async create(c) {
      const { rows } = await db.query<{ id: number }>(`INSERT INTO author_claims (user_id, paper_rowid, author_name, author_key, created_at)
        VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`, [c.userId, c.paperRowid, c.authorName, c.authorKey, c.createdAt]);
      return rows[0]?.id ?? null;
    },
    async pending(limit) {
      return (await db.query<ClaimRecord>(`SELECT a.id, a.user_id AS "userId", u.display_name AS "userName", u.email AS "userEmail", p.id AS "paperId",
          p.title AS "paperTitle", a.author_name AS "authorName", a.status, a.created_at AS "createdAt"
        FROM author_claims a JOIN users u ON u.id = a.user_id JOIN papers p ON p.rowid = a.paper_rowid
        WHERE a.status = 'pending' ORDER BY a.id LIMIT $1`, [limit])).rows;
    },
    async decide(id, status, by, at) {
      const r = await db.query(`UPDATE author_claims SET status = $1, decided_by = $2, decided_at = $3 WHERE id = $4 AND status = 'pending'`,
        [status, by, at, id]);
      return r.rowCount === 1;
    },
    async approvedFor(key) {
      return (await db.query<{ userId: number; userName: string }>(`SELECT DISTINCT u.id AS "userId", u.display_name AS "userName"
        FROM author_claims a JOIN users u ON u.id = a.user_id
        WHERE a.author_key = $1 AND a.status = 'approved' AND u.banned_at IS NULL ORDER BY u.id`, [key])).rows;
    },
  };
}

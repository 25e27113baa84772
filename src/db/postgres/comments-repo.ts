import type { CommentRecord, CommentsRepo, ReportRecord } from '../../comments/repo.ts';
import { inTransaction, type Pool, type Queryable } from './open.ts';

const COLUMNS = `c.id, c.paper_rowid AS "paperRowid", c.user_id AS "userId", u.display_name AS "authorName", c.parent_id AS "parentId",
  c.body, c.created_at AS "createdAt", c.edited_at AS "editedAt", c.deleted_at AS "deletedAt", c.hidden_at AS "hiddenAt"`;

async function byId(db: Queryable, id: number): Promise<CommentRecord | null> {
  return (await db.query<CommentRecord>(`SELECT ${COLUMNS} FROM comments c JOIN users u ON u.id = c.user_id WHERE c.id = $1`, [id])).rows[0] ?? null;
}

/**
 * Comments and reports in PostgreSQL (as src/db/sqlite/comments-repo.ts); papers.local_comments
 * moves with every visible comment in the same transaction, by an UPDATE that locks the paper's row.
 */
export function createCommentsRepo(pool: Pool): CommentsRepo {
  return {
    add(c) {
      return inTransaction(pool, async (t) => {
        const { rows } = await t.query<{ id: number }>(`INSERT INTO comments (paper_rowid, user_id, parent_id, body, created_at)
          VALUES ($1, $2, $3, $4, $5) RETURNING id`, [c.paperRowid, c.userId, c.parentId, c.body, c.createdAt]);
        await t.query('UPDATE papers SET local_comments = local_comments + 1 WHERE rowid = $1', [c.paperRowid]);
        return (await byId(t, rows[0]!.id))!;
      });
    },
    get: (id) => byId(pool, id),
    async forPaper(rowid) {
      return (await pool.query<CommentRecord>(`SELECT ${COLUMNS} FROM comments c JOIN users u ON u.id = c.user_id
        WHERE c.paper_rowid = $1 ORDER BY c.created_at, c.id`, [rowid])).rows;
    },
    async edit(id, body, at) { await pool.query('UPDATE comments SET body = $1, edited_at = $2 WHERE id = $3', [body, at, id]); },
    remove(id, how, at) {
      const column = how === 'deleted' ? 'deleted_at' : 'hidden_at';
      return inTransaction(pool, async (t) => {
        // Only a visible comment changes (a concurrent second removal re-checks and matches nothing), so the count drops once.
        const { rows } = await t.query<{ paper_rowid: number }>(`UPDATE comments SET ${column} = $1
          WHERE id = $2 AND deleted_at IS NULL AND hidden_at IS NULL RETURNING paper_rowid`, [at, id]);
        if (!rows[0]) return false;
        await t.query('UPDATE papers SET local_comments = local_comments - 1 WHERE rowid = $1', [rows[0].paper_rowid]);
        return true;
      });
    },
    async report(r) {
      // reports_once (an expression index) turns a second report of the same subject into a no-op.
      const { rows } = await pool.query<{ id: number }>(`INSERT INTO reports (reporter_id, comment_id, paper_rowid, reason, created_at)
        VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`, [r.reporterId, r.commentId, r.paperRowid, r.reason, r.createdAt]);
      return rows[0]?.id ?? null;
    },
    async openReports(limit) {
      return (await pool.query<ReportRecord>(`SELECT r.id, r.reporter_id AS "reporterId", r.comment_id AS "commentId", r.paper_rowid AS "paperRowid",
          r.reason, r.created_at AS "createdAt", c.body AS "commentBody", c.user_id AS "commentAuthorId"
        FROM reports r LEFT JOIN comments c ON c.id = r.comment_id WHERE r.resolved_at IS NULL ORDER BY r.id LIMIT $1`, [limit])).rows;
    },
    async resolveReport(id, by, at) {
      const r = await pool.query('UPDATE reports SET resolved_at = $1, resolved_by = $2 WHERE id = $3 AND resolved_at IS NULL', [at, by, id]);
      return r.rowCount === 1;
    },
  };
}

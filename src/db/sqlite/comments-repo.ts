import type { CommentRecord, CommentsRepo, ReportRecord } from '../../comments/repo.ts';
import type { Db } from './open.ts';

const COLUMNS = `c.id, c.paper_rowid AS paperRowid, c.user_id AS userId, u.display_name AS authorName, c.parent_id AS parentId,
  c.body, c.created_at AS createdAt, c.edited_at AS editedAt, c.deleted_at AS deletedAt, c.hidden_at AS hiddenAt`;

/** Comments and reports in SQLite; papers.local_comments moves with every visible comment, in one transaction. */
export function createCommentsRepo(db: Db): CommentsRepo {
  const byId = db.prepare(`SELECT ${COLUMNS} FROM comments c JOIN users u ON u.id = c.user_id WHERE c.id = ?`);
  const insert = db.prepare(`INSERT INTO comments (paper_rowid, user_id, parent_id, body, created_at)
    VALUES (@paperRowid, @userId, @parentId, @body, @createdAt)`);
  const bump = db.prepare('UPDATE papers SET local_comments = local_comments + ? WHERE rowid = ?');
  const add = db.transaction((c: Parameters<CommentsRepo['add']>[0]) => {
    const id = Number(insert.run(c).lastInsertRowid);
    bump.run(1, c.paperRowid);
    return byId.get(id) as CommentRecord;
  });
  const remove = db.transaction((id: number, how: 'deleted' | 'hidden', at: string) => {
    const column = how === 'deleted' ? 'deleted_at' : 'hidden_at';
    const row = db.prepare(`UPDATE comments SET ${column} = ? WHERE id = ? AND deleted_at IS NULL AND hidden_at IS NULL RETURNING paper_rowid`).get(at, id) as { paper_rowid: number } | undefined;
    if (!row) return false;
    bump.run(-1, row.paper_rowid);
    return true;
  });
  return {
    async add(c) { return add.immediate(c); },
    async get(id) { return (byId.get(id) as CommentRecord | undefined) ?? null; },
    async forPaper(rowid) {
      return db.prepare(`SELECT ${COLUMNS} FROM comments c JOIN users u ON u.id = c.user_id WHERE c.paper_rowid = ? ORDER BY c.created_at, c.id`).all(rowid) as CommentRecord[];
    },
    async edit(id, body, at) { db.prepare('UPDATE comments SET body = ?, edited_at = ? WHERE id = ?').run(body, at, id); },
    async remove(id, how, at) { return remove.immediate(id, how, at); },
    async report(r) {
      const res = db.prepare(`INSERT INTO reports (reporter_id, comment_id, paper_rowid, reason, created_at)
        VALUES (@reporterId, @commentId, @paperRowid, @reason, @createdAt) ON CONFLICT DO NOTHING`).run(r);
      return res.changes === 1 ? Number(res.lastInsertRowid) : null;
    },
    async openReports(limit) {
      return db.prepare(`SELECT r.id, r.reporter_id AS reporterId, r.comment_id AS commentId, r.paper_rowid AS paperRowid, r.reason,
          r.created_at AS createdAt, c.body AS commentBody, c.user_id AS commentAuthorId
        FROM reports r LEFT JOIN comments c ON c.id = r.comment_id WHERE r.resolved_at IS NULL ORDER BY r.id LIMIT ?`).all(limit) as ReportRecord[];
    },
    async resolveReport(id, by, at) {
      return db.prepare('UPDATE reports SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL').run(at, by, id).changes === 1;
    },
  };
}

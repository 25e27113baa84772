import type { HiddenPaper, ModerationRepo } from '../../moderation/repo.ts';
import type { Queryable } from './open.ts';

/** Hidden papers in PostgreSQL (papers.hidden_at, which every reader filters on, as on SQLite). Bans live in the accounts repository. */
export function createModerationRepo(db: Queryable): ModerationRepo {
  return {
    async setPaperHidden(rowid, at) { await db.query('UPDATE papers SET hidden_at = $1 WHERE rowid = $2', [at, rowid]); },
    async hiddenPapers(limit) {
      return (await db.query<HiddenPaper>(`SELECT rowid, id, title, hidden_at AS "hiddenAt" FROM papers WHERE hidden_at IS NOT NULL
        ORDER BY hidden_at DESC LIMIT $1`, [limit])).rows;
    },
  };
}

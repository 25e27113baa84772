import type { HiddenPaper, ModerationRepo } from '../../moderation/repo.ts';
import type { Db } from './open.ts';

/** Hidden papers in SQLite (papers.hidden_at, which every reader filters on). */
export function createModerationRepo(db: Db): ModerationRepo {
  return {
    async setPaperHidden(rowid, at) { db.prepare('UPDATE papers SET hidden_at = ? WHERE rowid = ?').run(at, rowid); },
    async hiddenPapers(limit) {
      return db.prepare(`SELECT rowid, id, title, hidden_at AS hiddenAt FROM papers WHERE hidden_at IS NOT NULL
        ORDER BY hidden_at DESC LIMIT ?`).all(limit) as HiddenPaper[];
    },
  };
}

import type { VotesRepo } from '../../votes/repo.ts';
import type { Db } from './open.ts';

/**
 * Votes in SQLite. The vote row and the counter change in one IMMEDIATE transaction, so the
 * counter always equals the number of rows however many requests (or processes) race.
 */
export function createVotesRepo(db: Db): VotesRepo {
  const insert = db.prepare('INSERT INTO paper_votes (user_id, paper_rowid, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const del = db.prepare('DELETE FROM paper_votes WHERE user_id = ? AND paper_rowid = ?');
  const bump = db.prepare('UPDATE papers SET local_upvotes = local_upvotes + ? WHERE rowid = ?');
  const counts = db.prepare('SELECT upvotes AS imported, local_upvotes AS local FROM papers WHERE rowid = ?');
  const voted = db.prepare('SELECT p.id FROM paper_votes v JOIN papers p ON p.rowid = v.paper_rowid WHERE v.user_id = ?').pluck();

  const change = db.transaction((userId: number, rowid: number, at: string | null) => {
    const changed = (at ? insert.run(userId, rowid, at) : del.run(userId, rowid)).changes === 1;
    if (changed) bump.run(at ? 1 : -1, rowid);
    const c = counts.get(rowid) as { imported: number; local: number };
    return { changed, ...c };
  });

  return {
    async add(userId, rowid, at) { return change.immediate(userId, rowid, at); },
    async remove(userId, rowid) { return change.immediate(userId, rowid, null); },
    async votedPaperIds(userId) { return new Set(voted.all(userId) as string[]); },
  };
}

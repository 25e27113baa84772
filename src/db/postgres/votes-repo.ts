import type { VoteResult, VotesRepo } from '../../votes/repo.ts';
import { inTransaction, type Client, type Pool } from './open.ts';

type Counts = { imported: number; local: number };

/**
 * Votes in PostgreSQL. The vote row and the counter change in one transaction: the primary key makes
 * a second insert of the same vote a no-op (a concurrent one waits for the first to commit, then
 * does nothing; a concurrent delete likewise finds nothing left), and the counter moves only when a
 * row really came or went, by an UPDATE that locks the paper's row. So papers.local_upvotes equals
 * the number of vote rows however many servers race.
 */
export function createVotesRepo(pool: Pool): VotesRepo {
  async function counts(c: Client, rowid: number, delta: number): Promise<Counts> {
    const { rows } = delta === 0
      ? await c.query<Counts>('SELECT upvotes AS imported, local_upvotes AS local FROM papers WHERE rowid = $1', [rowid])
      : await c.query<Counts>(`UPDATE papers SET local_upvotes = local_upvotes + $1 WHERE rowid = $2
          RETURNING upvotes AS imported, local_upvotes AS local`, [delta, rowid]);
    return rows[0]!;
  }

  function change(userId: number, rowid: number, at: string | null): Promise<VoteResult> {
    return inTransaction(pool, async (c) => {
      const done = at
        ? await c.query('INSERT INTO paper_votes (user_id, paper_rowid, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [userId, rowid, at])
        : await c.query('DELETE FROM paper_votes WHERE user_id = $1 AND paper_rowid = $2', [userId, rowid]);
      const changed = done.rowCount === 1;
      return { changed, ...await counts(c, rowid, changed ? (at ? 1 : -1) : 0) };
    });
  }

  return {
    add: (userId, rowid, at) => change(userId, rowid, at),
    remove: (userId, rowid) => change(userId, rowid, null),
    async votedPaperIds(userId) {
      const { rows } = await pool.query<{ id: string }>('SELECT p.id FROM paper_votes v JOIN papers p ON p.rowid = v.paper_rowid WHERE v.user_id = $1', [userId]);
      return new Set(rows.map((r) => r.id));
    },
  };
}

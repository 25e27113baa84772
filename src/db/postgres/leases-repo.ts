import type { LeaseRepo } from '../../jobs/lease.ts';
import type { Queryable } from './open.ts';

/** Leases as one row per job; one INSERT ... ON CONFLICT decides atomically who holds it (as on SQLite). */
export function createLeaseRepo(db: Queryable): LeaseRepo {
  return {
    async acquire(name, holder, ttlMs, now = new Date()) {
      const until = new Date(now.getTime() + ttlMs).toISOString();
      // The WHERE on the conflict branch lets the row change hands only when it expired or is ours.
      const r = await db.query(`INSERT INTO job_leases (name, holder, expires_at) VALUES ($1, $2, $3)
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE job_leases.expires_at <= $4 OR job_leases.holder = excluded.holder`, [name, holder, until, now.toISOString()]);
      return r.rowCount === 1;
    },
    async release(name, holder) {
      await db.query('DELETE FROM job_leases WHERE name = $1 AND holder = $2', [name, holder]);
    },
    async holder(name) {
      const { rows } = await db.query<{ holder: string; expiresAt: string }>(
        'SELECT holder, expires_at AS "expiresAt" FROM job_leases WHERE name = $1', [name]);
      return rows[0] ?? null;
    },
  };
}

import type { LeaseRepo } from '../../jobs/lease.ts';
import type { Db } from './open.ts';

/** Leases as one row per job; a single UPSERT decides atomically who holds it. */
export function createLeaseRepo(db: Db): LeaseRepo {
  // The WHERE on the conflict branch lets the row change hands only when it expired or is ours.
  const take = db.prepare(`
    INSERT INTO job_leases (name, holder, expires_at) VALUES (@name, @holder, @until)
    ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
    WHERE job_leases.expires_at <= @now OR job_leases.holder = excluded.holder`);
  const drop = db.prepare('DELETE FROM job_leases WHERE name = ? AND holder = ?');
  const get = db.prepare('SELECT holder, expires_at AS expiresAt FROM job_leases WHERE name = ?');
  return {
    async acquire(name, holder, ttlMs, now = new Date()) {
      const until = new Date(now.getTime() + ttlMs).toISOString();
      return take.run({ name, holder, until, now: now.toISOString() }).changes === 1;
    },
    async release(name, holder) { drop.run(name, holder); },
    async holder(name) {
      return (get.get(name) as { holder: string; expiresAt: string } | undefined) ?? null;
    },
  };
}

import type { DigestsRepo } from '../../digests/repo.ts';
import type { SendRecord } from '../../digests/types.ts';
import { Params, type Queryable } from './open.ts';
import { PATCH_COLUMNS, SUBSCRIBER_COLUMNS as COLUMNS, toSubscriber, type SubscriberRow } from '../shared/digest-rows.ts';

/**
 * Subscribers, the send ledger and shared secrets on PostgreSQL, for several server processes on one
 * database. Every decision that must be made once (a claim, a suppression, the first secret) is one
 * statement, so no transaction spans a round trip and no two processes can both win.
 */
export function createDigestsRepo(db: Queryable): DigestsRepo {
  const one = (rows: SubscriberRow[]) => (rows[0] ? toSubscriber(rows[0]) : null);
  const byId = async (id: number) => one((await db.query<SubscriberRow>(`SELECT ${COLUMNS} FROM digest_subscribers WHERE id = $1`, [id])).rows);

  return {
    async byEmail(email) {
      return one((await db.query<SubscriberRow>(`SELECT ${COLUMNS} FROM digest_subscribers WHERE email = $1`, [email])).rows);
    },
    byId,
    async insert(s) {
      const { rows } = await db.query<SubscriberRow>(`INSERT INTO digest_subscribers (email, frequency, status, topics, created_at, confirmed_at)
        VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [s.email, s.frequency, s.status, JSON.stringify(s.topics), s.at, s.status === 'confirmed' ? s.at : null]);
      return toSubscriber(rows[0]!);
    },
    async update(id, patch) {
      const p = new Params();
      const sets: string[] = [];
      for (const [key, column] of PATCH_COLUMNS) {
        if (patch[key] === undefined) continue;
        sets.push(`${column} = ${p.add(key === 'topics' ? JSON.stringify(patch.topics) : patch[key])}`);
      }
      if (!sets.length) return byId(id);
      const { rows } = await db.query<SubscriberRow>(`UPDATE digest_subscribers SET ${sets.join(', ')} WHERE id = ${p.add(id)}
        RETURNING ${COLUMNS}`, p.values);
      return one(rows);
    },
    async remove(email) {
      return ((await db.query('DELETE FROM digest_subscribers WHERE email = $1', [email])).rowCount ?? 0) > 0;
    },
    async list() {
      return (await db.query<SubscriberRow>(`SELECT ${COLUMNS} FROM digest_subscribers ORDER BY id`)).rows.map(toSubscriber);
    },
    async due(frequency, period, afterId, limit) {
      const { rows } = await db.query<SubscriberRow>(`SELECT ${COLUMNS} FROM digest_subscribers s
        WHERE s.status = 'confirmed' AND s.frequency = $1 AND s.id > $2
          AND NOT EXISTS (SELECT 1 FROM digest_sends d WHERE d.subscriber_id = s.id AND d.period = $3 AND d.state <> 'retry')
        ORDER BY s.id LIMIT $4`, [frequency, afterId, period, limit]);
      return rows.map(toSubscriber);
    },
    async claim(id, period, frequency, runId, at) {
      // One statement decides, as on SQLite: a fresh claim inserts; a claim over a 'retry' row takes
      // it over. Of two servers claiming at once, the second waits on the first's row and then finds
      // it 'sending' (the conflict branch re-checks its WHERE on the committed row), so it gets 0 rows.
      // The subscriber must still be confirmed at the moment of the claim.
      const r = await db.query(`INSERT INTO digest_sends (subscriber_id, period, frequency, state, run_id, claimed_at)
        SELECT $1::int, $2::text, $3::text, 'sending', $4::text, $5::text
        WHERE EXISTS (SELECT 1 FROM digest_subscribers WHERE id = $1::int AND status = 'confirmed')
        ON CONFLICT (subscriber_id, period) DO UPDATE SET state = 'sending', run_id = excluded.run_id,
          claimed_at = excluded.claimed_at, finished_at = NULL, error = NULL
        WHERE digest_sends.state = 'retry'`, [id, period, frequency, runId, at]);
      return r.rowCount === 1;
    },
    async finish(id, period, o, at) {
      await db.query(`UPDATE digest_sends SET state = $1, finished_at = $2, attempts = attempts + $3, message_id = $4, error = $5
        WHERE subscriber_id = $6 AND period = $7`,
      [o.state, at, o.attempts, o.state === 'sent' ? o.messageId : null, o.state === 'sent' ? null : o.error, id, period]);
    },
    async countPermanentFailure(id, limit, at) {
      // Every expression of the SET sees the row as it was, so the count and the suppression agree.
      const { rows } = await db.query<{ status: string; suppressedAt: string | null }>(`UPDATE digest_subscribers
        SET permanent_failures = permanent_failures + 1,
          status = CASE WHEN permanent_failures + 1 >= $1 AND status = 'confirmed' THEN 'suppressed' ELSE status END,
          suppressed_at = CASE WHEN permanent_failures + 1 >= $1 AND status = 'confirmed' THEN $2 ELSE suppressed_at END
        WHERE id = $3 RETURNING status, suppressed_at AS "suppressedAt"`, [limit, at, id]);
      return rows[0]?.status === 'suppressed' && rows[0].suppressedAt === at;
    },
    async clearFailures(id) {
      await db.query('UPDATE digest_subscribers SET permanent_failures = 0 WHERE id = $1 AND permanent_failures > 0', [id]);
    },
    async sends(period) {
      const { rows } = await db.query<SendRecord>(`SELECT subscriber_id AS "subscriberId", period, frequency, state, run_id AS "runId",
        claimed_at AS "claimedAt", finished_at AS "finishedAt", attempts, message_id AS "messageId", error
        FROM digest_sends WHERE period = $1 ORDER BY subscriber_id`, [period]);
      return rows;
    },
    async unfinished(period, exceptRunId) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*) AS n FROM digest_sends
        WHERE period = $1 AND state = 'sending' AND run_id <> $2`, [period, exceptRunId]);
      return rows[0]!.n;
    },
    async secret(name, candidate, at) {
      // The first writer wins; every server then reads the same value.
      await db.query('INSERT INTO app_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [name, candidate, at]);
      const { rows } = await db.query<{ value: string }>('SELECT value FROM app_secrets WHERE name = $1', [name]);
      return rows[0]!.value;
    },
  };
}

import type { DigestsRepo } from '../../digests/repo.ts';
import type { SendRecord } from '../../digests/types.ts';
import type { Db } from './open.ts';
import { PATCH_COLUMNS, SUBSCRIBER_COLUMNS as COLUMNS, toSubscriber, type SubscriberRow } from '../shared/digest-rows.ts';

/** Subscribers, the send ledger and shared secrets in SQLite. */
export function createDigestsRepo(db: Db): DigestsRepo {
  const byEmail = db.prepare(`SELECT ${COLUMNS} FROM digest_subscribers WHERE email = ?`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM digest_subscribers WHERE id = ?`);
  const insert = db.prepare(`INSERT INTO digest_subscribers (email, frequency, status, topics, created_at, confirmed_at)
    VALUES (@email, @frequency, @status, @topics, @at, @confirmedAt)`);
  const list = db.prepare(`SELECT ${COLUMNS} FROM digest_subscribers ORDER BY id`);
  const remove = db.prepare('DELETE FROM digest_subscribers WHERE email = ?');
  const due = db.prepare(`SELECT ${COLUMNS} FROM digest_subscribers s
    WHERE s.status = 'confirmed' AND s.frequency = @frequency AND s.id > @afterId
      AND NOT EXISTS (SELECT 1 FROM digest_sends d WHERE d.subscriber_id = s.id AND d.period = @period AND d.state <> 'retry')
    ORDER BY s.id LIMIT @limit`);
  // A fresh claim inserts; a claim over a 'retry' row (known undelivered) takes it over. Either way
  // one statement decides, so two runs can never both own a row.
  // The subscriber must still be confirmed at the moment of the claim: an unsubscribe that lands while
  // a run is under way stops that run's mail too.
  const claim = db.prepare(`INSERT INTO digest_sends (subscriber_id, period, frequency, state, run_id, claimed_at)
    SELECT @id, @period, @frequency, 'sending', @runId, @at
    WHERE EXISTS (SELECT 1 FROM digest_subscribers WHERE id = @id AND status = 'confirmed')
    ON CONFLICT(subscriber_id, period) DO UPDATE SET state = 'sending', run_id = excluded.run_id,
      claimed_at = excluded.claimed_at, finished_at = NULL, error = NULL
    WHERE digest_sends.state = 'retry'`);
  const finish = db.prepare(`UPDATE digest_sends SET state = @state, finished_at = @at, attempts = attempts + @attempts,
    message_id = @messageId, error = @error WHERE subscriber_id = @id AND period = @period`);
  const countFailure = db.prepare(`UPDATE digest_subscribers SET permanent_failures = permanent_failures + 1,
    status = CASE WHEN permanent_failures + 1 >= @limit AND status = 'confirmed' THEN 'suppressed' ELSE status END,
    suppressed_at = CASE WHEN permanent_failures + 1 >= @limit AND status = 'confirmed' THEN @at ELSE suppressed_at END
    WHERE id = @id RETURNING status, suppressed_at AS suppressedAt`);
  const clearFailures = db.prepare('UPDATE digest_subscribers SET permanent_failures = 0 WHERE id = ? AND permanent_failures > 0');
  const sends = db.prepare(`SELECT subscriber_id AS subscriberId, period, frequency, state, run_id AS runId,
    claimed_at AS claimedAt, finished_at AS finishedAt, attempts, message_id AS messageId, error
    FROM digest_sends WHERE period = ? ORDER BY subscriber_id`);
  const unfinished = db.prepare(`SELECT count(*) FROM digest_sends WHERE period = ? AND state = 'sending' AND run_id <> ?`).pluck();
  const putSecret = db.prepare('INSERT INTO app_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT(name) DO NOTHING');
  const getSecret = db.prepare('SELECT value FROM app_secrets WHERE name = ?').pluck();

  const one = (row: unknown) => (row ? toSubscriber(row as SubscriberRow) : null);
  return {
    async byEmail(email) { return one(byEmail.get(email)); },
    async byId(id) { return one(byId.get(id)); },
    async insert(s) {
      const r = insert.run({ email: s.email, frequency: s.frequency, status: s.status, topics: JSON.stringify(s.topics), at: s.at,
        confirmedAt: s.status === 'confirmed' ? s.at : null });
      return one(byId.get(Number(r.lastInsertRowid)))!;
    },
    async update(id, patch) {
      const sets: string[] = [];
      const params: unknown[] = [];
      for (const [key, column] of PATCH_COLUMNS) {
        if (patch[key] === undefined) continue;
        sets.push(`${column} = ?`);
        params.push(key === 'topics' ? JSON.stringify(patch.topics) : patch[key]);
      }
      if (sets.length) db.prepare(`UPDATE digest_subscribers SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
      return one(byId.get(id));
    },
    async remove(email) { return remove.run(email).changes > 0; },
    async list() { return (list.all() as SubscriberRow[]).map(toSubscriber); },
    async due(frequency, period, afterId, limit) {
      return (due.all({ frequency, period, afterId, limit }) as SubscriberRow[]).map(toSubscriber);
    },
    async claim(id, period, frequency, runId, at) { return claim.run({ id, period, frequency, runId, at }).changes === 1; },
    async finish(id, period, o, at) {
      finish.run({ id, period, at, state: o.state, attempts: o.attempts,
        messageId: o.state === 'sent' ? o.messageId : null, error: o.state === 'sent' ? null : o.error });
    },
    async countPermanentFailure(id, limit, at) {
      const r = countFailure.get({ id, limit, at }) as { status: string; suppressedAt: string | null } | undefined;
      return r?.status === 'suppressed' && r.suppressedAt === at;
    },
    async clearFailures(id) { clearFailures.run(id); },
    async sends(period) { return sends.all(period) as SendRecord[]; },
    async unfinished(period, exceptRunId) { return unfinished.get(period, exceptRunId) as number; },
    async secret(name, candidate, at) {
      putSecret.run(name, candidate, at);
      return getSecret.get(name) as string;
    },
  };
}

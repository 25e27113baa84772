import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { put, storeDialects } from '../helpers/store.ts';
import { confirmedSubscribers, DAY, digestDeps, fastRetry, fillDigestStore, recordingSleep } from '../helpers/digests.ts';
import { runDigest } from '../../src/digests/run.ts';
import { periodFor } from '../../src/digests/periods.ts';
import { requestSubscription, unsubscribe } from '../../src/digests/subscriptions.ts';
import type { Mailer } from '../../src/mail/types.ts';

const period = periodFor('daily', DAY);
const recipients = (smtp: { messages: Array<{ to: string[] }> }) => smtp.messages.flatMap((m) => m.to).sort();

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('only confirmed addresses get a digest; a rerun sends nothing new', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const smtp = await startSmtpCapture();
    const deps = digestDeps(store, smtp.url);
    await confirmedSubscribers(store, ['a@example.org', 'b@example.org', 'c@example.org', 'gone@example.org']);
    await unsubscribe(store, 'gone@example.org', new Date());
    // Pending: asked but never confirmed (its confirmation mail goes nowhere here).
    await requestSubscription({ ...deps, mailer: { kind: 'log', send: async () => ({ ok: true, messageId: 'x' }), close: async () => {} } },
      { email: 'pending@example.org', frequency: 'daily', topics: [] });

    const first = await runDigest(deps, period);
    assert.equal(first.sent, 3);
    assert.deepEqual(recipients(smtp), ['a@example.org', 'b@example.org', 'c@example.org']);
    const second = await runDigest(deps, period);
    assert.deepEqual([second.sent, second.failed, second.deferred], [0, 0, 0]);
    assert.equal(smtp.messages.length, 3, 'the rerun mailed no one');
    assert.deepEqual((await store.digests.sends(period.key)).map((s) => s.state), ['sent', 'sent', 'sent']);
    await deps.mailer.close();
  });

  test('a dry run composes every digest but sends and records nothing', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const smtp = await startSmtpCapture();
    const deps = digestDeps(store, smtp.url);
    await confirmedSubscribers(store, ['a@example.org', 'b@example.org']);
    const r = await runDigest(deps, period, { dryRun: true });
    assert.deepEqual([r.dryRun, r.sent], [true, 2]);
    assert.equal(smtp.messages.length, 0);
    assert.deepEqual(await store.digests.sends(period.key), []);
    assert.equal((await runDigest(deps, period)).sent, 2, 'a real run afterwards still sends');
    await deps.mailer.close();
  });

  test('an empty period sends nothing (no trending paper, no topic match)', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const smtp = await startSmtpCapture();
    const deps = digestDeps(store, smtp.url);
    await confirmedSubscribers(store, ['a@example.org']);
    const r = await runDigest(deps, periodFor('daily', '2025-01-16'));
    assert.deepEqual([r.sent, r.empty], [0, 1]);
    await deps.mailer.close();
  });

  test('temporary refusals (4xx) are retried with growing waits; still refused, the next run retries', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const smtp = await startSmtpCapture();
    const { sleep, waits } = recordingSleep();
    const deps = digestDeps(store, smtp.url, { retry: fastRetry(sleep, 3) });
    await confirmedSubscribers(store, ['busy@example.org', 'full@example.org']);
    smtp.refuse(451, 2, 'busy@example.org');
    smtp.refuse(452, 3, 'full@example.org');

    const r = await runDigest(deps, period);
    assert.deepEqual([r.sent, r.deferred, r.failed], [1, 1, 0]);
    assert.deepEqual(recipients(smtp), ['busy@example.org']);
    assert.equal(waits.length, 4, 'two waits for each address');
    for (const [i, w] of waits.slice().sort((a, b) => a - b).entries()) assert.ok(w >= [900, 900, 1800, 1800][i]! && w <= [1100, 1100, 2200, 2200][i]!, `wait ${w}`);
    const ledger = await store.digests.sends(period.key);
    assert.deepEqual(ledger.map((s) => [s.state, s.attempts]), [['sent', 3], ['retry', 3]]);
    assert.match(ledger[1]!.error ?? '', /^452 /);

    const again = await runDigest(deps, period);
    assert.deepEqual([again.sent, again.deferred], [1, 0]);
    assert.deepEqual(recipients(smtp), ['busy@example.org', 'full@example.org']);
    await deps.mailer.close();
  });

  test('connection errors are temporary too', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const { sleep, waits } = recordingSleep();
    const deps = digestDeps(store, 'smtp://127.0.0.1:1', { retry: fastRetry(sleep, 2) });
    await confirmedSubscribers(store, ['a@example.org']);
    const r = await runDigest(deps, period);
    assert.deepEqual([r.sent, r.deferred, waits.length], [0, 1, 1]);
    await deps.mailer.close();
  });

  test('with the SMTP server unreachable a run stops after a few addresses; the next run sends everything', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const { sleep } = recordingSleep();
    const down = digestDeps(store, 'smtp://127.0.0.1:1', { retry: fastRetry(sleep, 2), concurrency: 1 });
    const emails = Array.from({ length: 6 }, (_, i) => `r${i}@example.org`);
    await confirmedSubscribers(store, emails);
    const r = await runDigest(down, period);
    assert.deepEqual([r.sent, r.deferred], [0, 3]);
    assert.match(r.stoppedEarly ?? '', /could not be reached/);
    assert.deepEqual((await store.digests.sends(period.key)).map((x) => x.state), ['retry', 'retry', 'retry'], 'the rest was never claimed');
    await down.mailer.close();

    const smtp = await startSmtpCapture();
    const up = digestDeps(store, smtp.url);
    const again = await runDigest(up, period);
    assert.deepEqual([again.sent, again.stoppedEarly], [6, null]);
    assert.deepEqual(recipients(smtp), emails);
    await up.mailer.close();
  });

  test('permanent refusals (5xx) are recorded, not retried, and suppress the address after three in a row', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    await put(store, ['2025-01-14', '2025-01-15', '2025-01-16'].map((d, i) => ({ arxivId: `2501.3000${i}`, title: `Paper of ${d}`, publishedAt: d, submittedOnDailyAt: d, upvotes: 5 })));
    const smtp = await startSmtpCapture();
    const { sleep, waits } = recordingSleep();
    const deps = digestDeps(store, smtp.url, { retry: fastRetry(sleep) });
    await confirmedSubscribers(store, ['gone@example.org', 'ok@example.org']);
    smtp.refuse(550, 10, 'gone@example.org');

    for (const day of ['2025-01-14', '2025-01-15']) {
      const r = await runDigest(deps, periodFor('daily', day));
      assert.deepEqual([r.sent, r.failed, r.suppressed], [1, 1, 0]);
    }
    const third = await runDigest(deps, periodFor('daily', '2025-01-16'));
    assert.deepEqual([third.sent, third.failed, third.suppressed], [1, 1, 1]);
    assert.equal(waits.length, 0, 'no retry of a permanent refusal');
    const [failed] = (await store.digests.sends('2025-01-16')).filter((s) => s.state === 'failed');
    assert.match(failed!.error ?? '', /^550 /);
    const gone = await store.digests.byEmail('gone@example.org');
    assert.deepEqual([gone?.status, gone?.permanentFailures], ['suppressed', 3]);

    const fourth = await runDigest(deps, period);
    assert.deepEqual([fourth.sent, fourth.failed], [1, 0], 'a suppressed address is not tried again');
    assert.deepEqual(recipients(smtp), Array(4).fill('ok@example.org'));
    await deps.mailer.close();
  });

  test('a delivery resets the count of permanent failures', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const smtp = await startSmtpCapture();
    const deps = digestDeps(store, smtp.url);
    await confirmedSubscribers(store, ['flaky@example.org']);
    smtp.refuse(550, 1, 'flaky@example.org');
    await runDigest(deps, periodFor('daily', '2025-01-10'));
    assert.equal((await store.digests.byEmail('flaky@example.org'))?.permanentFailures, 1);
    await runDigest(deps, period);
    assert.equal((await store.digests.byEmail('flaky@example.org'))?.permanentFailures, 0);
    await deps.mailer.close();
  });

  test('no more messages are in flight than the concurrency allows', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const smtp = await startSmtpCapture();
    const base = digestDeps(store, smtp.url).mailer;
    let inFlight = 0;
    let peak = 0;
    const counting: Mailer = {
      kind: 'smtp',
      async send(mail) { inFlight++; peak = Math.max(peak, inFlight); try { return await base.send(mail); } finally { inFlight--; } },
      close: () => base.close(),
    };
    const deps = digestDeps(store, smtp.url, { mailer: counting, concurrency: 2 });
    await confirmedSubscribers(store, Array.from({ length: 8 }, (_, i) => `r${i}@example.org`));
    assert.equal((await runDigest(deps, period)).sent, 8);
    assert.ok(peak <= 2, `peak ${peak}`);
    await counting.close();
  });

  test('weekly digests go to weekly subscribers only and cover the Monday-to-Sunday week', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const smtp = await startSmtpCapture();
    const deps = digestDeps(store, smtp.url);
    await confirmedSubscribers(store, ['daily@example.org'], 'daily');
    await confirmedSubscribers(store, ['weekly@example.org'], 'weekly', [{ kind: 'category', value: 'q-bio.BM' }]);
    const week = periodFor('weekly', DAY);
    const r = await runDigest(deps, week);
    assert.deepEqual([r.period, r.sent], ['2025-W03', 1]);
    const [mail] = await smtp.waitFor(1);
    assert.deepEqual(mail!.to, ['weekly@example.org']);
    assert.equal(mail!.parsed.subject, 'Trending papers, Week 3, 2025 · Paperboy');
    const text = mail!.parsed.text ?? '';
    assert.match(text, /1\. Most Upvoted Transformer Paper/);
    assert.match(text, /YOUR TOPIC: category:q-bio\.BM\n\n1\. Protein Folding with Priors\n/);
    assert.doesNotMatch(text, /Old Protein Folding Study/, 'a paper of the week before');
    assert.match(text, /More on the site: https:\/\/paperboy\.test\/week\/2025-W03/);
    await deps.mailer.close();
  });

  test('two runs on two connections at once, with no lease between them: each subscriber is claimed and mailed once', async () => {
    // Two stores on one database stand in for two server processes that both decided to send.
    const a = await dialect.open();
    const b = await dialect.reopen(a);
    await fillDigestStore(a);
    const emails = Array.from({ length: 40 }, (_, i) => `both${i}@example.org`);
    await confirmedSubscribers(a, emails);
    const smtp = await startSmtpCapture();
    const [da, db] = [digestDeps(a, smtp.url, { concurrency: 4 }), digestDeps(b, smtp.url, { concurrency: 4 })];
    const [ra, rb] = await Promise.all([runDigest(da, period), runDigest(db, period)]);
    assert.equal(ra.sent + rb.sent, emails.length);
    await smtp.waitFor(emails.length);
    assert.deepEqual(recipients(smtp), [...emails].sort(), 'every address exactly once');
    const ledger = await a.digests.sends(period.key);
    assert.deepEqual([ledger.length, ledger.every((s) => s.state === 'sent')], [emails.length, true]);
    await da.mailer.close();
    await db.mailer.close();
  });
});

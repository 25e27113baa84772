import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDigestScheduler, DIGEST_LEASE } from '../../src/digests/scheduler.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects, type StoreDialect } from '../helpers/store.ts';
import { confirmedSubscribers, DAY, digestDeps, fillDigestStore } from '../helpers/digests.ts';

const schedule = { hour: 9, timeZone: 'Europe/Berlin', weekday: 'mon' as const };
const emails = Array.from({ length: 12 }, (_, i) => `r${i}@example.org`);

async function twoProcesses(dialect: StoreDialect) {
  // Two stores on one database stand in for two server processes (closed when the file ends).
  const a = await dialect.open();
  const b = await dialect.reopen(a);
  await fillDigestStore(a);
  await confirmedSubscribers(a, emails);
  return { a, b, close: async () => {} };
}

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('the scheduler sends at the configured hour in the configured time zone (fake clock)', async () => {
    const { a, close } = await twoProcesses(dialect);
    const smtp = await startSmtpCapture();
    const clock = { now: new Date('2025-01-18T07:59:00Z') }; // 08:59 in Berlin on Saturday the 18th
    const deps = digestDeps(a, smtp.url, { now: () => clock.now });
    const logs: string[] = [];
    const scheduler = createDigestScheduler(deps, { schedule, log: (m) => logs.push(m), holder: 'A' });
    try {
      // Before 09:00 the latest due daily digest is the 16th's, which has no papers: nothing is sent.
      const early = await scheduler.tick();
      assert.deepEqual(early.map((r) => [r.frequency, r.period, r.sent]), [['daily', '2025-01-16', 0], ['weekly', '2025-W02', 0]]);
      assert.equal(smtp.messages.length, 0);
      clock.now = new Date('2025-01-18T08:00:00Z'); // 09:00 in Berlin: the 17th's digest is due
      const due = await scheduler.tick();
      assert.deepEqual(due.map((r) => [r.period, r.sent]), [[DAY, 12]]);
      assert.match(logs.join('\n'), /daily digest 2025-01-17: sent 12/);
      clock.now = new Date('2025-01-18T09:00:00Z');
      assert.deepEqual(await scheduler.tick(), [], 'a finished period is not looked at again');
      assert.equal(smtp.messages.length, 12);
      assert.equal(await a.leases.holder(DIGEST_LEASE), null, 'the lease is released after a run');
    } finally { await scheduler.stop(); await deps.mailer.close(); await close(); }
  });

  test('two servers on one database: one sends, each subscriber gets one digest', async () => {
    const { a, b, close } = await twoProcesses(dialect);
    const smtp = await startSmtpCapture();
    const now = () => new Date('2025-01-18T08:30:00Z');
    const depsA = digestDeps(a, smtp.url, { now });
    const depsB = digestDeps(b, smtp.url, { now });
    const sa = createDigestScheduler(depsA, { schedule, log: () => {}, holder: 'server-a' });
    const sb = createDigestScheduler(depsB, { schedule, log: () => {}, holder: 'server-b' });
    try {
      const [ra, rb] = await Promise.all([sa.tick(), sb.tick()]);
      const sent = (rs: Array<{ sent: number }>) => rs.reduce((n, r) => n + r.sent, 0);
      assert.equal(sent(ra) + sent(rb), 12);
      // Later ticks of either server (the lease is free again) find nothing left to send.
      const again = [...(await sb.tick()), ...(await sa.tick())];
      assert.equal(sent(again), 0);
      await smtp.waitFor(12);
      const to = smtp.messages.flatMap((m) => m.to).sort();
      assert.deepEqual(to, [...emails].sort());
    } finally { await sa.stop(); await sb.stop(); await depsA.mailer.close(); await depsB.mailer.close(); await close(); }
  });

  test('while another live server holds the lease, a scheduler sends nothing', async () => {
    const { a, b, close } = await twoProcesses(dialect);
    const smtp = await startSmtpCapture();
    const now = () => new Date('2025-01-18T08:30:00Z');
    await a.leases.acquire(DIGEST_LEASE, 'busy-server', 60_000, now());
    const deps = digestDeps(b, smtp.url, { now });
    const s = createDigestScheduler(deps, { schedule, log: () => {}, holder: 'server-b' });
    try {
      assert.deepEqual(await s.tick(), []);
      assert.equal(smtp.messages.length, 0);
    } finally { await s.stop(); await deps.mailer.close(); await close(); }
  });
});

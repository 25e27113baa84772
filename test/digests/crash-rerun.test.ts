import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { runDigest } from '../../src/digests/run.ts';
import { periodFor } from '../../src/digests/periods.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects, type StoreDialect } from '../helpers/store.ts';
import { storeLocation } from '../helpers/store-location.ts';
import { confirmedSubscribers, DAY, digestDeps, fillDigestStore, runCliAsync } from '../helpers/digests.ts';
import { ROOT } from '../helpers/cli.ts';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/**
 * A sink that records each accepted message's recipients. Unlike the capture helper it expects
 * clients to vanish mid-message (a killed sender resets its connections) and ignores that.
 */
async function recipientSink() {
  const got: string[] = [];
  const server = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, cb) { stream.on('data', () => {}); stream.on('end', () => { got.push(...session.envelope.rcptTo.map((r) => r.address)); cb(); }); } });
  server.on('error', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const waitFor = async (n: number) => { for (let i = 0; i < 1200 && got.length < n; i++) await new Promise((r) => setTimeout(r, 50)); };
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, got, waitFor, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const N = 8;
const K = 3;
const emails = Array.from({ length: N }, (_, i) => `reader${i}@example.org`);

/** Runs the crash fixture in a child process and waits for it to die by SIGKILL. */
async function crashRun(db: string, smtpUrl: string, mode: 'between' | 'unrecorded'): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/digests/fixtures/crash-run.ts'), db, smtpUrl, mode, String(K)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const [code, signal] = await once(child, 'exit');
  assert.equal(signal, 'SIGKILL', `the run was to be killed (exit ${code}): ${err}`);
}

/** A filled database with N confirmed subscribers; `db` is what a child process is given to reach it. */
async function setup(dialect: StoreDialect) {
  const store = await dialect.open();
  await fillDigestStore(store);
  await confirmedSubscribers(store, emails);
  return { db: storeLocation(store), store };
}

const perAddress = (messages: Array<{ to: string[] }>) => {
  const counts = new Map<string, number>();
  for (const m of messages) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
};

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('a run killed between two messages, then rerun: every subscriber gets exactly one digest', async () => {
    const { db, store: first } = await setup(dialect);
    const smtp = await startSmtpCapture();
    await crashRun(db, smtp.url, 'between');
    assert.equal(smtp.messages.length, K, 'the killed run got K messages out');

    const store = await dialect.reopen(first);
    const deps = digestDeps(store, smtp.url);
    const rerun = await runDigest(deps, periodFor('daily', DAY));
    assert.deepEqual([rerun.sent, rerun.unknown], [N - K, 0], 'the rerun sends exactly the missing ones');
    await smtp.waitFor(N);
    const counts = perAddress(smtp.messages);
    assert.deepEqual(emails.map((e) => counts.get(e)), Array(N).fill(1));
    assert.equal((await runDigest(deps, periodFor('daily', DAY))).sent, 0, 'a third run sends nothing');
    await deps.mailer.close();
  });

  test('killed after the server accepted a message but before it was recorded: that one is not sent twice', async () => {
    const { db, store: first } = await setup(dialect);
    const smtp = await startSmtpCapture();
    await crashRun(db, smtp.url, 'unrecorded');
    assert.equal(smtp.messages.length, K);

    const store = await dialect.reopen(first);
    const ledger = await store.digests.sends(DAY);
    assert.deepEqual(ledger.map((s) => s.state), [...Array(K - 1).fill('sent'), 'sending']);
    const deps = digestDeps(store, smtp.url);
    const rerun = await runDigest(deps, periodFor('daily', DAY));
    // At most once: the claim left at 'sending' is reported, not resent.
    assert.deepEqual([rerun.sent, rerun.unknown], [N - K, 1]);
    await smtp.waitFor(N);
    const counts = perAddress(smtp.messages);
    assert.deepEqual(emails.map((e) => counts.get(e)), Array(N).fill(1), 'each subscriber exactly one digest');
    await deps.mailer.close();
  });

  test('`paperboy digest send` killed at an arbitrary moment with 4 messages in flight, then rerun: nobody gets two', { timeout: 120_000 }, async () => {
    const many = Array.from({ length: 400 }, (_, i) => `k${i}@example.org`);
    const store = await dialect.open();
    await fillDigestStore(store);
    await confirmedSubscribers(store, many);
    const db = storeLocation(store);
    const smtp = await recipientSink();
    after(() => smtp.close());
    const env = { ...process.env, PAPERBOY_SMTP_URL: smtp.url, PAPERBOY_BASE_URL: 'https://papers.example.org', PAPERBOY_DIGEST_CONCURRENCY: '4' };
    const child = spawn(process.execPath, [join(ROOT, 'bin/paperboy.js'), '--db', db, 'digest', 'send', '--date', DAY], { cwd: ROOT, env, stdio: 'ignore' });
    const exited = once(child, 'exit');
    await smtp.waitFor(20);
    child.kill('SIGKILL');
    const [, signal] = await exited;
    assert.equal(signal, 'SIGKILL', 'the run ended before it could be killed; raise the subscriber count');
    const firstRun = smtp.got.length;
    assert.ok(firstRun < many.length, `killed half way (${firstRun} sent)`);

    const check = await dialect.reopen(store);
    const inFlight = (await check.digests.sends(DAY)).filter((s) => s.state === 'sending').map((s) => s.subscriberId);
    assert.ok(inFlight.length <= 4, `at most the concurrency is left in flight (${inFlight.length})`);
    const rerun = await runCliAsync(['--db', db, 'digest', 'send', '--date', DAY], { PAPERBOY_SMTP_URL: smtp.url, PAPERBOY_BASE_URL: 'https://papers.example.org' });
    assert.equal(rerun.code, 0, rerun.stderr);
    const sent = Number(/sent (\d+)/.exec(rerun.stdout)![1]);
    await smtp.waitFor(firstRun + sent);
    const counts = perAddress([{ to: smtp.got }]);
    assert.ok([...counts.values()].every((n) => n === 1), 'no address got two digests');
    // Everyone got one, except addresses whose claim the kill left at 'sending' without the server
    // having the message: at most once means those wait for the next digest.
    const missing = many.filter((e) => !counts.has(e));
    assert.ok(missing.length <= inFlight.length, `${missing.length} missing, ${inFlight.length} in flight`);
    if (inFlight.length) assert.match(rerun.stdout, new RegExp(`${inFlight.length} claimed by another run with no outcome recorded`));
  });
});

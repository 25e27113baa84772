import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { SqliteStore } from '../../src/db/sqlite/sqlite-store.ts';
import { runDigest } from '../../src/digests/run.ts';
import { periodFor } from '../../src/digests/periods.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { confirmedSubscribers, DAY, digestDeps, fillDigestStore } from '../helpers/digests.ts';
import { ROOT } from '../helpers/cli.ts';

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

async function setup() {
  const db = join(tmpDir(), 'crash.db');
  const store = new SqliteStore(db);
  await fillDigestStore(store);
  await confirmedSubscribers(store, emails);
  await store.close();
  return db;
}

const perAddress = (messages: Array<{ to: string[] }>) => {
  const counts = new Map<string, number>();
  for (const m of messages) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
};

test('a run killed between two messages, then rerun: every subscriber gets exactly one digest', async () => {
  const db = await setup();
  const smtp = await startSmtpCapture();
  await crashRun(db, smtp.url, 'between');
  assert.equal(smtp.messages.length, K, 'the killed run got K messages out');

  const store = new SqliteStore(db);
  try {
    const deps = digestDeps(store, smtp.url);
    const rerun = await runDigest(deps, periodFor('daily', DAY));
    assert.deepEqual([rerun.sent, rerun.unknown], [N - K, 0], 'the rerun sends exactly the missing ones');
    await smtp.waitFor(N);
    const counts = perAddress(smtp.messages);
    assert.deepEqual(emails.map((e) => counts.get(e)), Array(N).fill(1));
    assert.equal((await runDigest(deps, periodFor('daily', DAY))).sent, 0, 'a third run sends nothing');
    await deps.mailer.close();
  } finally { await store.close(); }
});

test('killed after the server accepted a message but before it was recorded: that one is not sent twice', async () => {
  const db = await setup();
  const smtp = await startSmtpCapture();
  await crashRun(db, smtp.url, 'unrecorded');
  assert.equal(smtp.messages.length, K);

  const store = new SqliteStore(db);
  try {
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
  } finally { await store.close(); }
});

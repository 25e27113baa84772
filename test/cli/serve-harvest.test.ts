import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/cli.ts';
import { startArxivServer } from '../helpers/arxiv-server.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { makeUser } from '../helpers/accounts.ts';
import { SqliteStore } from '../../src/db/sqlite/sqlite-store.ts';
import { AccountsService } from '../../src/accounts/service.ts';
import { createLogMailer } from '../../src/mail/smtp-mailer.ts';

async function until(check: () => boolean, what: string, out: () => string): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(check(), `${what}; output:\n${out()}`);
}

test('serve with PAPERBOY_HARVEST_AT harvests on its own (catching up a missed time) and the admin page shows the run', async () => {
  const server = await startArxivServer();
  const today = new Date().toISOString().slice(0, 10);
  server.setPages([[{ id: '2503.00007', datestamp: today, created: today, title: 'Harvested By The Server', categories: 'cs.LG' }]]);
  const db = join(tmpDir(), 'serve.db');
  // The admin page needs the admin role: an admin's personal access token, made in the file first.
  const setup = new SqliteStore(db);
  const admin = await makeUser(setup, 'admin@example.org', 'admin');
  const { token } = await new AccountsService({ repo: setup.accounts, mailer: () => createLogMailer(() => undefined), baseUrl: () => 'http://x', now: () => new Date() }).createApiToken(admin.id, 'test');
  await setup.close();
  const child = spawn(process.execPath, [BIN, '--db', db, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, PAPERBOY_HARVEST_AT: '00:00', PAPERBOY_HARVEST_TZ: 'UTC', PAPERBOY_ARXIV_CONTACT: 'ops@example.org', PAPERBOY_ARXIV_OAI_URL: server.oaiUrl },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = once(child, 'exit');
  try {
    await until(() => /serving \d+ papers on http:\/\/127\.0\.0\.1:\d+/.test(out), 'server did not start', () => out);
    const port = Number(/on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)![1]);
    await until(() => /harvest: daily at 00:00 UTC for cs.AR, cs.LG, cs.DC, cs.PF/.test(out), 'no schedule announced', () => out);
    await until(() => /harvest: done: 1 new/.test(out), 'no harvest ran', () => out);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0].headers['user-agent'], 'Paperboy/1.0 (contact: ops@example.org)');
    assert.equal((await fetch(`http://127.0.0.1:${port}/admin/harvest`, { redirect: 'manual' })).status, 303, 'signed out: to the log-in page');
    const page = await (await fetch(`http://127.0.0.1:${port}/admin/harvest`, { headers: { authorization: `Bearer ${token}` } })).text();
    assert.match(page, /daily at 00:00 UTC/);
    assert.match(page, /<td>schedule<\/td><td>ok<\/td><td>1<\/td><td>1<\/td><td>1<\/td>/);
    const paper = await fetch(`http://127.0.0.1:${port}/papers/2503.00007`);
    assert.equal(paper.status, 200);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
});

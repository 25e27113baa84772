import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/cli.ts';
import { startArxivServer } from '../helpers/arxiv-server.ts';
import { tmpDir } from '../helpers/tmp.ts';

async function until(check: () => boolean, what: string, out: () => string): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(check(), `${what}; output:\n${out()}`);
}

test('serve with PAPERBOY_HARVEST_AT harvests on its own (catching up a missed time) and the admin page shows the run', async () => {
  const server = await startArxivServer();
  const today = new Date().toISOString().slice(0, 10);
  server.setPages([[{ id: '2503.00007', datestamp: today, created: today, title: 'Harvested By The Server', categories: 'cs.LG' }]]);
  const child = spawn(process.execPath, [BIN, '--db', join(tmpDir(), 'serve.db'), 'serve', '--port', '0'], {
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
    const admin = await (await fetch(`http://127.0.0.1:${port}/admin/harvest`)).text();
    assert.match(admin, /daily at 00:00 UTC/);
    assert.match(admin, /<td>schedule<\/td><td>ok<\/td><td>1<\/td><td>1<\/td><td>1<\/td>/);
    const paper = await fetch(`http://127.0.0.1:${port}/papers/2503.00007`);
    assert.equal(paper.status, 200);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { request, Agent } from 'node:http';
import Database from 'better-sqlite3';
import { tmpDir } from '../helpers/tmp.ts';
import { spawnCli } from '../helpers/cli.ts';

function get(port: number, path: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

test('start fills an empty database with the demo and serves it; SIGTERM finishes requests and closes the database', async () => {
  const db = join(tmpDir(), 'start.db');
  const child = spawnCli(['--db', db, 'start', '--port', '0']);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = once(child, 'exit');
  for (let i = 0; i < 300 && !/serving \d+ papers on http:\/\/127\.0\.0\.1:(\d+)/.test(out); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const m = /serving (\d+) papers on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
  assert.ok(m, `server did not start: ${out}`);
  assert.ok(Number(m[1]) >= 1000, 'the demo corpus was loaded');
  assert.match(out, /loaded \d+ demo papers into an empty database/);
  const port = Number(m[2]);

  // Open 16 keep-alive connections first: requests on them are on the wire when the signal comes.
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  assert.deepEqual(await Promise.all(Array.from({ length: 16 }, () => get(port, '/', agent))), Array(16).fill(200));
  // Requests sent just before the signal must still be answered.
  const inFlight = Array.from({ length: 16 }, (_, i) => get(port, i % 2 ? '/' : '/api/daily_papers', agent));
  await new Promise((r) => setImmediate(r));
  child.kill('SIGTERM');
  const statuses = await Promise.all(inFlight);
  assert.deepEqual(statuses, Array(16).fill(200));
  agent.destroy();
  const [code] = await exited;
  assert.equal(code, 0, out);
  assert.match(out, /SIGTERM: finishing requests in flight, then closing the database/);
  // Closed cleanly: the WAL was checkpointed into the file.
  assert.ok(!existsSync(`${db}-wal`) || statSync(`${db}-wal`).size === 0, 'WAL left behind');
  const check = new Database(db, { readonly: true });
  assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
  check.close();
});

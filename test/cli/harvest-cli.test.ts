import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/cli.ts';
import { startArxivServer } from '../helpers/arxiv-server.ts';
import { tmpDir } from '../helpers/tmp.ts';

/** Runs the real bin without blocking, so the fixture server in this process can answer it. */
function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const today = new Date().toISOString().slice(0, 10);

test('paperboy harvest and submit against the local arXiv stand-in', async () => {
  const server = await startArxivServer();
  server.setPages([[
    { id: '2503.00001', datestamp: today, created: today, title: 'Chiplet Interconnects', categories: 'cs.AR' },
    { id: '2503.00002', datestamp: today, created: today, title: 'Topology Optimization', categories: 'math.OC' },
  ]]);
  server.papers.set('2503.04321', { id: '2503.04321', datestamp: '', created: '2025-03-01', title: 'Submitted By Hand', categories: 'cs.DC' });
  const db = join(tmpDir(), 'cli.db');
  const env = { PAPERBOY_DB: db, PAPERBOY_ARXIV_OAI_URL: server.oaiUrl, PAPERBOY_ARXIV_API_URL: server.apiUrl, PAPERBOY_ARXIV_CONTACT: '' };

  const noContact = await cli(['harvest'], env);
  assert.equal(noContact.code, 1);
  assert.match(noContact.stderr, /PAPERBOY_ARXIV_CONTACT: required for harvesting/);
  assert.equal(server.requests.length, 0, 'no request without a contact');

  const withContact = { ...env, PAPERBOY_ARXIV_CONTACT: 'ops@example.org' };
  const bad = await cli(['harvest', '--categories', 'cs.AR,bogus'], withContact);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--categories: "bogus" is not an arXiv category/);

  const dry = await cli(['harvest', '--dry-run'], withContact);
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /dry run: 1 pages, 2 records, 1 in cs.AR,cs.LG,cs.DC,cs.PF, 1 new; nothing written/);

  const run = await cli(['harvest', '--since', '2025-03-01'], withContact);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /harvested 1 pages: 1 records in cs.AR,cs.LG,cs.DC,cs.PF: inserted 1/);
  const last = server.requests.at(-1)!;
  assert.equal(last.query.get('from'), '2025-03-01');
  assert.match(String(last.headers['user-agent']), /^Paperboy\/1\.0 \(contact: ops@example\.org\)$/);

  const submitted = await cli(['submit', 'https://arxiv.org/abs/2503.04321', '--as', 'grace'], env);
  assert.equal(submitted.code, 0, submitted.stderr);
  assert.match(submitted.stdout, new RegExp(`added 2503.04321 to the daily feed of ${today}`));
  const again = await cli(['submit', '2503.04321'], env);
  assert.match(again.stdout, /already here: 2503.04321/);
  const invalid = await cli(['submit', 'nonsense'], env);
  assert.equal(invalid.code, 1);
  assert.match(invalid.stderr, /"nonsense" is not an arXiv id or arXiv URL/);
});

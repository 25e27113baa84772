import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { snapshotLines } from '../../bench/gen-snapshot.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { runCli, spawnCli } from '../helpers/cli.ts';

const N = 40_000;

async function writeFile(path: string): Promise<void> {
  const out = createWriteStream(path);
  for (const line of snapshotLines(N, 7)) if (!out.write(line + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function count(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try { return db.prepare('SELECT count(*) FROM papers').pluck().get() as number; } finally { db.close(); }
}

test('an import killed with SIGKILL keeps its committed batches, and a rerun finishes without duplicates', async () => {
  const dir = tmpDir();
  const file = join(dir, 'snapshot.jsonl');
  const db = join(dir, 'p.db');
  await writeFile(file);

  const child = spawnCli(['--db', db, 'import', '--batch-size', '500', file]);
  const exited = once(child, 'exit');
  // Wait until some batches are committed, then kill without warning.
  let seen = 0;
  for (let i = 0; i < 600 && seen < 2000; i++) {
    await new Promise((r) => setTimeout(r, 50));
    try { seen = count(db); } catch { seen = 0; }
  }
  child.kill('SIGKILL');
  const [code, signal] = await exited;
  assert.equal(signal, 'SIGKILL', `import ended by itself (code ${code}) before it could be killed; make N larger`);
  const kept = count(db);
  assert.ok(kept >= 2000 && kept < N, `kept ${kept} of ${N}`);
  assert.equal(kept % 500, 0, 'only whole batches are committed');

  const rerun = runCli(['--db', db, 'import', file]);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stdout, new RegExp(`read ${N}, inserted ${N - kept}, updated 0, merged 0, unchanged ${kept}, rejected 0`));
  assert.equal(count(db), N);

  const check = new Database(db);
  try {
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    check.prepare("INSERT INTO papers_fts(papers_fts, rank) VALUES ('integrity-check', 1)").run();
    const dupes = check.prepare('SELECT count(*) FROM (SELECT arxiv_id FROM papers GROUP BY arxiv_id HAVING count(*) > 1)').pluck().get();
    assert.equal(dupes, 0);
  } finally {
    check.close();
  }
});

import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/db/sqlite/sqlite-store.ts';
import { openStore } from '../../src/db/open-store.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { runCli } from '../helpers/cli.ts';
import { dropSchema, freshSchemaName, TEST_PG_URL } from '../helpers/postgres.ts';
import { put, storeDialects } from '../helpers/store.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { paperIdForTitle } from '../../src/core/title-key.ts';
import { extractPending } from '../../src/results/service.ts';

const pg = (await storeDialects()).find((d) => d.name === 'postgres')!;

/** A SQLite database with a row in every table: merged papers with an alias, vectors, a stale mark, a lease. */
async function richSqlite(path: string): Promise<void> {
  const s = new SqliteStore(path);
  await loadDemo(s, '2025-03-03', 150);
  await put(s, [{ title: 'Migrating Paperboy Between Stores', organization: 'Lab', upvotes: 3 }], 'hf-listing');
  await put(s, [{ arxivId: '2503.77777v1', title: 'Migrating paperboy between stores', abstract: 'Copies every table.', authors: ['Zoë Ågren'] }], 'arxiv');
  await buildSemanticIndex(s, null);
  await put(s, [{ arxivId: '2503.77777v2', title: 'Migrating paperboy between stores', abstract: 'A changed abstract, queued for re-embedding.' }], 'arxiv');
  await s.leases.acquire('harvest', 'server-1', 60_000, new Date('2025-03-03T00:00:00Z'));
  await put(s, [{ arxivId: '2503.88888', title: 'Claims to carry over', abstract: 'It is 2.5x faster than cuBLAS on an H100. Code: https://github.com/acme/claims.' }], 'arxiv');
  await extractPending(s);
  await s.close();
}

const lines = (out: string) => out.trim().split('\n');

describe('paperboy migrate', { skip: pg.skip }, () => {
  test('copies every table, verifies it, and a second run changes nothing', async () => {
    const dir = tmpDir();
    const db = join(dir, 'source.db');
    await richSqlite(db);
    const schema = freshSchemaName();
    after(() => dropSchema(schema));
    const url = `${TEST_PG_URL}?schema=${schema}`;

    const first = runCli(['migrate', '--from', `sqlite:${db}`, '--to', url, '--batch', '64']);
    assert.equal(first.code, 0, first.stderr);
    const tables = lines(first.stdout).slice(0, -1);
    assert.deepEqual(tables.map((l) => l.split(/\s+/)[0]), ['imports', 'papers', 'paper_aliases', 'paper_categories',
      'embedding_models', 'paper_vectors', 'vector_stale', 'job_leases', 'paper_results', 'paper_artifacts', 'paper_results_state']);
    assert.ok(tables.every((l) => l.endsWith('verified') && !/ 0 rows/.test(l)), first.stdout);
    assert.match(first.stdout, /copied \d+ rows; all \d+ rows verified/);

    const second = runCli(['migrate', '--from', `sqlite:${db}`, '--to', url]);
    assert.equal(second.code, 0, second.stderr);
    assert.ok(lines(second.stdout).slice(0, -1).every((l) => l.includes('+0 new  ~0 changed')), second.stdout);
    assert.match(second.stdout, /nothing to copy: the target already held all \d+ rows; verified/);

    // The copy answers as the source does.
    const src = new SqliteStore(db);
    const dst = await openStore({ databaseUrl: url, sqlitePath: 'unused' });
    after(() => dst.close());
    try {
      assert.equal(dst.dialect, 'postgres');
      assert.equal(await dst.countPapers(), await src.countPapers());
      const listed = await dst.getPaper('2503.77777');
      assert.deepEqual(listed, await src.getPaper('2503.77777'));
      assert.equal(listed?.organization, 'Lab');
      assert.equal((await dst.getPaper(paperIdForTitle('Migrating Paperboy Between Stores')))?.id, '2503.77777', 'the alias came along');
      const model = (await src.activeEmbeddingModel())!;
      assert.deepEqual(await dst.activeEmbeddingModel(), model);
      assert.deepEqual(await dst.vectorsSince(model.id, 0, 1000), await src.vectorsSince(model.id, 0, 1000));
      assert.deepEqual(await dst.papersToEmbed(model.id, 10), await src.papersToEmbed(model.id, 10));
      assert.deepEqual(await dst.leases.holder('harvest'), await src.leases.holder('harvest'));
      assert.deepEqual((await dst.search({ query: 'agren', limit: 5, offset: 0 })).items.map((h) => h.paper.id), ['2503.77777']);
      // Identities continue past the copied ids.
      const importId = await dst.startImport('test', 'after-migrate');
      assert.ok(importId > (await src.listImports(1))[0]!.id);
      const lastSeq = (await dst.vectorsSince(model.id, 0, 10_000)).at(-1)!.seq;
      const rowid = (await dst.paperRowid('2503.77777'))!;
      await dst.putVectors(model.id, [{ rowid, vec: Buffer.alloc(model.dim, 1) }]);
      assert.deepEqual((await dst.vectorsSince(model.id, lastSeq, 10)).map((v) => v.rowid), [rowid], 'vector numbers keep growing');

      // A later change to the source is carried over by the next run; an extra row in the target is reported.
      await dst.leases.acquire('digest', 'server-2', 60_000);
      await put(src, [{ arxivId: '2503.77777v3', title: 'Migrating paperboy between stores', abstract: 'Third version.' }], 'arxiv');
      const third = runCli(['migrate', '--from', `sqlite:${db}`, '--to', url]);
      assert.equal(third.code, 1, 'the lease only the target has fails verification');
      assert.match(third.stdout, /^papers .* ~1 changed .*verified$/m);
      assert.match(third.stdout, /^job_leases .*MISMATCH/m);
      assert.match(third.stderr, /verification failed for job_leases/);
      assert.equal((await dst.getPaper('2503.77777'))?.abstract, 'Third version.');
    } finally {
      await src.close();
    }
  });

  test('bad arguments are refused with the option named', () => {
    const r = runCli(['migrate', '--from', 'data.db', '--to', TEST_PG_URL]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--from: expected sqlite:PATH/);
    const r2 = runCli(['migrate', '--from', 'sqlite:/nonexistent/x.db', '--to', TEST_PG_URL]);
    assert.match(r2.stderr, /--from: no SQLite file/);
    const r3 = runCli(['migrate', '--from', 'sqlite:/nonexistent/x.db', '--to', 'mysql://x']);
    assert.match(r3.stderr, /--from: no SQLite file|--to: expected/);
  });
});
